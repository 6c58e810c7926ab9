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
import { loadCorpus } from '../../../src/corpus/load.ts';
import { buildLibrary, type SearchLibrary } from '../../../src/library.ts';
import { RESULT_LIMIT, type Engine } from './types.ts';

export function createCitebot(withQuotes: boolean): Engine {
  let library: SearchLibrary | undefined;
  let quotes = 0;
  return {
    name: withQuotes ? 'citebot+quotes' : 'citebot',
    async build(input) {
      const corpus = await loadCorpus(input.dir);
      if (withQuotes) {
        const full = await buildLibrary(corpus);
        quotes = full.quotes.quoteCount;
        library = full;
      } else {
        library = await buildLibrary(corpus, { quotes: false });
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
