/** What the command-line entry points share: loading the library from config, printing errors. */
import { loadConfig, type Config } from '../config/config.ts';
import { isCitebotError } from '../errors.ts';
import { buildOptions } from '../config/buildOptions.ts';
import { loadLibrary, type Library, type SearchLibrary } from '../library.ts';

/** The corpus the configuration names (or `corpusDir`), indexed for questions: `ask` needs no quote pass. */
export async function searchLibraryFromConfig(config: Config, corpusDir?: string): Promise<SearchLibrary> {
  return warnSkipped(await loadLibrary(corpusDir ?? config.engine.corpusDir, { ...buildOptions(config.engine), quotes: false }));
}

/** The corpus with its quotes, as the bot loads it. */
export async function libraryFromConfig(config: Config, corpusDir?: string): Promise<Library> {
  return warnSkipped(await loadLibrary(corpusDir ?? config.engine.corpusDir, buildOptions(config.engine)));
}

function warnSkipped<T extends SearchLibrary>(library: T): T {
  for (const skipped of library.corpus.skipped) process.stderr.write(`warning: skipped ${skipped.file}: ${skipped.message}\n`);
  return library;
}

/**
 * Runs a command-line main: expected failures print their message, bugs their stack; both exit 1.
 * A main may return its exit status.
 */
export function runMain(main: (config: Config) => Promise<number | void>): void {
  const run = async (): Promise<number | void> => main(loadConfig());
  run().then(
    (code) => {
      if (typeof code === 'number') process.exitCode = code;
    },
    (error: unknown) => {
      if (isCitebotError(error)) process.stderr.write(`error: ${error.message}\n`);
      else process.stderr.write(`unexpected error: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}

export async function* stdinLines(): AsyncGenerator<string> {
  const { createInterface } = await import('node:readline');
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) if (line.trim() !== '') yield line;
}
