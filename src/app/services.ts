/**
 * What `npm start` runs, wired once from the configuration: the reload service (the shared
 * corpus), servers' own articles, feedback, metrics and the router over the commands. The console,
 * a one-process bot and each shard of a sharded bot all start from here; only their front ends
 * differ. No discord.js here.
 */
import type { Config } from '../config/config.ts';
import { buildOptions } from '../config/buildOptions.ts';
import { FeedbackStore } from '../feedback/store.ts';
import type { Library, ProgressCallback } from '../library.ts';
import { Metrics } from '../metrics/metrics.ts';
import { COMMANDS } from './commands/all.ts';
import type { Logger } from './log.ts';
import { RELOAD_SLICE_MS, ReloadService } from './reloadService.ts';
import { Router } from './router.ts';
import { ServerArticles } from './serverArticles.ts';
import { CorpusFollower, corpusMarkerPath } from '../replicas/corpusFollower.ts';
import { Feeds } from '../feeds/service.ts';
import { Lease } from '../storage/lease.ts';

export interface Services {
  readonly reload: ReloadService;
  readonly articles: ServerArticles;
  readonly router: Router;
  readonly metrics: Metrics;
  readonly feedback: FeedbackStore;
  readonly feeds: Feeds;
  /**
   * Polls the feeds in this process, while it holds the feed lease in DATA_DIR (so of several
   * processes sharing DATA_DIR, exactly one polls). Call in the one process that should.
   */
  pollFeeds(): void;
  /** Stops polling feeds (the lease given up) and following other replicas; writes what is pending (feedback lines). */
  close(): Promise<void>;
}

/** The feed lease's file names (`feeds.lease.<term>` in DATA_DIR) and how long it lasts unless renewed. */
export const FEED_LEASE = { name: 'feeds.lease', ttlMs: 30_000 } as const;

const DAY_MS = 24 * 60 * 60 * 1000;

export interface ServicesOptions {
  readonly config: Config;
  readonly log: Logger;
  readonly initial: Library;
  /** The one loader for every reload (the first load used it too). */
  readonly load: (progress: ProgressCallback) => Promise<Library>;
  /** The console: one operator, no cooldowns. */
  readonly console?: boolean;
  /** Which servers' articles this process keeps (a shard: those it serves). Default all. */
  readonly serves?: (guildId: string) => boolean;
  /**
   * The corpus marker's token read before `initial` was loaded (corpusToken in src/replicas/): a
   * /reload another replica announces meanwhile is then followed. Absent: read when the services start.
   */
  readonly corpusToken?: string | null;
  /** How long a request waits for another replica's corpus to load (FOLLOW_WAIT_MS; specs on a busy machine give more). */
  readonly followWaitMs?: number;
}

export async function createServices(options: ServicesOptions): Promise<Services> {
  const { config, log, initial, load } = options;
  const metrics = new Metrics();
  metrics.corpus(initial.stats.documents, initial.stats.sentences);
  const follower = new CorpusFollower({
    marker: corpusMarkerPath(config.engine.indexCacheDir, config.engine.corpusDir),
    log,
    ...(options.followWaitMs === undefined ? {} : { waitMs: options.followWaitMs }),
  });
  const reload = new ReloadService({
    initial,
    load: follower.tracking(load),
    log,
    observe: (outcome) => {
      metrics.reload(outcome.ok, outcome.ms / 1000);
      if (outcome.ok) metrics.corpus(outcome.after.stats.documents, outcome.after.stats.sentences);
    },
  });
  const articles = new ServerArticles({
    dataDir: config.bot.dataDir,
    shared: () => reload.current,
    buildOptions: buildOptions(config.engine, RELOAD_SLICE_MS),
    limits: { maxFileBytes: config.engine.maxFileBytes, allowPrivateUrls: config.bot.allowPrivateUrls },
    log,
  });
  await articles.start(options.serves);
  await follower.start(reload, options.corpusToken);
  const feedback = await FeedbackStore.open({
    dataDir: config.bot.dataDir,
    keepUserIds: config.bot.feedbackUserIds,
    onVote: metrics.feedback,
    log,
  });
  const feeds = new Feeds({
    dataDir: config.bot.dataDir,
    articles,
    settings: {
      pollMs: config.feeds.pollMinutes * 60_000,
      maxPerServer: config.feeds.maxPerServer,
      maxAgeMs: config.feeds.maxAgeDays === null ? Number.POSITIVE_INFINITY : config.feeds.maxAgeDays * DAY_MS,
      keepMs: config.feeds.keepDays * DAY_MS,
      maxBytes: config.engine.maxFileBytes,
      allowPrivate: config.bot.allowPrivateUrls,
    },
    log,
    observe: metrics.feeds,
  });
  await feeds.load();
  const router = new Router({
    commands: COMMANDS,
    reload,
    articles,
    feeds,
    feedback,
    observe: metrics.observe,
    config: config.bot,
    log,
    cooldowns: options.console !== true,
    // What other replicas changed (the corpus, this server's articles) before a request runs.
    catchUp: async (guildId) => {
      await Promise.all([follower.catchUp(), articles.catchUp(guildId)]);
    },
  });
  return {
    reload,
    articles,
    router,
    metrics,
    feedback,
    feeds,
    pollFeeds: () =>
      feeds.start(
        new Lease({ dir: config.bot.dataDir, name: FEED_LEASE.name, ttlMs: FEED_LEASE.ttlMs }),
        FEED_LEASE.ttlMs,
      ),
    close: async () => {
      await feeds.stop();
      follower.stop();
      await feedback.flush();
    },
  };
}
