/**
 * A snapshot keyed for another checkout's code (scaleAsk.ts, scaleWarm.ts): a snapshot is keyed by
 * a fingerprint of the code that reads, analyses and indexes and of package-lock.json
 * (src/indexing/snapshotKey.ts), so two checkouts would each rebuild their own (minutes at a million
 * sentences) though neither changed how the index is built. A copy with the checkout's fingerprint
 * written into the key and the checksums redone is checked against the checkout's own key as its
 * process will check it. Only a fair comparison when both build the same index: the same
 * SNAPSHOT_VERSION (checked) and no change to how the index is built (not checkable: say so).
 */
import { closeSync, copyFileSync, fstatSync, openSync, readFileSync, readSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { crc32 } from 'node:zlib';

/** The snapshot's fixed prefix: magic, version (at 8), header length (12), total (16), CRCs of the rest (24) and of the header (28). */
const PREFIX = 32;
const align8 = (n: number): number => (n + 7) & ~7;

interface SnapshotModule {
  readonly SNAPSHOT_VERSION: number;
  snapshotFile(cacheDir: string, corpusDir: string): string;
  codeFingerprint(): string;
  currentKey(root: string, options: { maxFileBytes: number; morphology: string }): Promise<unknown>;
  keyMismatch(old: unknown, now: unknown): string | null;
}

/** A checkout's snapshot modules (its own code: its fingerprint hashes its own src/). */
async function snapshotModule(dir: string): Promise<SnapshotModule> {
  const url = (path: string): string => pathToFileURL(join(dir, path)).href;
  const snapshot = await import(url('src/indexing/snapshot.ts'));
  const key = await import(url('src/indexing/snapshotKey.ts'));
  return {
    SNAPSHOT_VERSION: key.SNAPSHOT_VERSION,
    snapshotFile: snapshot.snapshotFile,
    codeFingerprint: key.codeFingerprint,
    currentKey: key.currentKey,
    keyMismatch: key.keyMismatch,
  };
}

/** The header (JSON) of a snapshot file, with its length. */
function readHeader(fd: number): { prefix: Buffer; header: Buffer; length: number } {
  const prefix = Buffer.alloc(PREFIX);
  readSync(fd, prefix, 0, PREFIX, 0);
  const length = prefix.readUInt32LE(12);
  const header = Buffer.alloc(align8(length));
  readSync(fd, header, 0, header.length, PREFIX);
  return { prefix, header, length };
}

/**
 * A cache folder (`cache`) for `checkout` holding a copy of the snapshot `source` of `corpus`, keyed
 * for the checkout's code and checked as its `ask` or `npm start` will check it.
 */
export async function rekeyedCopy(
  checkout: { readonly name: string; readonly dir: string },
  source: string,
  cache: string,
  corpus: string,
): Promise<string> {
  const mod = await snapshotModule(checkout.dir);
  // The format first, before half a gigabyte is copied.
  const sourceFd = openSync(source, 'r');
  const version = readHeader(sourceFd).prefix.readUInt32LE(8);
  closeSync(sourceFd);
  if (version !== mod.SNAPSHOT_VERSION)
    throw new Error(`${checkout.name} reads snapshot format ${mod.SNAPSHOT_VERSION}, the snapshot is ${version}`);
  const file = mod.snapshotFile(cache, corpus);
  copyFileSync(source, file);
  const fd = openSync(file, 'r+');
  try {
    const { prefix, header, length } = readHeader(fd);
    const json = header.toString('utf8', 0, length);
    const code = /"code":"([0-9a-f]+)"/.exec(json);
    if (code === null) throw new Error('no code fingerprint in the snapshot header');
    const fingerprint = mod.codeFingerprint();
    if (fingerprint.length !== code[1]!.length) throw new Error('fingerprints of different lengths');
    // What the whole-file checksum covers: the header and the arrays read at load (format 8: up to
    // the deferred arrays, which have their own block checksums; format 6: all of them), or
    // everything after the prefix (format 5): found by checking which the stored checksum is.
    const size = fstatSync(fd).size;
    const parsed = JSON.parse(json) as { arraysLength: number; deferred?: { start: number } | null };
    const arraysEnd = PREFIX + header.length + (parsed.deferred?.start ?? parsed.arraysLength);
    const crcOf = (head: Buffer, end: number): { arrays: number; all: number } => {
      let crc = crc32(head) >>> 0;
      let arrays = -1;
      const chunk = Buffer.alloc(64 * 2 ** 20);
      for (let at = PREFIX + head.length; at < end; ) {
        const got = readSync(
          fd,
          chunk,
          0,
          Math.min(chunk.length, end - at, arraysEnd > at ? arraysEnd - at : end - at),
          at,
        );
        crc = crc32(chunk.subarray(0, got), crc) >>> 0;
        at += got;
        if (at === arraysEnd) arrays = crc;
      }
      return { arrays: arrays === -1 ? crc : arrays, all: crc };
    };
    const stored = prefix.readUInt32LE(24);
    const before = crcOf(header, size);
    const covered = before.arrays === stored ? arraysEnd : before.all === stored ? size : -1;
    if (covered === -1) throw new Error('the snapshot checksum covers neither the arrays nor the whole file');
    // The same length: the header's length and every offset after it stay as they are.
    header.write(`"code":"${fingerprint}"`, code.index, 'utf8');
    writeSync(fd, header, 0, header.length, PREFIX);
    const headerCrc = crc32(header) >>> 0;
    const after = crcOf(header, covered);
    const crc = covered === arraysEnd ? after.arrays : after.all;
    prefix.writeUInt32LE(crc, 24);
    prefix.writeUInt32LE(headerCrc, 28);
    writeSync(fd, prefix, 0, PREFIX, 0);
    const key = JSON.parse(json.replace(code[0], `"code":"${fingerprint}"`)).key;
    const mismatch = mod.keyMismatch(key, await mod.currentKey(corpus, key));
    if (mismatch !== null) throw new Error(`${checkout.name} would not use the snapshot: ${mismatch}`);
  } finally {
    closeSync(fd);
  }
  return cache;
}

/** CPU time (ms) a running process has used. */
export function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // utime and stime are fields 14 and 15, in hundredths of a second (USER_HZ).
  return (Number(fields[14 - 3]) + Number(fields[15 - 3])) * 10;
}
