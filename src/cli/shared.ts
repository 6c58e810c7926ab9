/**
 * What the command-line entry points share: the start (command line parsed, --help), loading the
 * library that --corpus and --no-cache name, printing errors.
 */
import { buildOptions } from '../config/buildOptions.ts';
import { loadConfig, type Config } from '../config/config.ts';
import { CitebotError, isCitebotError } from '../errors.ts';
import {
  loadLibrary,
  type Library,
  type ProgressCallback,
  type SearchLibrary,
  type SnapshotCache,
} from '../library.ts';
import { statusLine } from '../console/statusLine.ts';
import { type CommandSpec, helpText, type ParsedCommandLine, parseCommandLine, usageLine } from './commandLine.ts';
import type { CorpusDocument } from '../corpus/types.ts';
import { copyReport, type CopyReport } from '../search/copies.ts';

/** A command line parsed against its spec, with the usage line its USAGE errors end with. */
export interface Invocation<T extends CommandSpec> extends ParsedCommandLine<T> {
  readonly usage: string;
}

/**
 * How every entry point starts: its command line parsed against `spec` (a USAGE error when it does
 * not fit); with --help, the help on stdout and null, where the main ends.
 */
export function invocation<T extends CommandSpec>(spec: T): Invocation<T> | null {
  const parsed = parseCommandLine(spec);
  if (parsed.values.help) {
    process.stdout.write(helpText(spec));
    return null;
  }
  return { ...parsed, usage: usageLine(spec) };
}

/**
 * What a command that loads a corpus was given: --corpus (CORPUS_OPTION; absent or empty, the
 * configured CORPUS_DIR) and --no-cache (NO_CACHE_OPTION: neither read nor write an index snapshot).
 */
export interface CorpusValues {
  readonly corpus: string | undefined;
  readonly 'no-cache': boolean;
}

/**
 * The corpus the options or the configuration name, indexed for questions: `ask` needs no quote pass.
 * While it loads, a status line on stderr when stderr is a terminal; nothing otherwise (stdout is never touched).
 * From the index snapshot in INDEX_CACHE_DIR when it is current (one with quotes serves too), else built and snapshotted.
 */
export function searchLibraryFromConfig(config: Config, values: CorpusValues): Promise<SearchLibrary> {
  return withStatus(values, config, (progress, cache) =>
    loadLibrary(values.corpus || config.engine.corpusDir, {
      ...buildOptions(config.engine),
      quotes: false,
      progress,
      cache,
    }),
  );
}

/** The corpus with its quotes, as the bot loads it (with the same status line and snapshot as above). */
export function libraryFromConfig(config: Config, values: CorpusValues): Promise<Library> {
  return withStatus(values, config, (progress, cache) =>
    loadLibrary(values.corpus || config.engine.corpusDir, { ...buildOptions(config.engine), progress, cache }),
  );
}

/** `2 articles are exact copies of others: a = b, c = d` (at most 5 named). */
export function exactCopiesLine(exact: CopyReport<CorpusDocument>['exact']): string {
  const named = exact.slice(0, 5).map((e) => `${e.copy.id} = ${e.of.id}`);
  const more = exact.length > 5 ? `, and ${exact.length - 5} more` : '';
  return `${exact.length === 1 ? '1 article is an exact copy of another' : `${exact.length} articles are exact copies of others`} (their sentences are shown once, the copies cited as "also in"): ${named.join(', ')}${more}`;
}

/**
 * Runs a load with the status line on stderr, cleared when it ends, then warns of skipped files.
 * A snapshot that could not be used because it is damaged, or written, is a warning on stderr; one
 * that is merely stale (the corpus changed) a note, on a terminal only: stderr stays empty for programs.
 */
async function withStatus<T extends SearchLibrary>(
  values: CorpusValues,
  config: Config,
  load: (progress: ProgressCallback, cache: SnapshotCache | null) => Promise<T>,
): Promise<T> {
  const status = statusLine(process.stderr);
  const cache: SnapshotCache | null = values['no-cache']
    ? null
    : {
        dir: config.engine.indexCacheDir,
        log: (line, level) => {
          if (level === 'debug' || (level === 'info' && process.stderr.isTTY !== true)) return;
          status.clear();
          process.stderr.write(`${level === 'warn' ? 'warning' : 'note'}: ${line}\n`);
        },
      };
  try {
    return warnSkipped(await load(status.update, cache));
  } finally {
    status.clear();
  }
}

function warnSkipped<T extends SearchLibrary>(library: T): T {
  for (const skipped of library.corpus.skipped)
    process.stderr.write(`warning: skipped ${skipped.file}: ${skipped.message}\n`);
  for (const notice of library.corpus.notices) process.stderr.write(`warning: ${notice.file} ${notice.message}\n`);
  const { exact } = copyReport(library.corpus.documents, library.index.copies);
  // A note, like a stale snapshot's: on a terminal only, so stderr stays empty for programs.
  if (exact.length > 0 && process.stderr.isTTY === true) process.stderr.write(`note: ${exactCopiesLine(exact)}\n`);
  return library;
}

/** `--source ID` (or a JSON line's source) names no article: the command line's SOURCE_UNKNOWN. */
export function requireSource(library: SearchLibrary, source: string | undefined): void {
  if (source !== undefined && library.document(source) === undefined) {
    throw new CitebotError('SOURCE_UNKNOWN', `There is no article with the id "${source}".`, { source });
  }
}

/**
 * Runs a command-line main: expected failures print their message, bugs their stack; both exit 1.
 * A main may return its exit status.
 */
export function runMain(main: (config: Config) => Promise<number | undefined>): void {
  const run = async (): Promise<number | undefined> => main(loadConfig());
  run().then(
    (code) => {
      if (typeof code === 'number') process.exitCode = code;
    },
    (error: unknown) => {
      if (isCitebotError(error)) process.stderr.write(`error: ${error.message}\n`);
      else
        process.stderr.write(
          `unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
        );
      process.exitCode = 1;
    },
  );
}

/** A --limit style option: undefined when absent, else a whole number from 1. */
export function positiveInteger(raw: string | undefined, option: string, usage: string): number | undefined {
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1)
    throw new CitebotError('USAGE', `${option} must be a positive whole number (got "${raw}")\n${usage}`);
  return value;
}

export async function* stdinLines(): AsyncGenerator<string> {
  const { createInterface } = await import('node:readline');
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) if (line.trim() !== '') yield line;
}
