/**
 * Index snapshots: what a library build makes (the corpus with its texts, the sentence index, each
 * document's quotes), written after a build to INDEX_CACHE_DIR and read at the next start instead
 * of building, when its key (snapshotKey.ts) still matches the corpus on disk.
 *
 * One file per corpus directory, `corpus-<hash of the directory>.snapshot`:
 *
 *   0   8  magic "CITEBOTX"
 *   8   4  format version (u32 LE)
 *   12  4  header length in bytes (u32 LE)
 *   16  8  file length in bytes (u64 LE): a shorter file is truncated
 *   24  4  CRC-32 of every byte from 32 to the deferred arrays (zlib's, a few ms for 50 MB)
 *   28  4  CRC-32 of the header (with its padding), so that its key can be trusted before the rest is read
 *   32     header: UTF-8 JSON (key, the index's scalars and vocabulary, the corpus's metadata,
 *          where each array is), zero-padded to 8 bytes
 *          arrays: every typed array of the index as it is in memory (little-endian), each at an
 *          offset that is a multiple of 8 from the start of this region
 *          (the index's, the quote table's, the corpus's paragraphs and text lengths), then from a
 *          4 KiB boundary the deferred arrays: the index's postings and each sentence's terms
 *          (src/search/resident.ts), checksummed a 4 KiB block at a time (deferredArrays.ts)
 *          texts: the documents' texts end to end, each in its own encoding: Latin-1 when every
 *          character fits (one byte each, read back as V8's one-byte string), else UTF-8, else
 *          (a lone surrogate) UTF-16LE; each with its own CRC-32 in the arrays
 *
 * Reading: the header, then the arrays region into one ArrayBuffer the index's and the quote
 * table's typed arrays are views on (no copy); the deferred arrays before returning, or (for the
 * bot) on first use and in the background after it (deferredArrays.ts). The texts are not read: the file stays open and a
 * document's text is read when asked for (storedDocuments.ts), so a process holds none of them. The
 * quotes are stored clustered (src/quotes/quoteIndex.ts, QuoteTable): a load makes no quote
 * objects and clusters nothing. Anything wrong (magic, version, length, checksum, header, key) is a
 * reason not to use the file, never an error; a text or a deferred block damaged since is an error
 * when it is read.
 * Writing goes to a temporary file of its own (`.<file>.tmp-<pid>-<random>`: replicas on a shared
 * volume may write at once) then renames, so a reader sees the old file or the new one.
 */
import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import { mkdir, open, readdir, stat, unlink, utimes } from 'node:fs/promises';
import { endianness } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Corpus, CorpusDocument, DocumentMeta, TitleSource } from '../corpus/types.ts';
import type { QuoteTable } from '../quotes/quoteIndex.ts';
import { DEFERRABLE_FIELDS } from '../search/resident.ts';
import type { SentenceIndex } from '../search/sentenceIndex.ts';
import { writeFileAtomically } from '../replicas/atomicFile.ts';
import { keyMismatch, SNAPSHOT_VERSION, type SnapshotKey } from './snapshotKey.ts';
import { BLOCK_BYTES, blockChecksums, DeferredRegion } from './deferredArrays.ts';
import { readFully } from './positionedReads.ts';
import { checksum, SnapshotTexts, StoredParagraphs, storedDocument, TEXT_ENCODINGS } from './storedDocuments.ts';

export { codeFingerprint, currentKey, SNAPSHOT_VERSION, type SnapshotKey } from './snapshotKey.ts';

/** What a build makes: what a snapshot holds. */
export interface BuiltLibrary {
  readonly corpus: Corpus;
  readonly index: SentenceIndex;
  /** The quotes clustered by speaker; null when the build ran without the quote pass. */
  readonly quotes: QuoteTable | null;
}

export type SnapshotRead =
  | {
      readonly status: 'hit';
      readonly built: BuiltLibrary;
      readonly bytes: number;
      /** The index's arrays still to be read (`arrays: 'deferred'`): its `fill` is the caller's to start. */
      readonly deferred: DeferredRegion | null;
    }
  | { readonly status: 'missing' }
  /** `info`: the corpus or the settings moved on (stale); `warn`: the file is damaged or not ours. */
  | { readonly status: 'ignored'; readonly reason: string; readonly level: 'info' | 'warn' };

