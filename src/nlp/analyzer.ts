/**
 * The analyzer: one wink-nlp pass over a piece of text gives sentences and tokens with
 * exact character offsets, POS tags, entity types and the index term of each token.
 * Sentences and questions go through the same function, so they always agree on terms.
 */
import stemWord from 'wink-porter2-stemmer';
import { nlp, its } from './wink.ts';

/**
 * How a word becomes a term: its Porter stem, its lemma (which needs the POS tag, and maps
 * irregular forms: met -> meet, began -> begin), or the stem of its lemma (both).
 */
export type Morphology = 'stem' | 'lemma' | 'lemma-stem';
export const MORPHOLOGIES: readonly Morphology[] = ['stem', 'lemma', 'lemma-stem'];

/** Entity types of wink-eng-lite-web-model that hint at an answer's type. */
export type EntityType =
  | 'DATE' | 'TIME' | 'DURATION' | 'CARDINAL' | 'ORDINAL' | 'MONEY' | 'PERCENT'
  | 'EMAIL' | 'URL' | 'HASHTAG' | 'MENTION' | 'EMOJI' | 'EMOTICON';

export interface Token {
  /** The token exactly as in the text. */
  readonly value: string;
  /** Lower case, curly apostrophes straightened. */
  readonly normal: string;
  /** Offsets into the text handed to the analyzer (plus its base offset). */
  readonly start: number;
  readonly end: number;
  /** Universal POS tag from wink (PROPN, NOUN, VERB, PUNCT, ...). */
  readonly pos: string;
  /** wink's token type: word, number, punctuation, symbol, ... */
  readonly kind: string;
  readonly stop: boolean;
  /** The index term, or null for stop words, punctuation and symbols. */
  readonly term: string | null;
  readonly entity: EntityType | null;
}

export interface AnalyzedSentence {
  readonly start: number;
  readonly end: number;
  readonly tokens: readonly Token[];
}

export interface Analyzer {
  readonly morphology: Morphology;
  /** Splits text (one paragraph: no line breaks) into sentences of tokens; offsets start at `base`. */
  analyze(text: string, base?: number): AnalyzedSentence[];
  /** The index terms of a piece of text, in order, repeats kept. */
  terms(text: string): string[];
}

const INDEXED_KINDS = new Set(['word', 'number', 'hashtag', 'email', 'url', 'mention']);
// Possessive and contraction pieces carry no meaning of their own.
const CLITICS = new Set(["'s", "'", "n't", "'re", "'ve", "'ll", "'d", "'m"]);
// An acronym written in capitals is a name even when its lower case is a stop word ("US").
const ACRONYM = /^[A-Z]{2,}$/;

export function normalize(value: string): string {
  return value.toLowerCase().replace(/[\u2018\u2019\u02bc]/g, "'");
}

export function createAnalyzer(morphology: Morphology = 'stem'): Analyzer {
  // Stemming is a pure function of the word: remember it, most words repeat.
  const stems = new Map<string, string>();
  const stem = (word: string): string => {
    let stemmed = stems.get(word);
    if (stemmed === undefined) {
      stemmed = stemWord(word);
      if (stems.size < 500_000) stems.set(word, stemmed);
    }
    return stemmed;
  };
  const termOf = (normal: string, lemma: string | undefined): string => {
    if (morphology === 'stem' || lemma === undefined) return stem(normal);
    const base = normalize(lemma);
    return morphology === 'lemma' ? base : stem(base);
  };

  const analyze = (text: string, base = 0): AnalyzedSentence[] => {
    const doc = nlp.readDoc(text);
    const tokens = doc.tokens();
    const values = tokens.out(its.value) as string[];
    const spaces = tokens.out(its.precedingSpaces) as string[];
    const pos = tokens.out(its.pos) as string[];
    const kinds = tokens.out(its.type) as string[];
    const stops = tokens.out(its.stopWordFlag) as unknown as boolean[];
    // wink's typings omit the addon-backed property lemma.
    const lemmas = morphology === 'stem' ? null : (tokens.out(its.lemma as unknown as typeof its.value) as string[]);

    const entityOf: (EntityType | null)[] = new Array(values.length).fill(null);
    const entities = doc.entities();
    const entitySpans = entities.out(its.span) as unknown as [number, number][];
    const entityTypes = entities.out(its.type) as string[];
    entitySpans.forEach(([from, to], k) => {
      for (let i = from; i <= to; i += 1) entityOf[i] = entityTypes[k] as EntityType;
    });

    const all: Token[] = [];
    let offset = base;
    for (let i = 0; i < values.length; i += 1) {
      const value = values[i] ?? '';
      offset += (spaces[i] ?? '').length;
      const normal = normalize(value);
      const kind = kinds[i] ?? 'word';
      const entity = entityOf[i] ?? null;
      // "US" the country, "May" the month and "nine" the number are not the stop words "us", "may", "nine".
      const meaningful = ACRONYM.test(value)
        || ((entity === 'DATE' || entity === 'DURATION') && /^[A-Z]/.test(value))
        || entity === 'CARDINAL' || entity === 'ORDINAL';
      const stop = stops[i] === true && !meaningful;
      const indexed = INDEXED_KINDS.has(kind) && !stop && !CLITICS.has(normal);
      all.push({
        value,
        normal,
        start: offset,
        end: offset + value.length,
        pos: pos[i] ?? 'X',
        kind,
        stop,
        term: indexed ? termOf(normal, lemmas?.[i]) : null,
        entity,
      });
      offset += value.length;
    }

    const spans = doc.sentences().out(its.span) as unknown as [number, number][];
    return spans.map(([from, to]) => {
      const sentenceTokens = all.slice(from, to + 1);
      const first = sentenceTokens[0];
      const last = sentenceTokens[sentenceTokens.length - 1];
      return { start: first?.start ?? base, end: last?.end ?? base, tokens: sentenceTokens };
    });
  };

  const terms = (text: string): string[] => {
    const out: string[] = [];
    for (const sentence of analyze(text.replace(/\s+/g, ' '))) {
      for (const token of sentence.tokens) if (token.term !== null) out.push(token.term);
    }
    return out;
  };

  return { morphology, analyze, terms };
}
