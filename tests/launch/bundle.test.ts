/**
 * `npm start`'s bundle (src/launch/): built once per version of the source, reused while the source
 * is unchanged, rebuilt when it changes, safe when processes start together; a bundled module sees
 * its source file's import.meta.url; the launcher runs the bot as tsx runs src/main.ts.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ensureBundle, sourceFingerprint } from '../../src/launch/bundle.mjs';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '../..');

let dir: string;
let src: string;
let cacheRoot: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'citebot-bundle-'));
  src = join(dir, 'src');
  cacheRoot = join(dir, 'cache');
  mkdirSync(join(src, 'later'), { recursive: true });
  // A static import, a dynamic one (a chunk of its own), and a path found from import.meta.url.
  writeFileSync(
    join(src, 'main.ts'),
    [
      "import { greeting } from './greeting.ts';",
      "const { later } = await import('./later/later.ts');",
      "const beside: string = new URL('./greeting.ts', import.meta.url).pathname;",
      "console.log([greeting, later(), beside].join(' '));",
    ].join('\n'),
  );
  writeFileSync(join(src, 'greeting.ts'), "export const greeting: string = 'hello';\n");
  writeFileSync(join(src, 'later', 'later.ts'), "export const later = (): string => 'later';\n");
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const output = async (file: string): Promise<string> => (await run(process.execPath, [file])).stdout.trim();

describe("npm start's bundle", () => {
  it('is built on the first start, reused while the source is unchanged, and runs as the source would', async () => {
    const first = await ensureBundle({ srcDir: src, entry: 'main.ts', cacheRoot });
    expect(first.built).toBe(true);
    // import.meta.url is the source file's: paths beside it resolve in src/, not in the cache.
    expect(await output(first.file)).toBe(`hello later ${join(src, 'greeting.ts')}`);
    const second = await ensureBundle({ srcDir: src, entry: 'main.ts', cacheRoot });
    expect(second).toEqual({ file: first.file, built: false });
  });

  it('is rebuilt when any source file changes, and a build a running process may still use is kept', async () => {
    const before = await ensureBundle({ srcDir: src, entry: 'main.ts', cacheRoot });
    const fingerprint = sourceFingerprint(src);
    writeFileSync(join(src, 'later', 'later.ts'), "export const later = (): string => 'changed';\n");
    expect(sourceFingerprint(src)).not.toBe(fingerprint);
    const after = await ensureBundle({ srcDir: src, entry: 'main.ts', cacheRoot });
    expect(after.built).toBe(true);
    expect(after.file).not.toBe(before.file);
    expect(await output(after.file)).toBe(`hello changed ${join(src, 'greeting.ts')}`);
    // The older build's chunks are still there for a process started from it (pruned after a day).
    expect(await output(before.file)).toBe(`hello later ${join(src, 'greeting.ts')}`);
  });

  it('is built once into place when several processes start together (each returns the same file)', async () => {
    const starts = await Promise.all([1, 2, 3].map(() => ensureBundle({ srcDir: src, entry: 'main.ts', cacheRoot })));
    expect(new Set(starts.map((s) => s.file)).size).toBe(1);
    // One build folder, no scratch folder left behind.
    expect(readdirSync(cacheRoot)).toEqual([sourceFingerprint(src)]);
    expect(await output(starts[0]!.file)).toBe(`hello later ${join(src, 'greeting.ts')}`);
  });

  it('fails with the compiler’s message on source that does not compile, leaving nothing behind', async () => {
    writeFileSync(join(src, 'greeting.ts'), 'export const greeting = ;\n');
    await expect(ensureBundle({ srcDir: src, entry: 'main.ts', cacheRoot })).rejects.toThrow(/Unexpected ";"/);
    expect(readdirSync(cacheRoot)).toEqual([]);
  });

  it('npm start (src/launch/start.mjs) runs src/main.ts: its help is what tsx running the source prints', async () => {
    const launched = await run(process.execPath, [join(ROOT, 'src/launch/start.mjs'), '--help'], { cwd: ROOT });
    const source = await run(process.execPath, ['--import', 'tsx', join(ROOT, 'src/main.ts'), '--help'], { cwd: ROOT });
    expect(launched.stdout).toBe(source.stdout);
    expect(launched.stdout).toContain('usage: npm start -- [options]');
  });
});