const MAGIC = Buffer.from('CITEBOTX', 'latin1');
const PREFIX = 32;
const LITTLE_ENDIAN = endianness() === 'LE';

/** The snapshot file of a corpus directory: one per directory, so `ask`, `quote` and the bot share it. */
export function snapshotFile(cacheDir: string, corpusDir: string): string {
  const hash = createHash('sha1').update(resolve(corpusDir)).digest('hex').slice(0, 16);
  return join(resolve(cacheDir), `corpus-${hash}.snapshot`);
}

type ArrayType =
  | 'Int32Array'
  | 'Uint32Array'
  | 'Int16Array'
  | 'Uint16Array'
  | 'Int8Array'
  | 'Uint8Array'
  | 'Float64Array'
  | 'Float32Array';
const ARRAYS: Record<
  ArrayType,
  { new (buffer: ArrayBuffer, offset: number, length: number): ArrayBufferView; BYTES_PER_ELEMENT: number }
> = {
  Int32Array,
  Uint32Array,
  Int16Array,
  Uint16Array,
  Int8Array,
  Uint8Array,
  Float64Array,
  Float32Array,
};

/** Where a typed array is: its offset in the arrays region and its length in elements. */
interface ArrayEntry {
  readonly type: ArrayType;
  readonly offset: number;
  readonly length: number;
}

interface Header {
  readonly key: SnapshotKey;
  /** The index with each typed array replaced by {"$array": n} (an entry of `arrays`), the vocabulary by {"$terms"}. */
  readonly index: unknown;
  /** The quote table, encoded as the index is; null without the quote pass. */
  readonly quotes: unknown;
  readonly arrays: readonly ArrayEntry[];
  readonly arraysLength: number;
  /**
   * Where in the arrays region the arrays read after the load begin (a page boundary; they run to
   * its end), and the array entry of their blocks' CRC-32s (deferredArrays.ts); null when none.
   */
  readonly deferred: { readonly start: number; readonly checksums: number } | null;
  /** The corpus: its lists as they are, its documents a column per field (StoredColumns). */
  readonly corpus: { readonly documents: StoredColumns } & Record<string, unknown>;
  /**
   * Array entries: each document's text's encoding (TEXT_ENCODINGS), length in bytes and CRC-32
   * (file bytes and text checksums alike); all the texts' bytes.
   */
  readonly texts: {
    readonly encodings: number;
    readonly bytes: number;
    readonly checksums: number;
    readonly total: number;
  };
  /** Array entries: paragraphs per document, and (number, start, end) of every paragraph. */
  readonly paragraphs: { readonly counts: number; readonly fields: number };
}

/**
 * The documents' fields other than text and paragraphs, a column each (JSON parses an array of
 * strings much faster than as many objects); `titleFrom` as indexes of TITLE_SOURCES in an array
 * entry, `bytes` (the file's size) the texts' table has an entry for.
 */
interface StoredColumns {
  readonly id: readonly string[];
  readonly file: readonly string[];
  readonly title: readonly string[];
  readonly titleFrom: number;
  readonly bytes: number;
  readonly meta: readonly DocumentMeta[];
}
const TITLE_SOURCES: readonly TitleSource[] = ['front-matter', 'heading', 'headline', 'file-name'];
/** The fields of a document a snapshot stores: any other refuses the snapshot rather than lose it. */
const DOCUMENT_FIELDS = new Set(['id', 'file', 'title', 'titleFrom', 'meta', 'text', 'bytes', 'paragraphs']);

const align8 = (n: number): number => (n + 7) & ~7;
const alignTo = (n: number, to: number): number => Math.ceil(n / to) * to;
const bytesOf = (view: ArrayBufferView): Uint8Array => new Uint8Array(view.buffer, view.byteOffset, view.byteLength);

