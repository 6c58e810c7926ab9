/** What the command-line entry points share: loading the library from config, printing errors. */
import { loadConfig, type Config } from '../config/config.ts';
import { isCitebotError } from '../errors.ts';
import { buildOptions } from '../config/buildOptions.ts';
import { loadLibrary, type SearchLibrary } from '../library.ts';

/** The corpus the configuration names (or `corpusDir`), indexed for questions: `ask` needs no quote pass. */
export async function searchLibraryFromConfig(config: Config, corpusDir?: string): Promise<SearchLibrary> {
  const library = await loadLibrary(corpusDir ?? config.engine.corpusDir, { ...buildOptions(config.engine), quotes: false });
  for (const skipped of library.corpus.skipped) {
    process.stderr.write(`warning: skipped ${skipped.file}: ${skipped.message}\n`);
  }
  return library;
}

/** Runs a command-line main: expected failures print their message, bugs their stack; both exit 1. */
export function runMain(main: (config: Config) => Promise<void>): void {
  const run = async (): Promise<void> => main(loadConfig());
  run().catch((error: unknown) => {
    if (isCitebotError(error)) process.stderr.write(`error: ${error.message}\n`);
    else process.stderr.write(`unexpected error: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}

export async function* stdinLines(): AsyncGenerator<string> {
  const { createInterface } = await import('node:readline');
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) if (line.trim() !== '') yield line;
}
