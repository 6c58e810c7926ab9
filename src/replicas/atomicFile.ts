/**
 * Writes that several processes may make at once into one shared folder (replicas on a shared
 * volume, shards on one machine): each writes a temporary file of its own, then renames it over the
 * target (a reader sees the old file or the new one, never half of either), or links it to a name
 * only if that name is free (two writers never take the same name). No discord.js here.
 */
import { randomBytes } from 'node:crypto';
import { access, link, rename, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * A temporary name beside `path`, unique to this write: the pid alone is not (replicas in containers
 * are each pid 1, and on two machines pids repeat). Starts with a dot, so the corpus loader skips it,
 * and holds `.tmp-`, so a folder's clean-up can tell it from a finished file.
 */
export function temporaryPath(path: string): string {
  return join(dirname(path), `.${basename(path)}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
}

/** Replaces `path` whole with `data`. Throws on failure, leaving no temporary file. */
export async function writeFileAtomically(
  path: string,
  data: string | Uint8Array | readonly Uint8Array[],
): Promise<void> {
  const temporary = temporaryPath(path);
  try {
    await writeFile(temporary, data as string | Uint8Array[]);
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}

/**
 * Puts the finished file `temporary` at `path` only if no file is there: true when it did (the
 * temporary name is gone), false when `path` was taken (the temporary file is left to the caller).
 * A hard link fails when the name exists, atomically, on local and network file systems alike;
 * where links are not supported, a check then a rename (a narrow race with another writer).
 */
export async function linkIfFree(temporary: string, path: string): Promise<boolean> {
  try {
    await link(temporary, path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw error;
    if (await exists(path)) return false;
    await rename(temporary, path);
    return true;
  }
  await unlink(temporary).catch(() => undefined);
  return true;
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}
