/**
 * `npm start`: loads the corpus, then serves HTTP interactions when INTERACTIONS_PORT is set, runs
 * the bot on Discord's gateway when DISCORD_TOKEN is set, else an interactive console in the
 * terminal driving the same command handlers.
 */
import { resolve } from 'node:path';
import { createLogger, expected, type Logger } from './app/log.ts';
import { fileURLToPath } from 'node:url';
import type { ShardingManager } from 'discord.js';
import { corpusLoader } from './app/reloadService.ts';
import { createServices, type Services } from './app/services.ts';
import { corpusToken, FOLLOW_WAIT_DEFERRED_MS } from './replicas/corpusFollower.ts';
import { loadConfig, parseConfig, type Config, type DiscordConfig, type InteractionsConfig } from './config/config.ts';
import { CORPUS_OPTION, helpText, NO_CACHE_OPTION, parseCommandLine, type CommandSpec } from './cli/commandLine.ts';
import { EXIT_CONFIG, EXIT_FAILURE } from './exitCodes.ts';
import { aggregate, shardsAnswered } from './metrics/metrics.ts';
import type { Health, HealthServer } from './metrics/server.ts';
import { shardForGuild, shardOfProcess } from './discord/shardOfProcess.ts';
import { runConsole } from './console/console.ts';
import { statusLine } from './console/statusLine.ts';
import { consoleAnnouncer } from './console/announcer.ts';
import { NO_TOKEN_ANNOUNCER } from './http/announcer.ts';
import type { Diagnosis } from './discord/connection.ts';
import { isCitebotError } from './errors.ts';
import type { BuildProgress, Library, ProgressCallback } from './library.ts';
import { plural } from './replies/words.ts';
import { copyReport } from './search/copies.ts';

const START = {
  command: 'npm start --',
  summary:
    'Runs citebot: serving HTTP interactions when INTERACTIONS_PORT is set, on the Discord gateway when DISCORD_TOKEN is set (see .env.example), else as a console in this terminal with the same slash commands.',
  options: {
    corpus: CORPUS_OPTION,
    'no-cache': NO_CACHE_OPTION,
  },
  notes: ['Every setting is an environment variable or a line in .env: .env.example lists them all.'],
} as const satisfies CommandSpec;

/** Where the corpus directory came from, to name it when it cannot be read. */
type CorpusOrigin = '--corpus' | 'CORPUS_DIR' | 'default';

/**
 * `--corpus DIR` reads that directory instead of CORPUS_DIR, as `npm run ask` does; `--no-cache`
 * builds the index, neither reading nor writing a snapshot.
 */
function withCommandLine(
  config: Config,
  args: readonly string[],
): { config: Config; noCache: boolean; help: boolean; origin: CorpusOrigin } {
  const { values } = parseCommandLine(START, args);
  const origin: CorpusOrigin =
    values.corpus !== undefined ? '--corpus' : process.env.CORPUS_DIR?.trim() ? 'CORPUS_DIR' : 'default';
  return {
    config:
      values.corpus === undefined ? config : { ...config, engine: { ...config.engine, corpusDir: values.corpus } },
    noCache: values['no-cache'],
    help: values.help,
    origin,
  };
}

