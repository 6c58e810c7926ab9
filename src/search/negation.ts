/**
 * A yes/no question answered by a denial written as one word: "did the guards get hurt" is
 * answered by `The guards, who were unharmed`, "was the warehouse insured" by `The building was
 * uninsured`. The question's predicate words (./question.ts, yesNoRoles) and their paraphrases,
 * each with `un` before it as an index term (`un` + `harm`, `un` + `insur`: the analyzer's terms
 * of `unharmed` and `uninsured`), and the WordNet synonyms of the word's `un` adjective (`unhurt`:
 * `unharmed`, `unscathed`; those that are negated themselves: from the indexes' paraphrase tables,
 * ./paraphraseTable.ts negatedKey, else from WordNet), are looked up in the indexes searched; those some index uses
 * stand for the word they negate (an expansion, like a paraphrase) and tell that a sentence
 * holding one denies the asked fact (RankQuery.negated, RankParams.yesNoNegated). `not`, `no`
 * and `never` before the word itself need nothing here: the word matches, and the sentence's
 * polarity cue (CUE_POLARITY) says it is denied.
 */
import type { AnalyzedSentence, Analyzer } from '../nlp/analyzer.ts';
import { wordNetKey, type WordNet } from '../nlp/wordnet.ts';
import { type Expansion, expand, tablesOf, termsUnder } from './paraphrase.ts';
import { isNegated, NEGATING_PREFIX, negatedKey, type ParaphraseTable } from './paraphraseTable.ts';
import type { SentenceIndex } from './sentenceIndex.ts';
import type { Statistics } from './statistics.ts';

/** Shorter terms are left alone: `un` + `it` is `unit`, `un` + `ion` is `union`. */
const MIN_NEGATED = 4;

/**
 * For each index, the term ids of the negated forms of the predicate's words that it uses (empty
 * where none), each also pushed onto that index's `expansions` as an expansion of the word it
 * negates. `terms`: the question's distinct terms in order, as ranked; `predicate`: the yes/no
 * question's predicate, as index terms.
 */
export function negatedForms(
  sentences: readonly AnalyzedSentence[],
  predicate: readonly string[],
  terms: readonly string[],
  expansions: Expansion[][],
  indexes: readonly SentenceIndex[],
  statistics: Statistics,
  analyzer: Analyzer,
  wordnet: WordNet | null,
): number[][] {
  const ids: number[][] = [];
  for (let i = 0; i < indexes.length; i += 1) ids.push([]);
  const tables = tablesOf(indexes);
  for (const sentence of sentences) {
    const a = sentence.arrays;
    for (let t = sentence.from; t < sentence.to; t += 1) {
      const word = a.terms[t];
      if (word === null || word === undefined || !predicate.includes(word)) continue;
      const of = terms.indexOf(word);
      if (of === -1) continue;
      addNegated(word, of, terms, expansions, indexes, statistics, ids);
      // The word's paraphrases (`harm` for `hurt`), as the first index's expansions hold them.
      const first = expansions[0]!;
      const count = first.length;
      for (let k = 0; k < count; k += 1) {
        const e = first[k]!;
        if (e.of === of && !e.negated) addNegated(e.term, of, terms, expansions, indexes, statistics, ids);
      }
      // The negated adjective's synonyms in WordNet (`unhurt`: `unharmed`, `unscathed`; those that are negated themselves), for a
      // yes/no question only: one lookup a predicate word.
      const lemma = a.lemmas?.[t] ?? a.normals[t]!;
      if (wordnet === null || isNegated(lemma) || lemma.length < MIN_NEGATED - NEGATING_PREFIX.length) continue;
      for (const term of negatedSynonyms(tables, wordnet, analyzer, NEGATING_PREFIX + lemma))
        addTerm(term, of, terms, expansions, indexes, statistics, ids);
    }
  }
  return ids;
}

/**
 * The terms of adjective `negated`'s synonyms that are negated themselves (`whole` is no denial of
 * `hurt`): from the indexes' `tables` when each has one (those some index uses), else from `wordnet`.
 */
function negatedSynonyms(
  tables: readonly ParaphraseTable[] | null,
  wordnet: WordNet,
  analyzer: Analyzer,
  negated: string,
): readonly string[] {
  if (tables !== null) return termsUnder(tables, negatedKey(wordNetKey(negated)));
  const out: string[] = [];
  for (const synonym of wordnet.related(negated, 'a').synonyms)
    if (isNegated(synonym)) out.push(analyzer.termFor(synonym));
  return out;
}

function addNegated(
  word: string,
  of: number,
  terms: readonly string[],
  expansions: Expansion[][],
  indexes: readonly SentenceIndex[],
  statistics: Statistics,
  ids: number[][],
): void {
  if (word.length + NEGATING_PREFIX.length < MIN_NEGATED || isNegated(word)) return;
  addTerm(NEGATING_PREFIX + word, of, terms, expansions, indexes, statistics, ids);
}

/** Adds index term `term`, where some index uses it, as a negated form of question term `of`. */
function addTerm(
  term: string,
  of: number,
  terms: readonly string[],
  expansions: Expansion[][],
  indexes: readonly SentenceIndex[],
  statistics: Statistics,
  ids: number[][],
): void {
  if (!terms.includes(term)) expand(term, of, false, indexes, statistics, expansions, ids);
}
