/**
 * What every engine in the benchmark shares: wink-nlp with wink-eng-lite-web-model, the
 * sentence split (each line of an article is a paragraph; wink splits a paragraph into
 * sentences), wink's stop word list, and the plain tokenizer given to the competitors.
 */
import winkNLP, { type ItemToken } from 'wink-nlp';
export type { ItemToken };
import model from 'wink-eng-lite-web-model';

export const nlp = winkNLP(model);
export const its = nlp.its;

/** Sentences of one paragraph (one line of an article), as wink-nlp splits them. */
export function splitSentences(paragraph: string): string[] {
  return nlp
    .readDoc(paragraph)
    .sentences()
    .out()
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

let stopWords: ReadonlySet<string> | undefined;

/**
 * wink's stop words: the words of the model's lexicon whose tokens carry `its.stopWordFlag`
 * (302 words with wink-eng-lite-web-model 1.8: "a", "about", …, "yourselves"). The flag is
 * looked up on a token's normal (lower-case) form, so the set is lower case.
 */
export function winkStopWords(): ReadonlySet<string> {
  if (stopWords) return stopWords;
  // The lexicon is not part of the model's public types: reach it through its `core()` reader.
  const core = (model as unknown as { core(): { features: { lexeme: { hash: Record<string, number> } } } }).core();
  const words = Object.keys(core.features.lexeme.hash);
  const set = new Set<string>();
  nlp
    .readDoc(words.join(' \n '))
    .tokens()
    .each((t: ItemToken) => {
      if (t.out(its.stopWordFlag)) set.add(t.out(its.normal).toLowerCase());
    });
  if (set.size < 100) throw new Error(`wink stop word list looks wrong (${set.size} words)`);
  stopWords = set;
  return set;
}

/** MiniSearch's default tokenizer (split on whitespace and punctuation), used for both competitors. */
const SPACE_OR_PUNCTUATION = /[\n\r\p{Z}\p{P}]+/u;

export function tokenize(text: string): string[] {
  return text.split(SPACE_OR_PUNCTUATION);
}

/** Lower-case, then drop empty terms and wink's stop words: MiniSearch's `processTerm` for the benchmark. */
export function makeProcessTerm(stop: ReadonlySet<string> = winkStopWords()): (term: string) => string | null {
  return (term: string) => {
    const t = term.toLowerCase();
    return t.length === 0 || stop.has(t) ? null : t;
  };
}
