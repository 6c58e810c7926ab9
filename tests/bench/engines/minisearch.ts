/**
 * MiniSearch, one document per sentence, field `text`, no stored fields, default BM25+ scoring
 * and OR combination; terms lower-cased with wink's stop words dropped (the same processTerm is
 * applied to queries), MiniSearch's own default tokenizer.
 */
import MiniSearch from 'minisearch';
import { makeProcessTerm, tokenize } from '../nlp.ts';
import { RESULT_LIMIT, type BenchSentence, type Engine } from './types.ts';

export function createEngine(): Engine {
  const processTerm = makeProcessTerm();
  let index: MiniSearch<BenchSentence> | undefined;
  return {
    name: 'minisearch',
    build(input) {
      const ms = new MiniSearch<BenchSentence>({ fields: ['text'], idField: 'id', tokenize, processTerm });
      ms.addAll(input.sentences);
      index = ms;
    },
    query(q) {
      return index!.search(q).slice(0, RESULT_LIMIT);
    },
    info() {
      return { documents: index!.documentCount, terms: index!.termCount };
    },
  };
}
