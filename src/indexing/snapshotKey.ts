/**
 * What an index snapshot was built from, and whether it still holds: every file a load of the
 * corpus directory reads (path, size, modification and change times), the settings the index
 * depends on, the snapshot format and the code that analyses and indexes. A snapshot is used only
 * when all of it matches; the comparison says in a few words what does not.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listCorpusFiles } from '../corpus/load.ts';
import type { Morphology } from '../nlp/analyzer.ts';

/**
 * Bumped whenever the file layout (snapshot.ts) changes, or what a stored value means does: 3 for
 * the sentence hashes and article sketches, 4 when the per-token flags gained a duration and a title
 * bit and the sentence cues a polarity bit, 5 when the quotes became the clustered quote table
 * (typed arrays, no per-document JSON) and each document's text got an encoding of its own, 6 when
 * the texts left the file's checksum for one each (read on demand) and the documents became columns.
 */
export const SNAPSHOT_VERSION = 6;

/**
 * A file modified this close (ms) before the listing may change again within its file system's
 * timestamp granularity (2 s on FAT) without its times changing: such a file is keyed by a hash of
 * its content instead, and compared by content later (as git re-reads a "racily clean" file). So a
 * corpus written just before the first start still serves the second from the snapshot.
 */
const RACY_MS = 2000;

/**
 * A listed file: relative path, size, mtimeMs, ctimeMs; -1 for what could not be read. A racy file
 * has -1 for its times and the SHA-1 of its content fifth.
 */
export type FileKey =
  | readonly [path: string, size: number, mtimeMs: number, ctimeMs: number]
  | readonly [path: string, size: number, mtimeMs: -1, ctimeMs: -1, sha1: string];

/** The SHA-1 of a file's content, or null when it cannot be read. */
export function contentHash(path: string): string | null {
  try {
    return createHash('sha1').update(readFileSync(path)).digest('hex');
  } catch {
    return null;
  }
}

export interface SnapshotKey {
  /** Of the source code that reads, analyses and indexes (codeFingerprint()). */
  readonly code: string;
  /** The corpus directory, absolute. */
  readonly dir: string;
  readonly maxFileBytes: number;
  readonly morphology: Morphology;
  readonly files: readonly FileKey[];
  /** Folders and links the listing could not read, as `path: message`. */
  readonly unlisted: readonly string[];
}

/**
 * The key of the corpus under `root` (absolute) as it is now, stat'ed before anything is read: a
 * file that changes during the build then fails to match next time, never the other way round.
 */
export async function currentKey(
  root: string,
  settings: { readonly maxFileBytes: number; readonly morphology: Morphology },
): Promise<SnapshotKey> {
  const { files, skipped } = await listCorpusFiles(root);
  const now = Date.now();
  const keys = files.map((file): FileKey => {
    try {
      const info = statSync(join(root, file));
      if (info.mtimeMs <= now - RACY_MS) return [file, info.size, info.mtimeMs, info.ctimeMs];
      const hash = contentHash(join(root, file));
      return hash === null ? [file, -1, -1, -1] : [file, info.size, -1, -1, hash];
    } catch {
      return [file, -1, -1, -1];
    }
  });
  return {
    code: codeFingerprint(),
    dir: root,
    maxFileBytes: settings.maxFileBytes,
    morphology: settings.morphology,
    files: keys,
    unlisted: skipped.map((s) => `${s.file}: ${s.message}`),
  };
}

/**
 * Why a snapshot built from `stored` does not serve `current`, in a few words; null when it does.
 * A file that was racy at the build is compared by content (`hashOf`: the current file's SHA-1).
 */
export function keyMismatch(
  stored: SnapshotKey,
  current: SnapshotKey,
  hashOf: (path: string) => string | null = (path) => contentHash(join(current.dir, path)),
): string | null {
  if (stored.dir !== current.dir) return `foreign: built for another corpus directory (${stored.dir})`;
  if (stored.code !== current.code) return 'stale: built by another version of the indexing code';
  if (stored.morphology !== current.morphology)
    return `stale: built with MORPHOLOGY ${stored.morphology}, not ${current.morphology}`;
  if (stored.maxFileBytes !== current.maxFileBytes)
    return `stale: built with MAX_FILE_BYTES ${stored.maxFileBytes}, not ${current.maxFileBytes}`;
  const before = new Map(stored.files.map((f) => [f[0], f]));
  let changed = 0;
  let added = 0;
  const examples: string[] = [];
  for (const file of current.files) {
    const old = before.get(file[0]);
    before.delete(file[0]);
    if (old === undefined) added += 1;
    else if (!sameFile(old, file, hashOf)) changed += 1;
    else continue;
    if (examples.length < 3) examples.push(file[0]);
  }
  const removed = before.size;
  if (examples.length < 3) examples.push(...[...before.keys()].slice(0, 3 - examples.length));
  const unlisted = stored.unlisted.join('\n') !== current.unlisted.join('\n');
  if (changed + added + removed === 0 && !unlisted) return null;
  const counts = [
    changed > 0 ? `${changed} changed` : '',
    added > 0 ? `${added} added` : '',
    removed > 0 ? `${removed} removed` : '',
    unlisted ? 'unreadable folders differ' : '',
  ].filter((s) => s !== '');
  const files = changed + added + removed;
  return `stale: ${files} of ${current.files.length} file(s) differ (${counts.join(', ')}${examples.length > 0 ? `: ${examples.join(', ')}${files > examples.length ? ', …' : ''}` : ''})`;
}

/** Whether a file is as it was at the build: by content when it was racy then, else by size and times. */
function sameFile(old: FileKey, now: FileKey, hashOf: (path: string) => string | null): boolean {
  if (old[1] === -1 || now[1] === -1 || old[1] !== now[1]) return false;
  if (old.length === 5) return (now.length === 5 ? now[4] : hashOf(now[0])) === old[4];
  // Not racy at the build, modified within the last moments: it changed (or was touched).
  if (now.length === 5) return false;
  return old[2] === now[2] && old[3] === now[3];
}

/** The code a snapshot depends on: src/ folders that read, analyse and index, and the locked packages. */
const CODE = ['corpus', 'nlp', 'search', 'quotes', 'indexing', 'library.ts'];
let fingerprint: string | undefined;

/**
 * A hash of the source that reads, analyses and indexes (and of package-lock.json, for wink's
 * model): a snapshot written by other code is never trusted, format version or not. A few
 * milliseconds, once per process.
 */
export function codeFingerprint(): string {
  if (fingerprint !== undefined) return fingerprint;
  const src = fileURLToPath(new URL('..', import.meta.url));
  const hash = createHash('sha1');
  hash.update(`v${SNAPSHOT_VERSION}\n`);
  const add = (path: string, name: string): void => {
    let isDirectory = false;
    try {
      isDirectory = statSync(path).isDirectory();
    } catch {
      hash.update(`${name}: missing\n`);
      return;
    }
    if (isDirectory) {
      for (const entry of readdirSync(path).sort()) add(join(path, entry), `${name}/${entry}`);
    } else if (/\.(ts|mts|js|mjs|json)$/.test(name)) {
      hash.update(`${name}\n`);
      hash.update(readFileSync(path));
    }
  };
  for (const part of CODE) add(join(src, part), part);
  const lock = join(src, '..', 'package-lock.json');
  if (existsSync(lock)) add(lock, 'package-lock.json');
  fingerprint = hash.digest('hex').slice(0, 16);
  return fingerprint;
}
