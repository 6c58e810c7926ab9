/**
 * wink-bm25-text-search, one document per sentence, field `text` (weight 1), default BM25
 * parameters (k1 1.2, b 0.75, k 1); prep tasks: MiniSearch's tokenizer, then lower-case and drop
 * wink's stop words, so it sees exactly the terms MiniSearch sees.
 */
import bm25 from 'wink-bm25-text-search';
import { makeProcessTerm, tokenize } from '../nlp.ts';
import { RESULT_LIMIT, type Engine } from './types.ts';

export function createEngine(): Engine {
  const processTerm = makeProcessTerm();
  const terms = (tokens: string[]): string[] => {
    const out: string[] = [];
    for (const t of tokens) {
      const p = processTerm(t);
      if (p !== null) out.push(p);
    }
    return out;
  };
  let engine: ReturnType<typeof bm25> | undefined;
  let docs = 0;
  return {
    name: 'wink-bm25',
    build(input) {
      const e = bm25();
      e.defineConfig({ fldWeights: { text: 1 } });
      e.definePrepTasks([tokenize, terms]);
      for (const s of input.sentences) e.addDoc({ text: s.text }, s.id);
      e.consolidate();
      docs = input.sentences.length;
      engine = e;
    },
    query(q) {
      return engine!.search(q, RESULT_LIMIT);
    },
    info() {
      return { documents: docs };
    },
  };
}