/** Appends `bytes` and the zeros that pad it to a multiple of 8. */
function pushPadded(chunks: Uint8Array[], bytes: Uint8Array): void {
  if (bytes.length === 0) return;
  chunks.push(bytes);
  const pad = align8(bytes.length) - bytes.length;
  if (pad > 0) chunks.push(new Uint8Array(pad));
}

/** The index's arrays written after the rest and read after the load (src/search/resident.ts). */
const DEFERRED_PATHS = new Set(DEFERRABLE_FIELDS.map((field) => `index.${field}`));

/** Writes `built` under `key` atomically. Throws on failure (the caller logs it); leaves no temporary file. */
export async function writeSnapshot(
  file: string,
  key: SnapshotKey,
  built: BuiltLibrary,
  pause: () => Promise<void> = async () => undefined,
): Promise<number> {
  if (!LITTLE_ENDIAN) throw new Error('snapshots are written on little-endian machines only');
  const views: { view: ArrayBufferView; type: ArrayType; deferred: boolean }[] = [];
  const addArray = (view: ArrayBufferView, path?: string): { $array: number } => {
    const type = view.constructor.name as ArrayType;
    if (!(type in ARRAYS)) throw new Error(`cannot snapshot a ${type}`);
    views.push({ view, type, deferred: path !== undefined && DEFERRED_PATHS.has(path) });
    return { $array: views.length - 1 };
  };

  const index = encodeTree(built.index, 'index', addArray);
  const quotes = built.quotes === null ? null : encodeTree(built.quotes, 'quotes', addArray);
  const { corpus, texts, paragraphs } = encodeCorpus(built.corpus, addArray);
  // The deferred arrays end to end (each padded to 8 bytes), and their blocks' checksums, read at load.
  const deferredChunks: Uint8Array[] = [];
  for (const { view } of views.filter((v) => v.deferred)) pushPadded(deferredChunks, bytesOf(view));
  const deferredChecksums = deferredChunks.length === 0 ? null : addArray(blockChecksums(deferredChunks)).$array;
  await pause();
  // Arrays read at load first; the deferred ones after them, from a page boundary.
  const arrays: ArrayEntry[] = new Array(views.length);
  let arraysLength = 0;
  const place = (deferred: boolean): void =>
    views.forEach(({ view, type, deferred: d }, i) => {
      if (d !== deferred) return;
      arrays[i] = { type, offset: arraysLength, length: view.byteLength / ARRAYS[type].BYTES_PER_ELEMENT };
      arraysLength = align8(arraysLength + view.byteLength);
    });
  place(false);
  const eagerLength = arraysLength;
  const deferredStart = deferredChecksums === null ? arraysLength : alignTo(arraysLength, BLOCK_BYTES);
  arraysLength = deferredStart;
  place(true);
  const deferred = deferredChecksums === null ? null : { start: deferredStart, checksums: deferredChecksums };
  const header: Header = {
    key,
    index,
    quotes,
    arrays,
    arraysLength,
    deferred,
    corpus,
    texts: texts.header,
    paragraphs,
  };
  const headerBytes = Buffer.from(JSON.stringify(header, taggedReplacer), 'utf8');
  const chunks: Uint8Array[] = [];
  pushPadded(chunks, headerBytes);
  for (const { view } of views.filter((v) => !v.deferred)) pushPadded(chunks, bytesOf(view));
  if (deferredStart > eagerLength) chunks.push(new Uint8Array(deferredStart - eagerLength));
  // The checksum covers the header and the arrays read at load; each deferred block has its own.
  let crc = 0;
  let total = PREFIX;
  for (const chunk of chunks) {
    crc = checksum(chunk, crc);
    total += chunk.length;
  }
  for (const chunk of deferredChunks) {
    chunks.push(chunk);
    total += chunk.length;
  }
  // The texts after the checksummed part: each has its own checksum, checked when it is read.
  for (const data of texts.data) {
    if (data.length > 0) chunks.push(data);
    total += data.length;
  }
  const prefix = Buffer.alloc(PREFIX);
  MAGIC.copy(prefix, 0);
  prefix.writeUInt32LE(SNAPSHOT_VERSION, 8);
  prefix.writeUInt32LE(headerBytes.length, 12);
  prefix.writeBigUInt64LE(BigInt(total), 16);
  prefix.writeUInt32LE(crc >>> 0, 24);
  const headerPadding = new Uint8Array(align8(headerBytes.length) - headerBytes.length);
  prefix.writeUInt32LE(checksum(headerPadding, checksum(headerBytes, 0)), 28);

  await mkdir(dirname(file), { recursive: true });
  await writeFileAtomically(file, [prefix, ...chunks]);
  return total;
}

