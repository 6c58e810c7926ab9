/**
 * The reload service: holds the current library and swaps it for a freshly built one. The build
 * runs in slices (`sliceMs`) so the bot keeps answering while a large corpus loads; concurrent
 * reloads share one build; a failed build keeps the running library. No discord.js here: the
 * console uses the same service.
 */
import type { EngineConfig } from '../config/config.ts';
import { buildOptions } from '../config/buildOptions.ts';
import { isCitebotError } from '../errors.ts';
import {
  loadLibrary,
  type BuildProgress,
  type Library,
  type ProgressCallback,
  type SnapshotCache,
} from '../library.ts';
import type { Logger } from './log.ts';

/** Event-loop slice of a reload build: well under the 100 ms a stall may last. */
export const RELOAD_SLICE_MS = 5;

/** How one other shard's swap went. */
export interface PeerReload {
  readonly shard: number;
  readonly ok: boolean;
  /** Why it kept its corpus (when not ok). */
  readonly reason?: string;
  /** It did not answer in time (the reason says within how long): it may still swap later. */
  readonly silent?: boolean;
}

/**
 * Other replicas sharing the corpus folder and INDEX_CACHE_DIR (src/replicas/corpusFollower.ts):
 * told after this service's own reload succeeded, so that they load the same corpus.
 */
export interface Replicas {
  announce(library: Library): Promise<void>;
}

/**
 * The other shards of a sharded bot (src/discord/shards.ts): after this shard's reload has built the
 * new corpus (and written its snapshot), each of them reloads too, loading that snapshot.
 */
export interface Peers {
  /** Shards in all, this one included. */
  readonly total: number;
  reloadOthers(): Promise<readonly PeerReload[]>;
}

export type ReloadOutcome =
  | {
      readonly ok: true;
      readonly before: Library;
      readonly after: Library;
      readonly ms: number;
      readonly joined: boolean;
      /** With shards: how many swapped (this one included) and which kept their corpus. */
      readonly shards?: { readonly total: number; readonly swapped: number; readonly failed: readonly PeerReload[] };
    }
  | {
      readonly ok: false;
      readonly before: Library;
      readonly error: unknown;
      readonly ms: number;
      readonly joined: boolean;
    };

export interface ReloadServiceOptions {
  readonly initial: Library;
  /** Builds a new library from the corpus directory, telling `progress` how it goes; throws when it cannot. */
  readonly load: (progress: ProgressCallback) => Promise<Library>;
  readonly log: Logger;
  /** Told how each reload went (metrics); must not throw. */
  readonly observe?: (outcome: ReloadOutcome) => void;
}

export class ReloadService {
  /** Set once the bot knows its shards (after login); null when it runs alone. */
  peers: Peers | null = null;
  /** Set when the corpus is followed across replicas (createServices); null alone. */
  replicas: Replicas | null = null;
  private library: Library;
  private inFlight: Promise<ReloadOutcome> | null = null;
  private readonly load: (progress: ProgressCallback) => Promise<Library>;
  private readonly log: Logger;
  /** Who wants the running reload's progress (every caller that started or joined it). */
  private readonly listeners = new Set<ProgressCallback>();
  private lastProgress: BuildProgress | null = null;

  constructor(options: ReloadServiceOptions) {
    this.library = options.initial;
    this.load = options.load;
    this.log = options.log;
    this.observe = options.observe ?? (() => undefined);
  }

  private readonly observe: (outcome: ReloadOutcome) => void;

  /** The library requests should use now; a request keeps the value it took for its whole run. */
  get current(): Library {
    return this.library;
  }

  get reloading(): boolean {
    return this.inFlight !== null;
  }

  /** How the running reload goes, or null when none runs (or it has not reported yet). */
  get progress(): BuildProgress | null {
    return this.inFlight === null ? null : this.lastProgress;
  }

