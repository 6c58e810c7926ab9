/**
 * citebot itself — THE ONE PLACE THAT KNOWS CITEBOT'S API. If src/corpus/load.ts or
 * src/library.ts change, fix the imports and calls below; nothing else in tests/bench
 * depends on citebot.
 *
 * Build = what `ask` does on start: read the corpus directory from disk (loadCorpus) and build
 * the sentence index (buildLibrary without the quote pass). `citebot+quotes` is what the bot
 * loads: the same plus the quote pass, to measure what quotes add.
 * Query = library.search(question, { limit: 10 }) with the defaults otherwise (so an
 * abstention counts as a query with no hits).
 */
import { mkdirSync } from 'node:fs';
import { loadCorpus } from '../../../src/corpus/load.ts';
import { wordNetTerms } from '../../../src/indexing/wordnetTerms.ts';
import { DEFAULT_MORPHOLOGY } from '../../../src/nlp/analyzer.ts';
import { buildLibrary, type SearchLibrary } from '../../../src/library.ts';
import { join } from 'node:path';
import { BENCH_DATA } from '../corpus.ts';
import { RESULT_LIMIT, type Engine } from './types.ts';

/**
 * The cache folder of citebot's builds: it holds WordNet's terms (written once before the engines are
 * timed, by ../prepareWordNet.ts), as INDEX_CACHE_DIR does for `ask` and `npm start`; no snapshot is
 * read or written by buildLibrary.
 */
export const BENCH_WORDNET_CACHE = join(BENCH_DATA, '.cache', 'wordnet-terms');

/** Writes WordNet's terms into BENCH_WORDNET_CACHE (the walk, unless the file is there and current); what the log said. */
export async function prepareWordNetTerms(): Promise<{ keys: number; log: string[] }> {
  mkdirSync(BENCH_WORDNET_CACHE, { recursive: true });
  const log: string[] = [];
  const terms = await wordNetTerms(DEFAULT_MORPHOLOGY, undefined, {
    dir: BENCH_WORDNET_CACHE,
    log: (line: string) => log.push(line),
  });
  return { keys: terms.keyStart.length - 1, log };
}

export function createCitebot(withQuotes: boolean): Engine {
  let library: SearchLibrary | undefined;
  let quotes = 0;
  return {
    name: withQuotes ? 'citebot+quotes' : 'citebot',
    async build(input) {
      const corpus = await loadCorpus(input.dir);
      if (withQuotes) {
        const full = await buildLibrary(corpus, { cache: { dir: BENCH_WORDNET_CACHE } });
        quotes = full.quotes.quoteCount;
        library = full;
      } else {
        library = await buildLibrary(corpus, { quotes: false, cache: { dir: BENCH_WORDNET_CACHE } });
      }
    },
    query(q) {
      return library!.search(q, { limit: RESULT_LIMIT }).hits;
    },
    info() {
      const s = library!.stats;
      return {
        documents: s.documents,
        sentences: s.sentences,
        terms: s.terms,
        skipped: library!.corpus.skipped.length,
        ...(withQuotes ? { quotes } : {}),
      };
    },
  };
}

export function createEngine(): Engine {
  return createCitebot(false);
}
