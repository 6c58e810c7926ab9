/** Types of ./bundle.mjs for the specs (the launcher itself is plain JavaScript: it runs before tsx could). */
export function sourceFingerprint(srcDir: string): string;
export function ensureBundle(options: {
  readonly srcDir: string;
  /** The entry module, relative to srcDir. */
  readonly entry: string;
  /** Where builds are kept, one folder per source fingerprint. */
  readonly cacheRoot: string;
}): Promise<{ file: string; built: boolean }>;
