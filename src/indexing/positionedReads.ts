/**
 * Positioned reads of a snapshot file: all of `into` from `position`, in as many reads as the
 * operating system takes. The bytes read: fewer only at the end of the file (a truncated file).
 */
import { readSync } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';

/** On libuv's threads. */
export async function readFully(handle: FileHandle, into: Uint8Array, position: number): Promise<number> {
  let done = 0;
  while (done < into.length) {
    const { bytesRead } = await handle.read(into, done, into.length - done, position + done);
    if (bytesRead === 0) break;
    done += bytesRead;
  }
  return done;
}

/** On this thread: a text or a few blocks a question needs now, from the page cache. */
export function readFullySync(fd: number, into: Uint8Array, position: number): number {
  let done = 0;
  while (done < into.length) {
    const read = readSync(fd, into, done, into.length - done, position + done);
    if (read === 0) break;
    done += read;
  }
  return done;
}
