/**
 * Generation markers: how processes sharing DATA_DIR and INDEX_CACHE_DIR (replicas) tell each other
 * that something shared changed (a server's articles, the corpus). A marker is a small JSON file
 * replaced whole at every change, with a new random token; a replica remembers the token it last
 * acted on and reads the marker (one small read: cheap enough for every request) to see whether
 * it moved. Written after the change it announces, read before the state it covers is read: so a
 * change made after a replica's read always leaves a token that replica has not seen.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { dirname } from 'node:path';
import { writeFileAtomically } from './atomicFile.ts';

/** What a marker says: its token, and for the log what changed, by whom and when. */
export interface Marker {
  readonly token: string;
  /** `host:pid` of the writer. */
  readonly by: string;
  /** ISO 8601. */
  readonly at: string;
  /** Anything else worth a log line (the snapshot a corpus marker names, counts). */
  readonly [field: string]: unknown;
}

/** The marker at `path`, or null when there is none (or it cannot be read or parsed: treated as none). */
export async function readMarker(path: string): Promise<Marker | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return null;
  }
  try {
    const value = JSON.parse(text) as Marker;
    return typeof value === 'object' && value !== null && typeof value.token === 'string' ? value : null;
  } catch {
    return null;
  }
}

/** Replaces the marker at `path` with a new token (and `fields`); returns what it wrote. */
export async function writeMarker(path: string, fields: Record<string, unknown> = {}): Promise<Marker> {
  const marker: Marker = { ...fields, token: randomUUID(), by: WRITER, at: new Date().toISOString() };
  await mkdir(dirname(path), { recursive: true });
  await writeFileAtomically(path, `${JSON.stringify(marker)}\n`);
  return marker;
}

/** The token of a marker, null for none: what a replica remembers. */
export const tokenOf = (marker: Marker | null): string | null => marker?.token ?? null;

const WRITER = `${hostname()}:${process.pid}`;
