/**
 * The tail of a snapshot's arrays region (the index's postings and each sentence's terms: about
 * three quarters of its bytes), read after the load instead of during it. A process pays for the
 * first touch of every page it reads into (about 7 µs a 4 KiB page on a virtual machine), so reading
 * a million sentences' arrays whole took over a second before the first answer could be given.
 *
 * The region is cut into blocks of BLOCK_BYTES, each with its own CRC-32 (stored with the arrays
 * read at load, which one checksum covers). A question's first use of a block reads it from the
 * file and checks it (`ensure`, synchronous: a block is a single positioned read of the page cache);
 * `fill` reads all the rest meanwhile in large reads, yielding between them, after which nothing is
 * left to read. A block that does not match its checksum (the file changed on disk) is an error
 * where it is used, as a damaged text is (storedDocuments.ts).
 */
import { type FileHandle, stat } from 'node:fs/promises';
import type { DeferredArrays } from '../search/resident.ts';
import { readFully, readFullySync } from './positionedReads.ts';
import { checksum } from './storedDocuments.ts';

/** Bytes a block: one page, so that a question reading a sentence's terms touches little else. */
export const BLOCK_BYTES = 4096;
/** `fill` reads this many bytes at once. */
const FILL_BYTES = 2 * 2 ** 20;
/**
 * The bot starts filling this long after its load, and waits this long between reads: the first
 * questions are answered before the fill competes with them for the CPU (its reads and checksums
 * cost more than the load that deferred them), and later ones wait for a few milliseconds of it
 * at most. About 3 s for a million sentences' 230 MB.
 */
export const FILL_AFTER_MS = 1000;
export const FILL_PAUSE_MS = 5;

export class DeferredRegion implements DeferredArrays {
  readonly #fd: number;
  readonly #loaded: Uint8Array;
  #missing: number;

  /**
   * `region`: the whole arrays region in memory, of which bytes from `start` to its end are not
   * read yet; `fileStart`: where the region begins in the file; `checksums`: each block's CRC-32.
   * `owner` holds the file open (the snapshot's texts: the file is closed once it is collected).
   */
  constructor(
    private readonly handle: FileHandle,
    private readonly fileStart: number,
    private readonly region: Uint8Array,
    private readonly start: number,
    private readonly checksums: Uint32Array,
    readonly owner: object,
  ) {
    const blocks = Math.ceil((region.length - start) / BLOCK_BYTES);
    if (start < 0 || start > region.length || checksums.length !== blocks) throw new Error('bad deferred arrays table');
    this.#fd = handle.fd;
    this.#loaded = new Uint8Array(blocks);
    this.#missing = blocks;
  }

  /** Whether every block has been read and checked. */
  get complete(): boolean {
    return this.#missing === 0;
  }

  ensure(view: ArrayBufferView, from: number, to: number): void {
    if (this.#missing === 0 || to <= from) return;
    const size = (view as Uint8Array).BYTES_PER_ELEMENT;
    const end = view.byteOffset + to * size - this.start;
    if (end <= 0) return; // an array read at load
    const first = Math.floor(Math.max(0, view.byteOffset + from * size - this.start) / BLOCK_BYTES);
    const last = Math.floor((end - 1) / BLOCK_BYTES);
    const loaded = this.#loaded;
    for (let b = first; b <= last; b += 1) {
      if (loaded[b] === 1) continue;
      let e = b;
      while (e < last && loaded[e + 1] === 0) e += 1;
      this.#readNow(b, e + 1);
      b = e;
    }
  }

  /**
   * Reads every block not yet read, a read ahead of the checksums (the next read runs while this
   * one is checked), `pause` awaited between reads. Rejects on a damaged block.
   */
  async fill(pause: () => Promise<void>): Promise<void> {
    const perRead = FILL_BYTES / BLOCK_BYTES;
    const blocks = this.#loaded.length;
    const read = (b: number): { b: number; e: number; whole: Promise<boolean> } | null => {
      for (; b < blocks; b += perRead) {
        const e = Math.min(blocks, b + perRead);
        if (!this.#loaded.subarray(b, e).includes(0)) continue;
        const whole = this.#readLater(b, e);
        whole.catch(() => undefined); // awaited in turn; a failure ahead of it must not go unhandled
        return { b, e, whole };
      }
      return null;
    };
    let next = read(0);
    try {
      while (next !== null) {
        const current = next;
        next = read(current.e);
        // Blocks read meanwhile by `ensure` hold the same bytes: they are not checked twice.
        this.#check(current.b, current.e, await current.whole);
        await pause();
      }
    } finally {
      // Nothing left writing into the region once this settles.
      await next?.whole.catch(() => undefined);
    }
  }

  /** Reads blocks [b, e) on libuv's threads: whether all of them were there. */
  async #readLater(b: number, e: number): Promise<boolean> {
    const [at, length] = this.#span(b, e);
    return (await readFully(this.handle, this.region.subarray(at, at + length), this.fileStart + at)) === length;
  }

  /** Whether `path` is still the file this region reads (not replaced by a newer snapshot). */
  async isFile(path: string): Promise<boolean> {
    const [open, named] = await Promise.all([this.handle.stat(), stat(path).catch(() => null)]);
    return named !== null && named.ino === open.ino && named.dev === open.dev;
  }

  /** Reads blocks [b, e) now, synchronously. */
  #readNow(b: number, e: number): void {
    const [at, length] = this.#span(b, e);
    const read = readFullySync(this.#fd, this.region.subarray(at, at + length), this.fileStart + at);
    this.#check(b, e, read === length);
  }

  /** Where blocks [b, e) are in the region: offset and length. */
  #span(b: number, e: number): [number, number] {
    const at = this.start + b * BLOCK_BYTES;
    return [at, Math.min(this.region.length, this.start + e * BLOCK_BYTES) - at];
  }

  /** Marks blocks [b, e) read, each checked against its checksum. */
  #check(b: number, e: number, whole: boolean): void {
    if (!whole) throw damaged(b);
    for (let k = b; k < e; k += 1) {
      if (this.#loaded[k] === 1) continue;
      const [at, length] = this.#span(k, k + 1);
      if (checksum(this.region.subarray(at, at + length), 0) !== this.checksums[k]) throw damaged(k);
      this.#loaded[k] = 1;
      this.#missing -= 1;
    }
  }
}

const damaged = (block: number): Error =>
  new Error(`the index snapshot's arrays do not match their checksum at block ${block} (changed on disk?)`);

/** The CRC-32 of each BLOCK_BYTES block of `chunks` end to end (the region's deferred part), for the writer. */
export function blockChecksums(chunks: readonly Uint8Array[]): Uint32Array {
  const out: number[] = [];
  let crc = 0;
  let filled = 0;
  for (const chunk of chunks) {
    let at = 0;
    while (at < chunk.length) {
      const take = Math.min(BLOCK_BYTES - filled, chunk.length - at);
      crc = checksum(chunk.subarray(at, at + take), crc);
      filled += take;
      at += take;
      if (filled === BLOCK_BYTES) {
        out.push(crc);
        crc = 0;
        filled = 0;
      }
    }
  }
  if (filled > 0) out.push(crc);
  return Uint32Array.from(out);
}