  /**
   * Rebuilds and swaps. A call while a reload runs joins it (`joined: true`) instead of starting
   * another. `onProgress` hears how the build goes until it ends (a joining call too). `others`:
   * false when following another shard or replica (this reload is not announced to anyone).
   */
  reload(onProgress?: ProgressCallback, { others = true }: { readonly others?: boolean } = {}): Promise<ReloadOutcome> {
    if (onProgress) this.listeners.add(onProgress);
    const forget = <T>(outcome: T): T => {
      if (onProgress) this.listeners.delete(onProgress);
      return outcome;
    };
    if (this.inFlight !== null) return this.inFlight.then((outcome) => forget({ ...outcome, joined: true }));
    this.lastProgress = null;
    const run = this.run(others)
      .finally(() => {
        this.inFlight = null;
        this.lastProgress = null;
      })
      .then(forget);
    this.inFlight = run;
    return run;
  }

  private async run(others: boolean): Promise<ReloadOutcome> {
    const outcome = await this.build();
    // A reload of its own (not one following another shard or replica): the replicas follow it.
    if (outcome.ok && others && this.replicas !== null) await this.replicas.announce(outcome.after);
    const peers = this.peers;
    if (!outcome.ok || !others || peers === null) return this.observed(outcome);
    const results = await peers.reloadOthers().catch((error: unknown): PeerReload[] => {
      this.log.error('could not reach the other shards', { error });
      return [];
    });
    const failed = results.filter((r) => !r.ok);
    // A shard that did not answer kept its corpus as surely as one that failed.
    const swapped = 1 + results.filter((r) => r.ok).length;
    if (swapped < peers.total) this.log.warn('some shards kept their corpus', { swapped, total: peers.total, failed });
    return this.observed({ ...outcome, shards: { total: peers.total, swapped, failed } });
  }

  private observed(outcome: ReloadOutcome): ReloadOutcome {
    try {
      this.observe(outcome);
    } catch (error) {
      this.log.warn('reload observer failed', { error });
    }
    return outcome;
  }

  private async build(): Promise<ReloadOutcome> {
    const before = this.library;
    const started = performance.now();
    this.log.info('reload started', { dir: before.corpus.dir });
    try {
      const after = await this.load((progress) => {
        this.lastProgress = progress;
        for (const listener of [...this.listeners]) {
          try {
            listener(progress);
          } catch (error) {
            this.log.error('reload progress listener failed', { error });
          }
        }
      });
      this.library = after;
      const ms = performance.now() - started;
      this.log.info('reload finished', {
        dir: after.corpus.dir,
        documents: after.stats.documents,
        sentences: after.stats.sentences,
        skipped: after.corpus.skipped.length,
        ms: Math.round(ms),
      });
      return { ok: true, before, after, ms, joined: false };
    } catch (error) {
      const ms = performance.now() - started;
      if (isCitebotError(error))
        this.log.warn('reload failed, keeping the running corpus', {
          dir: before.corpus.dir,
          code: error.code,
          reason: error.message,
        });
      else this.log.error('reload crashed, keeping the running corpus', { dir: before.corpus.dir, error });
      return { ok: false, before, error, ms, joined: false };
    }
  }
}

/** How the bot loads: `cache: false` (`npm start -- --no-cache`) neither reads nor writes an index snapshot. */
export interface LoaderOptions {
  readonly cache?: boolean;
  /** Hears why a snapshot was not used (info: stale; warn: damaged) or could not be written (warn); debug: loaded, written. */
  readonly log?: Logger;
}

/**
 * The loader a running bot starts and reloads with: the configured directory, built in slices, from
 * (and into) the index snapshot in INDEX_CACHE_DIR unless `cache: false`. Without a logger, the
 * snapshot's lines go to stderr.
 */
export function corpusLoader(
  engine: EngineConfig,
  sliceMs = RELOAD_SLICE_MS,
  options: LoaderOptions = {},
): (progress: ProgressCallback) => Promise<Library> {
  const log = options.log;
  const cache: SnapshotCache | null =
    options.cache === false
      ? null
      : {
          dir: engine.indexCacheDir,
          log: (line, level) => {
            if (log) log[level](line, { cacheDir: engine.indexCacheDir });
            else if (level !== 'debug') process.stderr.write(`${level}: ${line}\n`);
          },
        };
  // The bot answers as soon as the snapshot's smaller arrays are in; the rest follows (library.ts).
  return (progress) =>
    loadLibrary(engine.corpusDir, { ...buildOptions(engine, sliceMs), progress, cache, arrays: 'deferred' });
}
