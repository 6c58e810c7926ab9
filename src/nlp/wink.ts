// The one place that loads wink-nlp and its model: loading the model takes ~100 ms and tens of MB.
import { createRequire } from 'node:module';
import type WinkFn from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/**
 * wink-nlp's tokenizer asks its lexeme cache whether a string is a known word, and the cache
 * also learns every out-of-vocabulary word the process has read. So the same text is split
 * differently depending on what was read before: once some text ended in "Standard and Poor's."
 * (read whole, as "Poor's"), "standard poor's ratings" is [standard, poor's, ratings] instead of
 * [standard, poor, 's, ratings]; once a story wrote "U.S courier", "in the U.S.." ends in
 * [U.S, ..] instead of [U.S., .]. The index would then depend on the order documents are read
 * in (and on how many threads read them), and a freshly built process would answer some
 * questions differently from one that loaded a snapshot.
 *
 * wink has no option for this (no per-document cache, no way to reset it; a new instance per
 * text would reload the model). So its per-document wrapper (dd-wrapper.js, which the tokenizer
 * asks through `isLexeme` and `_addTokenIfInCache`) is wrapped so that a word the cache learnt
 * (index >= the model's intrinsic size) counts as unknown there: every text is tokenised as
 * in a fresh process. `cache.lookup` itself is left alone: the model's POS features call it.
 *
 * The wrapped factory is only seen by the copy of wink-nlp.js loaded here: both cache entries
 * are put back afterwards, so other code importing wink-nlp (the benchmarks) gets wink as it
 * is whatever the load order. If wink's internals change shape, or the wrapper is not used, or
 * a probe still reads differently after learning a word, loading throws rather than silently
 * going back to order-dependent analyses.
 */
type Cache = { lookup(text: string): number[] | null; intrinsicSize(): number };
type DocData = { cache: Cache };
type Wrapper = {
  isLexeme(text: string): unknown;
  _addTokenIfInCache(text: string, precedingSpaces: number, nbsp: unknown): number;
};

const require = createRequire(import.meta.url);

function fail(why: string): never {
  throw new Error(`src/nlp/wink.ts: wink-nlp's tokenisation is not made history-free as expected (${why})`);
}

function loadDeterministicWink(): { winkNLP: typeof WinkFn; wrapped: () => number } {
  const mainPath = require.resolve('wink-nlp');
  const wrapperPath = require.resolve('wink-nlp/src/dd-wrapper.js');
  const savedMain = require.cache[mainPath];
  const original = require(wrapperPath) as (data: DocData) => Wrapper;
  const wrapperModule = require.cache[wrapperPath];
  if (typeof original !== 'function' || wrapperModule === undefined) fail('dd-wrapper.js exports no factory');
  let calls = 0;
  const deterministic = (data: DocData): Wrapper => {
    const methods = original(data);
    const cache = data.cache;
    if (
      typeof methods?.isLexeme !== 'function' ||
      typeof methods._addTokenIfInCache !== 'function' ||
      typeof cache?.lookup !== 'function' ||
      typeof cache.intrinsicSize !== 'function'
    ) {
      fail('no isLexeme, _addTokenIfInCache, cache.lookup or cache.intrinsicSize');
    }
    calls += 1;
    const intrinsic = cache.intrinsicSize();
    const learnt = (text: string): boolean => {
      const found = cache.lookup(text);
      return found !== null && found.length === 1 && found[0]! >= intrinsic;
    };
    const isLexeme = methods.isLexeme;
    const addIfKnown = methods._addTokenIfInCache;
    // wink reads `null`/0 as "not a known word" in both.
    methods.isLexeme = (text) => (learnt(text) ? null : isLexeme(text));
    methods._addTokenIfInCache = (text, precedingSpaces, nbsp) =>
      learnt(text) ? 0 : addIfKnown(text, precedingSpaces, nbsp);
    return methods;
  };
  // Load a copy of wink-nlp.js that captures the wrapped factory, then put both entries back.
  delete require.cache[mainPath];
  wrapperModule.exports = deterministic;
  let winkNLP: typeof WinkFn;
  try {
    winkNLP = require(mainPath) as typeof WinkFn;
  } finally {
    wrapperModule.exports = original;
    if (savedMain === undefined) delete require.cache[mainPath];
    else require.cache[mainPath] = savedMain;
  }
  return { winkNLP, wrapped: () => calls };
}

const loaded = loadDeterministicWink();

/**
 * Only sentence boundaries and POS tags: wink's entity recogniser, negation and sentiment
 * passes cost about 40% of its reading time and citebot does not need them (numbers and
 * dates are found by the analyzer's own small lexicon, see answerTypes.ts).
 */
export const nlp = loaded.winkNLP(model, ['sbd', 'pos']);
export const its = nlp.its;
export const as = nlp.as;

// The probe: plain wink reads "poor's" whole once it has read "Poor's." whole.
{
  const read = (text: string): string => (nlp.readDoc(text).tokens().out() as string[]).join('|');
  const probe = "standard poor's ratings";
  const fresh = read(probe);
  read("It was rated AAA by Standard and Poor's.");
  if (loaded.wrapped() === 0) fail('readDoc did not use the wrapped dd-wrapper.js');
  if (read(probe) !== fresh) fail(`"${probe}" read as ${read(probe)} after a learnt word, ${fresh} before`);
}