/**
 * Reads the snapshot in `file` if it serves `key` (and has quotes when `quotes` is asked for): the
 * built library, else why not. `pause` is awaited between steps (the bot's event loop gets a turn).
 * On a hit the file stays open: the corpus's texts are read from it on demand (storedDocuments.ts).
 *
 * `arrays: 'deferred'` leaves the index's largest arrays in the file (the hit's `deferred`: read on
 * first use, and whole by its `fill`); 'eager' reads them before returning.
 *
 * `key` may still be being computed (listing and stat'ing a large corpus takes a second): the
 * arrays are then read meanwhile and compared once it is known, a stale file's read stopped there;
 * null (the corpus could not be listed) ignores the file.
 */
export async function readSnapshot(
  file: string,
  key: SnapshotKey | Promise<SnapshotKey | null>,
  quotes: boolean,
  pause: () => Promise<void> = async () => undefined,
  arrays: 'eager' | 'deferred' = 'eager',
): Promise<SnapshotRead> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    // Non-blocking: opening a FIFO for reading would wait for a writer forever. Whatever the path
    // turns out to be, only a regular file is read.
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { status: 'missing' };
    return warn(`unreadable (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  let keepOpen = false;
  /** The arrays' read, once started: settled before the file is closed. */
  let reading: Promise<unknown> | null = null;
  const stop = new AbortController();
  try {
    const info = await handle.stat();
    if (!info.isFile()) return warn(`not a regular file (${fileKind(info)})`);
    const size = info.size;
    const prefix = Buffer.alloc(PREFIX);
    if ((await readFully(handle, prefix, 0)) < PREFIX) return warn(`truncated (${size} bytes, not even a header)`);
    if (!prefix.subarray(0, 8).equals(MAGIC)) return warn('not an index snapshot (wrong magic bytes)');
    const version = prefix.readUInt32LE(8);
    if (version !== SNAPSHOT_VERSION)
      return {
        status: 'ignored',
        reason: `format version ${version}, this build reads ${SNAPSHOT_VERSION}`,
        level: 'info',
      };
    const headerLength = prefix.readUInt32LE(12);
    const total = Number(prefix.readBigUInt64LE(16));
    if (size < total) return warn(`truncated (${size} of ${total} bytes)`);
    if (size > total) return warn(`corrupt (${size} bytes, the header says ${total})`);
    const headerStart = PREFIX;
    const arraysStart = headerStart + align8(headerLength);
    if (arraysStart > total) return warn('corrupt (header longer than the file)');

    const headerBytes = Buffer.alloc(align8(headerLength));
    await readFully(handle, headerBytes, headerStart);
    let crc = checksum(headerBytes, 0);
    if (crc !== prefix.readUInt32LE(28)) return warn('corrupt (header checksum mismatch)');
    let header: Header;
    try {
      header = JSON.parse(headerBytes.toString('utf8', 0, headerLength)) as Header;
    } catch {
      return warn('corrupt (header is not JSON)');
    }
    await pause();
    if (typeof header !== 'object' || header === null || typeof header.key !== 'object')
      return warn('corrupt (no key in the header)');
    // A known key first (its checksum is good): a stale snapshot costs its header only.
    const known = key instanceof Promise ? null : key;
    const mismatchOf = (current: SnapshotKey): SnapshotRead | null => {
      const mismatch = keyMismatch(header.key, current);
      return mismatch === null
        ? null
        : { status: 'ignored', reason: mismatch, level: mismatch.startsWith('foreign') ? 'warn' : 'info' };
    };
    const stale = known === null ? null : mismatchOf(known);
    if (stale !== null) return stale;
    if (quotes && (header.quotes === null || header.quotes === undefined))
      return { status: 'ignored', reason: 'built without the quote pass', level: 'info' };
    const textsStart = arraysStart + header.arraysLength;
    if (textsStart + header.texts.total !== total) return warn('corrupt (sections do not add up)');

    const deferredStart = header.deferred?.start ?? header.arraysLength;
    if (!(deferredStart >= 0 && deferredStart <= header.arraysLength)) return warn('corrupt (bad deferred arrays)');
    // One ArrayBuffer for every typed array: the index and the quote table keep views on it. Its
    // deferred part stays untouched (and costs no memory) until it is read.
    const arrayBuffer = new ArrayBuffer(header.arraysLength);
    const arrayBytes = new Uint8Array(arrayBuffer);
    const read = readChecked(handle, arrayBytes.subarray(0, deferredStart), arraysStart, crc, pause, stop.signal);
    reading = read.catch(() => undefined);
    if (known === null) {
      const current = await key;
      const late =
        current === null
          ? ({ status: 'ignored', reason: 'the corpus could not be listed', level: 'info' } as const)
          : mismatchOf(current);
      if (late !== null) {
        stop.abort();
        return late;
      }
    }
    const arraysRead = await read;
    if (arraysRead.bytes < deferredStart) return warn('corrupt (arrays cut short)');
    crc = arraysRead.crc;
    const views = header.arrays.map((entry) => {
      const Type = ARRAYS[entry.type];
      if (Type === undefined || entry.offset + entry.length * Type.BYTES_PER_ELEMENT > header.arraysLength)
        throw new Error(`bad array entry ${JSON.stringify(entry)}`);
      return new Type(arrayBuffer, entry.offset, entry.length);
    });
    if (crc !== prefix.readUInt32LE(24)) return warn('corrupt (checksum mismatch)');
    const texts = new SnapshotTexts(
      handle,
      textsStart,
      arrayOf(views, header.texts.bytes, Int32Array),
      arrayOf(views, header.texts.encodings, Uint8Array),
      arrayOf(views, header.texts.checksums, Uint32Array),
    );
    if (texts.total !== header.texts.total) throw new Error('texts do not match the documents');
    let deferred: DeferredRegion | null = null;
    if (header.deferred !== null) {
      const checksums = arrayOf(views, header.deferred.checksums, Uint32Array);
      if (checksums.byteOffset + checksums.byteLength > deferredStart) throw new Error('bad deferred arrays table');
      deferred = new DeferredRegion(handle, arraysStart, arrayBytes, deferredStart, checksums, texts);
      if (arrays === 'eager') {
        const whole = await deferred.fill(pause).then(
          () => true,
          () => false,
        );
        if (!whole) return warn('corrupt (checksum mismatch)');
        deferred = null;
      }
    }
    const index = decodeTree(header.index, views) as SentenceIndex;
    const corpus = decodeCorpus(header, views, texts);
    const quoteTable = quotes ? (decodeTree(header.quotes, views) as QuoteTable) : null;
    if (quoteTable?.doc.some((d) => d < 0 || d >= corpus.documents.length))
      throw new Error('quotes do not match the documents');
    if (index.documentCount !== corpus.documents.length) throw new Error('index does not match the documents');
    keepOpen = true;
    return { status: 'hit', built: { corpus, index, quotes: quoteTable }, bytes: total, deferred };
  } catch (error) {
    return warn(`corrupt (${error instanceof Error ? error.message : String(error)})`);
  } finally {
    // A read still in flight writes into its buffer: the file is closed once it has settled.
    if (!keepOpen) {
      stop.abort();
      await reading;
    }
    // On a hit the texts' reader holds the file (closed when the corpus is collected).
    if (!keepOpen) await handle.close().catch(() => undefined);
  }
}

/** Array entry `n`, which must be of `Type`. */
function arrayOf<T extends ArrayBufferView>(
  arrays: readonly ArrayBufferView[],
  n: number,
  Type: new (...args: never[]) => T,
): T {
  const view = arrays[n];
  if (!(view instanceof Type)) throw new Error('bad array reference');
  return view;
}

/** Snapshots unused this long are deleted when another is written (a hit marks its file used). */
const UNUSED_MS = 30 * 24 * 3600_000;
/** A temporary file this old belongs to a write that died. */
const ABANDONED_MS = 3600_000;
/** Snapshots, and temporary files of their writes (`.<name>.tmp-<pid>-<random>`, or `<name>.tmp-<pid>` before). */
const OURS = /^\.?corpus-[0-9a-f]{16}\.snapshot(\.tmp-[0-9a-f-]+)?$/;

/** Marks a snapshot as used now (pruneSnapshots keeps it). Never fails. */
export async function touchSnapshot(file: string): Promise<void> {
  const now = new Date();
  await utimes(file, now, now).catch(() => undefined);
}

/**
 * Deletes, in `cacheDir`, the snapshots not used for 30 days (of corpora gone or moved, of test
 * runs' temporary corpora) and temporary files of writes that died. Only files named as ours; never fails.
 */
export async function pruneSnapshots(cacheDir: string, now = Date.now()): Promise<void> {
  const names = await readdir(cacheDir).catch(() => [] as string[]);
  for (const name of names) {
    if (!OURS.test(name)) continue;
    const path = join(cacheDir, name);
    const info = await stat(path).catch(() => null);
    if (info === null) continue;
    const age = now - info.mtimeMs;
    if (age > (name.includes('.tmp-') ? ABANDONED_MS : UNUSED_MS)) await unlink(path).catch(() => undefined);
  }
}

const warn = (reason: string): SnapshotRead => ({ status: 'ignored', reason, level: 'warn' });

/** What a path that is not a regular file is, for the log line. */
function fileKind(info: { isDirectory(): boolean; isFIFO(): boolean; isSocket(): boolean }): string {
  return info.isDirectory() ? 'a directory' : info.isFIFO() ? 'a FIFO' : info.isSocket() ? 'a socket' : 'a device';
}

/** The arrays are read in chunks of this size, this many ahead of the checksum. */
const READ_CHUNK = 16 * 2 ** 20;
const READS_AHEAD = 2;

/**
 * Reads `into` from `position`, folding each chunk into the CRC-32 from `crc` as it arrives: the
 * checksum of one chunk (node:zlib, on this thread) runs while the next ones are read (libuv's
 * threads), where reading it all then checksumming it all took the sum of both. `pause` is awaited
 * after each chunk; `stop` ends the read at the next chunk. Bytes read: fewer when the file is short.
 */
async function readChecked(
  handle: Awaited<ReturnType<typeof open>>,
  into: Uint8Array,
  position: number,
  crc: number,
  pause: () => Promise<void>,
  stop: AbortSignal,
): Promise<{ bytes: number; crc: number }> {
  const chunks: { at: number; bytes: Promise<number> }[] = [];
  const request = (at: number): void => {
    const chunk = into.subarray(at, Math.min(at + READ_CHUNK, into.length));
    const bytes = readFully(handle, chunk, position + at);
    bytes.catch(() => undefined); // awaited below in order; this one may be left when another fails
    chunks.push({ at, bytes });
  };
  let next = 0;
  const fill = (): void => {
    while (next < into.length && chunks.length < READS_AHEAD && !stop.aborted) {
      request(next);
      next += READ_CHUNK;
    }
  };
  fill();
  let done = 0;
  try {
    while (chunks.length > 0) {
      const { at, bytes } = chunks[0]!;
      const got = await bytes;
      chunks.shift();
      const full = got === Math.min(READ_CHUNK, into.length - at);
      if (full) fill();
      crc = checksum(into.subarray(at, at + got), crc);
      done += got;
      if (!full || stop.aborted) break;
      await pause();
    }
  } finally {
    // Nothing left writing into `into` once this returns.
    await Promise.allSettled(chunks.map((c) => c.bytes));
  }
  return { bytes: done, crc };
}

/**
 * A value as JSON, each typed array replaced by a reference to the arrays region and each Map from
 * strings to numbers (the vocabulary) by its keys and values; anything else that JSON cannot carry
 * as is refuses the snapshot rather than lose something.
 */
function encodeTree(
  value: unknown,
  path: string,
  addArray: (view: ArrayBufferView, path: string) => { $array: number },
): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : { $number: String(value) };
  if (ArrayBuffer.isView(value)) return addArray(value, path);
  if (value instanceof Map) {
    const terms: string[] = [];
    const ids = new Int32Array(value.size);
    let inOrder = true;
    for (const [term, id] of value) {
      if (typeof term !== 'string' || typeof id !== 'number' || !Number.isInteger(id))
        throw new Error(`cannot snapshot ${path}: a Map of other than strings to whole numbers`);
      if (id !== terms.length) inOrder = false;
      ids[terms.length] = id;
      terms.push(term);
    }
    return inOrder ? { $terms: terms } : { $terms: terms, ids: addArray(ids, `${path}.ids`) };
  }
  if (Array.isArray(value)) return value.map((item, i) => encodeTree(item, `${path}[${i}]`, addArray));
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = encodeTree(v, `${path}.${k}`, addArray);
    return out;
  }
  throw new Error(`cannot snapshot ${path} (${typeof value})`);
}

function decodeTree(value: unknown, arrays: readonly ArrayBufferView[]): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => decodeTree(item, arrays));
  const record = value as Record<string, unknown>;
  if ('$array' in record) {
    const view = arrays[record.$array as number];
    if (view === undefined) throw new Error('bad array reference');
    return view;
  }
  if ('$number' in record) return Number(record.$number);
  if ('$terms' in record) {
    const terms = record.$terms as string[];
    const ids = record.ids === undefined ? null : (decodeTree(record.ids, arrays) as Int32Array);
    const map = new Map<string, number>();
    for (let i = 0; i < terms.length; i += 1) map.set(terms[i]!, ids === null ? i : ids[i]!);
    return map;
  }
  // Made from all its entries at once: an object given its properties one at a time by computed
  // name (out[k] = ...) became a hash table in V8 (the index's 29 fields), and every `index.field`
  // read while answering was a lookup instead of a load.
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, decodeTree(v, arrays)]));
}

/** The corpus without its texts and paragraphs, its documents' other fields a column each. */
function encodeCorpus(
  corpus: Corpus,
  addArray: (view: ArrayBufferView) => { $array: number },
): {
  corpus: Header['corpus'];
  texts: { header: Header['texts']; data: Buffer[] };
  paragraphs: Header['paragraphs'];
} {
  const documents = corpus.documents;
  const encodings = new Uint8Array(documents.length);
  const bytes = new Int32Array(documents.length);
  const checksums = new Uint32Array(documents.length);
  const counts = new Int32Array(documents.length);
  const fileBytes = new Int32Array(documents.length);
  const titleFrom = new Uint8Array(documents.length);
  const data: Buffer[] = [];
  let total = 0;
  let paragraphCount = 0;
  for (let i = 0; i < documents.length; i += 1) {
    const d = documents[i]!;
    for (const field of Object.keys(d))
      if (!DOCUMENT_FIELDS.has(field)) throw new Error(`cannot snapshot a document's field ${field}`);
    // Latin-1 when it holds every character: one byte each, and V8 keeps such a string one byte a character.
    const encoding = !NOT_LATIN1.test(d.text) ? 0 : isWellFormed(d.text) ? 1 : 2;
    const encoded = Buffer.from(d.text, TEXT_ENCODINGS[encoding]);
    encodings[i] = encoding;
    bytes[i] = encoded.length;
    checksums[i] = checksum(encoded, 0);
    data.push(encoded);
    total += encoded.length;
    counts[i] = d.paragraphs.length;
    paragraphCount += d.paragraphs.length;
    fileBytes[i] = d.bytes;
    const source = TITLE_SOURCES.indexOf(d.titleFrom);
    if (source < 0) throw new Error(`cannot snapshot a title from ${d.titleFrom}`);
    titleFrom[i] = source;
  }
  const fields = new Int32Array(paragraphCount * 3);
  let at = 0;
  for (const d of documents) {
    for (const p of d.paragraphs) {
      if (Object.keys(p).length !== 3)
        throw new Error('cannot snapshot a paragraph with other fields than number, start, end');
      fields[at++] = p.number;
      fields[at++] = p.start;
      fields[at++] = p.end;
    }
  }
  const columns: StoredColumns = {
    id: documents.map((d) => d.id),
    file: documents.map((d) => d.file),
    title: documents.map((d) => d.title),
    titleFrom: addArray(titleFrom).$array,
    bytes: addArray(fileBytes).$array,
    meta: documents.map((d) => d.meta),
  };
  // Written with taggedReplacer, like the whole header.
  return {
    corpus: { ...corpus, documents: columns },
    texts: {
      header: {
        encodings: addArray(encodings).$array,
        bytes: addArray(bytes).$array,
        checksums: addArray(checksums).$array,
        total,
      },
      data,
    },
    paragraphs: { counts: addArray(counts).$array, fields: addArray(fields).$array },
  };
}

