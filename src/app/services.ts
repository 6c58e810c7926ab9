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

export interface Services {
  readonly reload: ReloadService;
  readonly articles: ServerArticles;
  readonly router: Router;
  readonly metrics: Metrics;
  readonly feedback: FeedbackStore;
  /** Writes what is pending (feedback lines). */
  close(): Promise<void>;
}

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
}

export async function createServices(options: ServicesOptions): Promise<Services> {
  const { config, log, initial, load } = options;
  const metrics = new Metrics();
  metrics.corpus(initial.stats.documents, initial.stats.sentences);
  const reload = new ReloadService({
    initial,
    load,
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
  const feedback = await FeedbackStore.open({
    dataDir: config.bot.dataDir,
    keepUserIds: config.bot.feedbackUserIds,
    onVote: metrics.feedback,
    log,
  });
  const router = new Router({
    commands: COMMANDS,
    reload,
    articles,
    feedback,
    observe: metrics.observe,
    config: config.bot,
    log,
    cooldowns: options.console !== true,
  });
  return { reload, articles, router, metrics, feedback, close: () => feedback.flush() };
}
