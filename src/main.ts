/**
 * `npm start`: loads the corpus, then runs the bot on Discord when DISCORD_TOKEN is set, else an
 * interactive console in the terminal driving the same command handlers.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { COMMANDS } from './app/commands/all.ts';
import { createLogger, expected, type Logger } from './app/log.ts';
import { corpusLoader, RELOAD_SLICE_MS, ReloadService } from './app/reloadService.ts';
import { Router } from './app/router.ts';
import { ServerArticles } from './app/serverArticles.ts';
import { buildOptions } from './config/buildOptions.ts';
import { loadConfig, type Config } from './config/config.ts';
import { runConsole } from './console/console.ts';
import { statusLine } from './console/statusLine.ts';
import { diagnose, DiscordBot } from './discord/bot.ts';
import { CitebotError, isCitebotError } from './errors.ts';
import type { BuildProgress, Library, ProgressCallback } from './library.ts';
import { plural } from './replies/words.ts';

const USAGE = 'usage: npm start [-- --corpus DIR]';

/** `--corpus DIR` reads that directory instead of CORPUS_DIR, as `npm run ask` does. */
function withCommandLine(config: Config, args: readonly string[]): Config {
  let values: { corpus?: string | undefined };
  try {
    ({ values } = parseArgs({ args: [...args], options: { corpus: { type: 'string' } } }));
  } catch (error) {
    throw new CitebotError('USAGE', (error as Error).message);
  }
  return values.corpus === undefined ? config : { ...config, engine: { ...config.engine, corpusDir: values.corpus } };
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = withCommandLine(loadConfig(), process.argv.slice(2));
  } catch (error) {
    const usage = isCitebotError(error) && error.code === 'USAGE';
    process.stderr.write(
      `${isCitebotError(error) ? error.message : String(error)}\n${usage ? USAGE : 'See .env.example for every variable.'}\n`,
    );
    process.exit(1);
  }
  const consoleMode = config.discord === null;
  const log = consoleMode
    ? createLogger(config.bot.logLevel === 'debug' ? 'debug' : 'warn', undefined, 'text')
    : createLogger(config.bot.logLevel);
  process.on('unhandledRejection', (reason) => log.error('unhandled promise rejection', { error: reason }));
  process.on('uncaughtException', (error) => {
    log.error('uncaught exception, exiting', { error });
    process.exit(1);
  });

  // One loader for the first load and every reload.
  const load = corpusLoader(config.engine);
  const initial = await loadInitial(config, load, log, consoleMode);
  const reload = new ReloadService({ initial, load, log });
  const articles = new ServerArticles({
    dataDir: config.bot.dataDir,
    shared: () => reload.current,
    buildOptions: buildOptions(config.engine, RELOAD_SLICE_MS),
    limits: { maxFileBytes: config.engine.maxFileBytes, allowPrivateUrls: config.bot.allowPrivateUrls },
    log,
  });
  await articles.start();

  if (config.discord === null) {
    const router = new Router({ commands: COMMANDS, reload, articles, config: config.bot, log, cooldowns: false });
    const stop = (): never => process.exit(0);
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    await runConsole({
      router,
      input: process.stdin,
      output: process.stdout,
      banner: `${initial.stats.documents} article(s), ${initial.stats.sentences} sentences from ${initial.corpus.dir}.`,
      library: () => reload.current,
    });
    process.exit(0);
  }

  const router = new Router({ commands: COMMANDS, reload, articles, config: config.bot, log });
  const bot = new DiscordBot({ discord: config.discord, router, log });
  let stopping = false;
  const shutdown = (signal: string): void => {
    if (stopping) process.exit(1); // a second signal: stop now
    stopping = true;
    log.info('shutting down', { signal });
    bot.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error('error while shutting down', { error });
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  const context = { apiBase: config.discord.apiBase };
  try {
    await bot.start();
  } catch (error) {
    // Expected failures get one line with the cause and the fix; anything else is a bug, with its stack.
    const diagnosis = diagnose(error, context);
    if (diagnosis === null) log.error('could not connect to Discord: unexpected error', { error });
    else log.error(`could not connect to Discord: ${diagnosis.cause}`, { fix: diagnosis.fix, error: expected(error) });
    process.exit(1);
  }
  // Discord ended the session for good (say the token was reset): the bot is offline, so say why
  // and exit non-zero for the process manager, rather than linger or exit as if asked to.
  const closed = await bot.closed;
  if (stopping) return;
  const diagnosis = diagnose(closed, context);
  log.error(`disconnected from Discord: ${diagnosis?.cause ?? closed.message}`, {
    ...(diagnosis ? { fix: diagnosis.fix } : {}),
    error: expected(closed),
  });
  process.exit(1);
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
    log.info('corpus loaded', {
      dir: library.corpus.dir,
      documents: library.stats.documents,
      sentences: library.stats.sentences,
      ms: Math.round(library.buildMs),
    });
    return library;
  } catch (error) {
    if (isCitebotError(error)) {
      process.stderr.write(`error: ${error.message} (set CORPUS_DIR to the directory of your articles)\n`);
      process.exit(1);
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
