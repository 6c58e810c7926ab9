/**
 * citebot itself — THE ONE PLACE THAT KNOWS CITEBOT'S API. If src/corpus/load.ts or
 * src/library.ts change, fix the two imports and the three calls below; nothing else in
 * tests/bench depends on citebot.
 *
 * Build = what the bot does on (re)load: read the corpus directory from disk (loadCorpus) and
 * build the library (buildLibrary: wink analysis of every paragraph + the sentence index).
 * Query = library.search(question, { limit: 10 }) with the bot's defaults otherwise (so an
 * abstention counts as a query with no hits).
 */
import { loadCorpus } from '../../../src/corpus/load.ts';
import { buildLibrary, type Library } from '../../../src/library.ts';
import { RESULT_LIMIT, type Engine } from './types.ts';

export function createEngine(): Engine {
  let library: Library | undefined;
  return {
    name: 'citebot',
    async build(input) {
      const corpus = await loadCorpus(input.dir);
      library = await buildLibrary(corpus);
    },
    query(q) {
      return library!.search(q, { limit: RESULT_LIMIT }).hits;
    },
    info() {
      const s = library!.stats;
      return { documents: s.documents, sentences: s.sentences, terms: s.terms, skipped: library!.corpus.skipped.length };
    },
  };
}
