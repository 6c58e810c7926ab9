/**
 * What an index snapshot was built from, and whether it still holds: every file a load of the
 * corpus directory reads (path, size, modification and change times), the settings the index
 * depends on, the snapshot format and the code that analyses and indexes. A snapshot is used only
 * when all of it matches; the comparison says in a few words what does not.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listCorpusFiles } from '../corpus/load.ts';
import type { Morphology } from '../nlp/analyzer.ts';

/**
 * Bumped whenever the file layout (snapshot.ts) changes, or what a stored value means does: 3 for
 * the sentence hashes and article sketches, 4 when the per-token flags gained a duration and a title
 * bit and the sentence cues a polarity bit, 5 when the quotes became the clustered quote table
 * (typed arrays, no per-document JSON) and each document's text got an encoding of its own, 6 when
 * the texts left the file's checksum for one each (read on demand) and the documents became columns,
 * 7 when the index gained the title terms' qualifier flags (sentenceIndex.ts titleQualifier), 8
 * when the index's largest arrays moved to the end, in checksummed blocks read after the load
 * (deferredArrays.ts), 9 when the index gained its paraphrase table (src/search/paraphraseTable.ts), 10 when the sentence
 * cues lost CUE_NAMELESS (bit 32, which nothing read) and the paraphrase table gained the negated
 * adjectives' keys (src/search/paraphraseTable.ts negatedKey).
 */
export const SNAPSHOT_VERSION = 10;

/**
 * A file modified this close (ms) before the listing may change again within its file system's
 * timestamp granularity (2 s on FAT) without its times changing: such a file is keyed by a hash of
 * its content instead, and compared by content later (as git re-reads a "racily clean" file). So a
 * corpus written just before the first start still serves the second from the snapshot.
 */
const RACY_MS = 2000;

/**
 * The listed files, a column per field (a snapshot's header parses a few arrays much faster than
 * an array per file): relative path, size, mtimeMs, ctimeMs; -1 for what could not be read. A racy
 * file has -1 for its times and the SHA-1 of its content in `sha1`, by its position.
 */
export interface FileKeys {
  readonly path: readonly string[];
  readonly size: readonly number[];
  readonly mtimeMs: readonly number[];
  readonly ctimeMs: readonly number[];
  readonly sha1: Readonly<Record<number, string>>;
}

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
  readonly files: FileKeys;
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
  // A listed path is relative and normalised: joined by hand (path.join normalises, at a cost per file).
  const prefix = root.endsWith(sep) ? root : root + sep;
  const keys = {
    path: files,
    size: new Array<number>(files.length).fill(-1),
    mtimeMs: new Array<number>(files.length).fill(-1),
    ctimeMs: new Array<number>(files.length).fill(-1),
    sha1: {} as Record<number, string>,
  };
  files.forEach((file, i) => {
    const path = prefix + file;
    const info = statSync(path, { throwIfNoEntry: false });
    if (info === undefined) return;
    if (info.mtimeMs > now - RACY_MS) {
      const hash = contentHash(path);
      if (hash === null) return;
      keys.sha1[i] = hash;
    } else {
      keys.mtimeMs[i] = info.mtimeMs;
      keys.ctimeMs[i] = info.ctimeMs;
    }
    keys.size[i] = info.size;
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
  const old = stored.files;
  const now = current.files;
  if (!isFileKeys(old)) return 'corrupt: no file list in the key';
  // Both lists are sorted: the same files, position by position, unless one was added or removed.
  const samePaths = old.path.length === now.path.length && old.path.every((path, i) => path === now.path[i]);
  const before = new Map<string, number>();
  if (!samePaths)
    old.path.forEach((path, i) => {
      before.set(path, i);
    });
  let changed = 0;
  let added = 0;
  const examples: string[] = [];
  for (let i = 0; i < now.path.length; i += 1) {
    const path = now.path[i]!;
    const at = samePaths ? i : before.get(path);
    before.delete(path);
    if (at === undefined) added += 1;
    else if (!sameFile(old, at, now, i, hashOf)) changed += 1;
    else continue;
    if (examples.length < 3) examples.push(path);
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
  return `stale: ${files} of ${current.files.path.length} file(s) differ (${counts.join(', ')}${examples.length > 0 ? `: ${examples.join(', ')}${files > examples.length ? ', …' : ''}` : ''})`;
}

/**
 * Whether file `a` of `old` is as it was at the build (file `b` of `now`): by content when it was
 * racy then, else by size and times.
 */
function sameFile(
  old: FileKeys,
  a: number,
  now: FileKeys,
  b: number,
  hashOf: (path: string) => string | null,
): boolean {
  const size = old.size[a];
  if (size === -1 || now.size[b] === -1 || size !== now.size[b]) return false;
  const racy = old.sha1[a];
  if (racy !== undefined) return (now.sha1[b] ?? hashOf(now.path[b]!)) === racy;
  // Not racy at the build, modified within the last moments: it changed (or was touched).
  if (now.sha1[b] !== undefined) return false;
  return old.mtimeMs[a] === now.mtimeMs[b] && old.ctimeMs[a] === now.ctimeMs[b];
}

/** A key's file columns as a snapshot's header holds them, all of one length. */
function isFileKeys(files: unknown): files is FileKeys {
  const f = files as FileKeys | null;
  const n = Array.isArray(f?.path) ? f.path.length : -1;
  return (
    n >= 0 &&
    f!.size?.length === n &&
    f!.mtimeMs?.length === n &&
    f!.ctimeMs?.length === n &&
    typeof f!.sha1 === 'object' &&
    f!.sha1 !== null
  );
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