/** A character past Latin-1 (surrogates included). */
const NOT_LATIN1 = /[\u0100-\uffff]/;

function decodeCorpus(header: Header, arrays: readonly ArrayBufferView[], texts: SnapshotTexts): Corpus {
  const { documents: columns, ...rest } = header.corpus;
  const lists = revive(rest) as Omit<Corpus, 'documents'>;
  const counts = arrayOf(arrays, header.paragraphs.counts, Int32Array);
  const fields = arrayOf(arrays, header.paragraphs.fields, Int32Array);
  const titleFrom = arrayOf(arrays, columns.titleFrom, Uint8Array);
  const fileBytes = arrayOf(arrays, columns.bytes, Int32Array);
  const n = counts.length;
  if (
    columns.id.length !== n ||
    columns.file.length !== n ||
    columns.title.length !== n ||
    columns.meta.length !== n ||
    titleFrom.length !== n ||
    fileBytes.length !== n
  )
    throw new Error('texts do not match the documents');
  const paragraphs = new StoredParagraphs(counts, fields);
  const documents: CorpusDocument[] = new Array(n);
  for (let i = 0; i < n; i += 1) {
    const source = TITLE_SOURCES[titleFrom[i]!];
    if (source === undefined) throw new Error('bad title source');
    const fieldsOf = {
      id: columns.id[i]!,
      file: columns.file[i]!,
      title: columns.title[i]!,
      titleFrom: source,
      meta: revive(columns.meta[i]) as DocumentMeta,
      bytes: fileBytes[i]!,
    };
    documents[i] = storedDocument(fieldsOf, texts, paragraphs, i);
  }
  return { ...lists, documents };
}

function isWellFormed(text: string): boolean {
  // String.prototype.isWellFormed is Node 20+.
  return (text as string & { isWellFormed(): boolean }).isWellFormed();
}

/** JSON for data with Maps, Sets and non-finite numbers (the quote pass's persons hold Maps and Sets). */
function taggedReplacer(_key: string, value: unknown): unknown {
  if (value instanceof Map) return { $map: [...value] };
  if (value instanceof Set) return { $set: [...value] };
  if (typeof value === 'number' && !Number.isFinite(value)) return { $number: String(value) };
  return value;
}

/** Undoes taggedReplacer on a value JSON.parse made, in place where it can. */
function revive(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) value[i] = revive(value[i]);
    return value;
  }
  const record = value as Record<string, unknown>;
  for (const k in record) record[k] = revive(record[k]);
  if ('$map' in record) return new Map(record.$map as [unknown, unknown][]);
  if ('$set' in record) return new Set(record.$set as unknown[]);
  if ('$number' in record) return Number(record.$number);
  return record;
}