async function main(): Promise<void> {
  let config: Config;
  let noCache: boolean;
  let origin: CorpusOrigin;
  try {
    // The command line first: --help answers even when the configuration is broken.
    const { help } = withCommandLine(parseConfig({}), process.argv.slice(2));
    if (help) {
      process.stdout.write(helpText(START));
      process.exit(0);
    }
    ({ config, noCache, origin } = withCommandLine(loadConfig(), process.argv.slice(2)));
  } catch (error) {
    const usage = isCitebotError(error) && error.code === 'USAGE';
    process.stderr.write(
      `${isCitebotError(error) ? error.message : String(error)}${usage ? '' : '\nSee .env.example for every variable.'}\n`,
    );
    // A configuration the operator must fix: a restart would fail the same way (sysexits' EX_CONFIG).
    process.exit(usage ? 1 : EXIT_CONFIG);
  }
  const consoleMode = config.discord === null && config.interactions === null;
  const log = consoleMode
    ? createLogger(config.bot.logLevel === 'debug' ? 'debug' : 'warn', undefined, 'text')
    : createLogger(config.bot.logLevel);
  process.on('unhandledRejection', (reason) => log.error('unhandled promise rejection', { error: reason }));
  process.on('uncaughtException', (error) => {
    log.error('uncaught exception, exiting', { error });
    process.exit(1);
  });

  // One loader for the first load and every reload.
  const load = corpusLoader(config.engine, undefined, { log, cache: !noCache });
  const shard = shardOfProcess();
  // A shard whose manager is gone (killed, crashed: its IPC channel closed) stops too: a manager
  // started again runs its own shards, and a second session of a shard would answer twice.
  let orphaned = (): void => process.exit(1);
  if (shard !== null)
    process.once('disconnect', () => {
      log.warn('the shard manager is gone; stopping this shard', { shard: shard.id });
      orphaned();
    });
  if (config.interactions === null && config.discord !== null && shard === null && config.scale.shards !== 1) {
    return runShardManager(config, config.discord, load, log, origin);
  }
  // Before the load: a /reload another replica announces while this one loads is followed after.
  const token = await corpusToken(config.engine.indexCacheDir, config.engine.corpusDir);
  const initial = await loadInitial(config, load, log, consoleMode, origin);
  const services = await createServices({
    config,
    log,
    initial,
    corpusToken: token,
    load,
    console: consoleMode,
    // Only the gateway must answer within Discord's 3 s: an HTTP answer that is late is deferred, and
    // the console has no deadline, so there a request may wait for another replica's whole corpus.
    ...(config.interactions === null && config.discord !== null ? {} : { followWaitMs: FOLLOW_WAIT_DEFERRED_MS }),
    ...(shard === null ? {} : { serves: (guildId: string) => shardForGuild(guildId, shard.count) === shard.id }),
  });
  const { router, reload, metrics } = services;

  if (config.interactions !== null) return runInteractions(config, config.interactions, services, log);
  if (config.discord === null) {
    const stop = (): void => {
      void services.close().finally(() => process.exit(0));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    services.feeds.announcer = consoleAnnouncer(process.stdout);
    services.pollFeeds();
    await runConsole({
      router,
      input: process.stdin,
      output: process.stdout,
      banner: `${initial.stats.documents} article(s), ${initial.stats.sentences} sentences from ${initial.corpus.dir}.`,
      library: () => reload.current,
    });
    await services.close();
    process.exit(0);
  }

  // The gateway's modules (discord.js, ~1 s of CPU to import) only in the modes that use them.
  const [{ DiscordBot }, { installShardApi, peersOf }, { diagnose }, { discordAnnouncer }] = await Promise.all([
    import('./discord/bot.ts'),
    import('./discord/shards.ts'),
    import('./discord/connection.ts'),
    import('./discord/announcer.ts'),
  ]);
  const bot = new DiscordBot({ discord: config.discord, router, log });
  const health = (): Health => bot.health();
  installShardApi(bot.client, {
    reload: async () => {
      const outcome = await reload.reload(undefined, { others: false });
      return outcome.ok
        ? { ok: true }
        : {
            ok: false,
            reason: isCitebotError(outcome.error) ? outcome.error.message : 'unexpected error (see its log)',
          };
    },
    metrics: () => metrics.json(),
    health,
  });
  // A shard's metrics are served by the manager, for all shards.
  const server = shard !== null ? null : await serveHealth(config, log, health, () => metrics.text());
  let stopping = false;
  const shutdown = onStopSignals(log, 'shutting down', async () => {
    stopping = true;
    await Promise.all([bot.stop(), server?.close()]);
    await services.close();
  });
  orphaned = () => shutdown('manager gone');
  const context = { apiBase: config.discord.apiBase };
  try {
    await bot.start();
  } catch (error) {
    // Expected failures get one line with the cause and the fix; anything else is a bug, with its stack.
    const diagnosis = diagnose(error, context);
    if (diagnosis === null) log.error('could not connect to Discord: unexpected error', { error });
    else log.error(`could not connect to Discord: ${diagnosis.cause}`, { fix: diagnosis.fix, error: expected(error) });
    process.exit(exitStatusOf(diagnosis));
  }
  reload.peers = peersOf(bot.client, log, config.scale.shardTimeoutMs);
  // Feeds are polled once: by this process, or with shards by shard 0 (the shard serving a server
  // reads what it added at its next request: the server's generation marker moved).
  services.feeds.announcer = discordAnnouncer(bot.client.rest, log);
  if (shard === null || shard.id === 0) services.pollFeeds();
  // Discord ended the session for good (say the token was reset): the bot is offline, so say why
  // and exit non-zero for the process manager, rather than linger or exit as if asked to.
  const closed = await bot.closed;
  if (stopping) return;
  const diagnosis = diagnose(closed, context);
  log.error(`disconnected from Discord: ${diagnosis?.cause ?? closed.message}`, {
    ...(diagnosis ? { fix: diagnosis.fix } : {}),
    error: expected(closed),
  });
  process.exit(exitStatusOf(diagnosis));
}

/**
 * INTERACTIONS_PORT: Discord POSTs the interactions here (src/http/), answered by the same router;
 * no gateway connection and no bot token. Logs the address it listens on (the port bound, when
 * INTERACTIONS_PORT is 0), serves /healthz and /metrics on METRICS_PORT as the gateway bot does,
 * and on SIGTERM lets answers in flight finish.
 */
async function runInteractions(
  config: Config,
  interactions: InteractionsConfig,
  services: Services,
  log: Logger,
): Promise<void> {
  if (config.discord !== null)
    log.info('INTERACTIONS_PORT is set: serving HTTP interactions; DISCORD_TOKEN is not used (no gateway connection)');
  const [{ InteractionAnswers }, { startInteractionServer }, { publicKeyFromHex }, { Webhooks }] = await Promise.all([
    import('./http/answers.ts'),
    import('./http/server.ts'),
    import('./http/signature.ts'),
    import('./discord/webhook.ts'),
  ]);
  const answers = new InteractionAnswers({
    router: services.router,
    webhooks: new Webhooks(interactions.apiBase),
    log,
    applicationId: interactions.applicationId,
  });
  const { port, host } = interactions;
  let server: Awaited<ReturnType<typeof startInteractionServer>>;
  try {
    server = await startInteractionServer({
      port,
      host,
      publicKey: publicKeyFromHex(interactions.publicKey),
      answers,
      log,
    });
  } catch (error) {
    log.error(`could not serve HTTP interactions on ${host}:${port} (INTERACTIONS_PORT, INTERACTIONS_HOST)`, {
      error: expected(error),
    });
    process.exit(1);
  }
  log.info('serving HTTP interactions', { url: server.url, host, port: server.port, pid: process.pid });
  // Feeds: polled by whichever process sharing DATA_DIR holds the feed lease; announced with the
  // bot token when there is one (HTTP interactions alone cannot post in a channel).
  // discord.js only to announce feeds with a bot token.
  if (config.discord === null) services.feeds.announcer = NO_TOKEN_ANNOUNCER;
  else {
    const [{ discordAnnouncer }, { restOptions }, { REST }] = await Promise.all([
      import('./discord/announcer.ts'),
      import('./discord/connection.ts'),
      import('discord.js'),
    ]);
    services.feeds.announcer = discordAnnouncer(
      new REST(restOptions(interactions.apiBase)).setToken(config.discord.token),
      log,
    );
  }
  services.pollFeeds();
  const health = await serveHealth(
    config,
    log,
    () => answers.health(),
    () => services.metrics.text(),
  );
  onStopSignals(log, 'shutting down', async () => {
    const closing = server.close();
    await answers.stop();
    await Promise.all([closing, health?.close()]);
    await services.close();
  });
}

/** EXIT_CONFIG when only the operator can fix it (a rejected token), so a supervisor does not restart in a loop. */
function exitStatusOf(diagnosis: Diagnosis | null): number {
  return diagnosis?.configuration === true ? EXIT_CONFIG : EXIT_FAILURE;
}

/**
 * SHARDS other than 1: this process only manages. It builds the index once (writing the snapshot
 * every shard then loads), starts the shards, serves health and metrics for all of them, and
 * stops them all on SIGTERM.
 */
async function runShardManager(
  config: Config,
  discord: DiscordConfig,
  load: (progress: ProgressCallback) => Promise<Library>,
  log: Logger,
  origin: CorpusOrigin,
): Promise<void> {
  const { askShards, HEALTH_ANSWER_MS, shardCount, startShards, stopShards } = await import('./discord/shards.ts');
  let count: number;
  try {
    count = await shardCount(config.scale.shards, discord);
  } catch (error) {
    log.error('could not ask Discord how many shards to run (GET /gateway/bot)', { error: expected(error) });
    process.exit(1);
  }
  await loadInitial(config, load, log, false, origin);
  log.info('starting shards', { shards: count, pid: process.pid });
  let manager: ShardingManager;
  try {
    // The shards start as this process did: `npm start`'s bundle launcher, or this file under tsx.
    const script = process.argv[1] ?? fileURLToPath(import.meta.url);
    manager = await startShards({ script, token: discord.token, count, log });
  } catch (error) {
    // The shard that failed has logged why (a reset token, an unreachable API…).
    log.error('could not start the shards: a shard stopped before it was ready (see its log above)', {
      error: expected(error),
    });
    process.exit(1);
  }
  // A probe gets its answer within 2 s: a shard that is stuck is named, not waited for.
  const askWithin = Math.min(config.scale.shardTimeoutMs, HEALTH_ANSWER_MS);
  const server = await serveHealth(
    config,
    log,
    async () => {
      const answers = await askShards(manager, 'health', askWithin);
      const sick = answers.flatMap((a) => {
        if (!a.ok) return [`shard ${a.shard} ${a.why}`];
        return a.value.ok ? [] : [`shard ${a.shard}: ${a.value.reason ?? 'unhealthy'}`];
      });
      return sick.length === 0 ? { ok: true } : { ok: false, reason: sick.join('; ') };
    },
    async () => {
      // The shards that answered, summed, and which did not (citebot_shard_answered 0).
      const answers = await askShards(manager, 'metrics', askWithin);
      const values = answers.flatMap((a) => (a.ok ? [a.value] : []));
      return aggregate([...values, await shardsAnswered(answers)]);
    },
  );
  onStopSignals(log, 'shutting down the shards', async () => {
    await Promise.all([stopShards(manager), server?.close()]);
  });
}

/**
 * The health and metrics endpoint on METRICS_PORT, or null without one. A port that cannot be
 * bound (in use, not allowed) stops the start with one line naming the variable.
 */
async function serveHealth(
  config: Config,
  log: Logger,
  health: () => Health | Promise<Health>,
  metrics: () => Promise<string>,
): Promise<HealthServer | null> {
  const { metricsPort: port, metricsHost: host } = config.scale;
  if (port === null) return null;
  const { startHealthServer } = await import('./metrics/server.ts');
  try {
    const server = await startHealthServer({ port, host, health, metrics });
    log.info('health and metrics endpoint listening', { host, port: server.port });
    return server;
  } catch (error) {
    log.error(`could not serve /healthz and /metrics on ${host}:${port} (METRICS_PORT, METRICS_HOST)`, {
      error: expected(error),
    });
    process.exit(1);
  }
}

/**
 * On SIGINT or SIGTERM: says so, runs `stop`, exits 0 (1 if it fails); a second signal exits at
 * once. Returns the same shutdown for another cause (once stopping, it does nothing).
 */
function onStopSignals(log: Logger, message: string, stop: () => Promise<void>): (cause: string) => void {
  let stopping = false;
  const shutdown = (signal: string): void => {
    if (stopping) process.exit(1);
    stopping = true;
    log.info(message, { signal });
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error('error while shutting down', { error });
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  return (cause) => {
    if (!stopping) shutdown(cause);
  };
}

/**
 * Loads the corpus, saying first how many files it reads from where (a plain line for the console,
 * a log line for the bot), then on a terminal one status line updated as it goes and cleared at the end.
 */
async function loadInitial(
  config: Config,
  load: (progress: ProgressCallback) => Promise<Library>,
  log: Logger,
  consoleMode: boolean,
  origin: CorpusOrigin,
): Promise<Library> {
  const status = statusLine(process.stderr);
  let announced = false;
  const progress = (p: BuildProgress): void => {
    if (!announced) {
      announced = true;
      const text = `loading ${plural(p.filesTotal, 'file')} from ${resolve(config.engine.corpusDir)}…`;
      if (consoleMode) process.stderr.write(`${text}\n`);
      else log.info(text, { dir: resolve(config.engine.corpusDir), files: p.filesTotal });
    }
    status.update(p);
  };
  try {
    const library = await load(progress).finally(status.clear);
    for (const skipped of library.corpus.skipped)
      log.warn('skipped a corpus file', { file: skipped.file, reason: skipped.reason, message: skipped.message });
    for (const notice of library.corpus.notices)
      log.warn('read a corpus file with a caveat', { file: notice.file, message: notice.message });
    const copies = copyReport(library.corpus.documents, library.index.copies);
    if (copies.exact.length > 0)
      log.info('exact copies in the corpus: their sentences are shown once, the copies cited as "also in"', {
        count: copies.exact.length,
        copies: copies.exact.slice(0, 20).map((e) => `${e.copy.id} = ${e.of.id}`),
        nearCopies: copies.near,
      });
    log.info('corpus loaded', {
      dir: library.corpus.dir,
      documents: library.stats.documents,
      sentences: library.stats.sentences,
      ms: Math.round(library.buildMs),
    });
    return library;
  } catch (error) {
    if (isCitebotError(error)) {
      const fix =
        origin === '--corpus'
          ? 'check the directory given with --corpus'
          : origin === 'CORPUS_DIR'
            ? 'check CORPUS_DIR (environment or .env)'
            : 'set CORPUS_DIR, or pass --corpus DIR, to the directory of your articles';
      process.stderr.write(`error: ${error.message} (${fix})\n`);
      process.exit(EXIT_CONFIG);
    }
    throw error;
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
