/**
 * The shared corpus across replicas: a `/reload` on one replica builds the new corpus (and writes
 * its snapshot to INDEX_CACHE_DIR), then replaces the corpus generation marker beside that
 * snapshot; every other replica sees the marker move (on its next request, or at the next poll)
 * and reloads too, which loads that snapshot instead of building. The swap runs in the reload
 * service's slices, so answers go on meanwhile, and a reload that fails keeps the running corpus
 * (tried again after FOLLOW_RETRY_MS). Polling, not fs.watch: watches miss changes made by other
 * machines on network volumes. No discord.js here.
 */
import { basename } from 'node:path';
import type { Logger } from '../app/log.ts';
import type { ReloadService } from '../app/reloadService.ts';
import { snapshotFile } from '../indexing/snapshot.ts';
import type { Library, ProgressCallback } from '../library.ts';
import { within } from '../within.ts';
import { readMarker, tokenOf, writeMarker } from './generationMarker.ts';

/** How often a replica reads the corpus marker when no request has: a swap is usually done before the next question. */
export const CORPUS_POLL_MS = 2000;
/**
 * How long a request that finds the marker moved waits for the swap before answering from the
 * running corpus: short, since an /ask is answered within Discord's 3 s without a deferral.
 */
export const FOLLOW_WAIT_MS = 2000;
/**
 * The same with HTTP interactions, where an answer not ready in time is deferred and edited in
 * afterwards (src/http/answers.ts): the request waits for the whole swap of even a large corpus.
 */
export const FOLLOW_WAIT_DEFERRED_MS = 15_000;
/** After a reload that failed, how long before this replica tries the same announcement again. */
export const FOLLOW_RETRY_MS = 30_000;

/** The corpus marker of a corpus directory: beside its snapshot in INDEX_CACHE_DIR, one per directory. */
export function corpusMarkerPath(cacheDir: string, corpusDir: string): string {
  return snapshotFile(cacheDir, corpusDir).replace(/\.snapshot$/, '.generation');
}

/**
 * The corpus marker's token now, for a replica about to make its first load: read before it, so an
 * announcement made during that load is followed afterwards.
 */
export async function corpusToken(cacheDir: string, corpusDir: string): Promise<string | null> {
  return tokenOf(await readMarker(corpusMarkerPath(cacheDir, corpusDir)));
}

export interface CorpusFollowerOptions {
  /** corpusMarkerPath(INDEX_CACHE_DIR, CORPUS_DIR). */
  readonly marker: string;
  readonly log: Logger;
  /** Default CORPUS_POLL_MS; 0: only on requests. */
  readonly pollMs?: number;
  /** Default FOLLOW_WAIT_MS. */
  readonly waitMs?: number;
  readonly clock?: () => number;
}

export class CorpusFollower {
  /** The marker's token as read at the start of the last reload that succeeded here (or at start). */
  private seen: string | null = null;
  private checking: Promise<void> | null = null;
  private retryAt = 0;
  private timer: NodeJS.Timeout | null = null;
  private reload: ReloadService | null = null;
  private readonly clock: () => number;

  constructor(private readonly options: CorpusFollowerOptions) {
    this.clock = options.clock ?? Date.now;
  }

  /**
   * Follows the marker with `reload` (whose loader is `tracking(...)`), and announces that service's
   * own reloads. `loaded`: the token read before the running corpus was loaded (corpusToken); absent,
   * the marker as it is now.
   */
  async start(reload: ReloadService, loaded?: string | null): Promise<void> {
    this.reload = reload;
    reload.replicas = this;
    this.seen = loaded !== undefined ? loaded : tokenOf(await readMarker(this.options.marker));
    const pollMs = this.options.pollMs ?? CORPUS_POLL_MS;
    if (pollMs > 0) {
      this.timer = setInterval(() => void this.check(), pollMs);
      this.timer.unref();
    }
  }

  stop(): void {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
  }

  /**
   * The reload service's loader, wrapped: every reload that succeeds here (its own, a follow, a
   * shard's) is of the generation the marker named when it began.
   */
  tracking(load: (progress: ProgressCallback) => Promise<Library>): (progress: ProgressCallback) => Promise<Library> {
    return async (progress) => {
      const token = tokenOf(await readMarker(this.options.marker));
      const library = await load(progress);
      this.seen = token;
      return library;
    };
  }

  /**
   * After a /reload of this replica's own succeeded: a new marker naming the snapshot, for the others
   * to follow. If another replica announced while this one built, this one follows it afterwards
   * (its build may predate that one's files). Failures are logged: the others then keep their corpus.
   */
  async announce(library: Library): Promise<void> {
    try {
      const before = tokenOf(await readMarker(this.options.marker));
      const written = await writeMarker(this.options.marker, {
        snapshot: basename(this.options.marker).replace(/\.generation$/, '.snapshot'),
        dir: library.corpus.dir,
        documents: library.stats.documents,
        sentences: library.stats.sentences,
      });
      if (before === this.seen) this.seen = written.token;
    } catch (error) {
      this.options.log.error('could not tell the other replicas about the reload', {
        marker: this.options.marker,
        error,
      });
    }
  }

  /** Before a request: swaps to a corpus another replica announced, waiting for it at most waitMs. Never throws. */
  async catchUp(): Promise<void> {
    await within(this.check(), this.options.waitMs ?? FOLLOW_WAIT_MS);
  }

  /** Reads the marker; when it moved, reloads (one check at a time: callers meanwhile share it). */
  private check(): Promise<void> {
    this.checking ??= this.follow().finally(() => {
      this.checking = null;
    });
    return this.checking;
  }

  private async follow(): Promise<void> {
    try {
      const marker = await readMarker(this.options.marker);
      const token = tokenOf(marker);
      const reload = this.reload;
      if (reload === null || token === null || token === this.seen || this.clock() < this.retryAt) return;
      this.options.log.info('another replica reloaded the corpus; loading it', {
        by: marker?.by,
        at: marker?.at,
        snapshot: marker?.snapshot,
      });
      const outcome = await reload.reload(undefined, { others: false });
      if (outcome.ok) {
        this.retryAt = 0;
        this.options.log.info('swapped to the corpus another replica loaded', {
          documents: outcome.after.stats.documents,
          sentences: outcome.after.stats.sentences,
          ms: Math.round(outcome.ms),
        });
      } else {
        // The reload service has logged why; the running corpus stays.
        this.retryAt = this.clock() + FOLLOW_RETRY_MS;
      }
    } catch (error) {
      this.options.log.error('could not follow the corpus marker', { marker: this.options.marker, error });
      this.retryAt = this.clock() + FOLLOW_RETRY_MS;
    }
  }
}
