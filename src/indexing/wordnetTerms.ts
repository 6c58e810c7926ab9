/**
 * WordNet's terms: every WordNet lemma's related words (./paraphrase.ts's rules: the first senses'
 * synonyms, then their derived forms) as the ordered list of their terms under a morphology, each
 * term once, whatever the corpus. What an index's paraphrase table is cut from (./paraphraseTable.ts).
 *
 * Computed once per process and morphology, in a worker thread (wordnetTerms-worker.ts): about a
 * second of CPU (the dict files read whole and each synset parsed once by wordNetWalk; most of it
 * stemming 65,000 words), started before the corpus is read, so it runs beside wink's reading
 * instead of after it, and its garbage is collected on a small heap of its own. With a cache folder
 * (INDEX_CACHE_DIR) the walk is paid once per machine: the result is kept there
 * (./wordnetTermsFile.ts) and read by later builds in this thread, in tens of milliseconds.
 */
import type { Morphology } from '../nlp/analyzer.ts';
import { PARAPHRASE_SENSES, wordNetWalk } from '../nlp/wordnet.ts';
import { termMaker, type TermMaker } from '../nlp/terms.ts';
import { runInWorker } from '../workers/oneJob.ts';
import { int32s } from '../growable.ts';
import { cachedWordNetTerms, type WordNetTerms, type WordNetTermsLog } from './wordnetTermsFile.ts';
import { isNegated, NEGATING_PREFIX, negatedKey } from '../search/paraphraseTable.ts';

export type { WordNetTerms } from './wordnetTermsFile.ts';

const computed = new Map<Morphology, Promise<WordNetTerms>>();
const held = new Set<Morphology>();

/** Whether this process holds WordNet's terms for `morphology` (a table then costs little). */
export function holdsWordNetTerms(morphology: Morphology): boolean {
  return held.has(morphology);
}

/** Where WordNet's terms are kept between processes (INDEX_CACHE_DIR), and who hears about the file. */
export interface WordNetTermsCache {
  readonly dir: string;
  readonly log?: WordNetTermsLog;
}

/**
 * WordNet's terms under `morphology`: on the first call for it, read from `cache`'s file when that
 * serves, else computed in a worker thread (in this one, in steps awaiting `pause()`, if the thread
 * cannot be started) and written there; then kept for the process. No `cache`: no file read or written.
 */
export function wordNetTerms(
  morphology: Morphology,
  pause: () => Promise<void> | null = () => null,
  cache: WordNetTermsCache | null = null,
): Promise<WordNetTerms> {
  let terms = computed.get(morphology);
  if (terms === undefined) {
    const compute = (): Promise<WordNetTerms> =>
      runInWorker<WordNetTerms>(
        new URL('./wordnetTerms-worker.ts', import.meta.url),
        { morphology },
        'WordNet terms',
      ).catch(() => computeWordNetTerms(termMaker(morphology), pause));
    terms = cache === null ? compute() : cachedWordNetTerms(cache.dir, morphology, compute, cache.log);
    computed.set(morphology, terms);
    terms.then(
      () => held.add(morphology),
      () => computed.delete(morphology),
    );
  }
  return terms;
}

/** WordNet's terms as `terms` makes them from words (termOf(word, word): a word as its own lemma, as analyzer.termFor). */
export async function computeWordNetTerms(
  terms: Pick<TermMaker, 'termOf'>,
  pause: () => Promise<void> | null = () => null,
): Promise<WordNetTerms> {
  const termNumber = new Map<string, number>();
  const termList: string[] = [];
  // Asked once per synset a word is in: a word is looked up once here, its term made once.
  const wordNumber = new Map<string, number>();
  const numberOf = (word: string): number => {
    let n = wordNumber.get(word);
    if (n !== undefined) return n;
    const term = terms.termOf(word, word);
    n = termNumber.get(term);
    if (n === undefined) {
      n = termList.length;
      termList.push(term);
      termNumber.set(term, n);
    }
    wordNumber.set(word, n);
    return n;
  };
  const walk = await wordNetWalk(numberOf, { senses: PARAPHRASE_SENSES });
  const keyChars: string[] = [];
  const keyStart = int32s();
  const entryStart = int32s();
  const entryTerm = int32s();
  const entryRank = int32s();
  let keyBytes = 0;
  // The negated adjectives' keys (negatedKey), kept aside: they sort after every part of speech's.
  const negated: { key: string; terms: number[]; ranks: number[] }[] = [];
  for (const _ of walk.visit((key, numbers, ranks, count, synonyms) => {
    if (count === 0) return;
    keyStart.push(keyBytes);
    keyBytes += key.length;
    keyChars.push(key);
    entryStart.push(entryTerm.size);
    for (let k = 0; k < count; k += 1) {
      entryTerm.push(numbers[k]!);
      entryRank.push(ranks[k]!);
    }
    // An `un` adjective's synonyms that start with `un` (a term keeps its word's first letters).
    if (key[0] !== 'a' || !isNegated(key.slice(1))) return;
    const entry = { key: negatedKey(key.slice(1)), terms: [] as number[], ranks: [] as number[] };
    for (let k = 0; k < synonyms; k += 1)
      if (termList[numbers[k]!]!.startsWith(NEGATING_PREFIX)) {
        entry.terms.push(numbers[k]!);
        entry.ranks.push(ranks[k]!);
      }
    if (entry.terms.length > 0) negated.push(entry);
  })) {
    const turn = pause();
    if (turn !== null) await turn;
  }
  for (const { key, terms, ranks } of negated) {
    keyStart.push(keyBytes);
    keyBytes += key.length;
    keyChars.push(key);
    entryStart.push(entryTerm.size);
    for (let k = 0; k < terms.length; k += 1) {
      entryTerm.push(terms[k]!);
      entryRank.push(ranks[k]!);
    }
  }
  keyStart.push(keyBytes);
  entryStart.push(entryTerm.size);
  const keys = Buffer.from(keyChars.join(''), 'latin1');
  // WordNet 3.1's files are ASCII: a key compares as its bytes (paraphraseTable.ts entriesOf).
  if (keys.length !== keyBytes || keys.some((b) => b > 0x7f)) throw new Error('WordNet lemmas that are not ASCII');
  const ranks = entryRank.done();
  // A lemma has a few dozen related words at most; a rank past 16 bits would be a corrupt dictionary.
  if (ranks.some((r) => r > 0xffff)) throw new Error('a WordNet lemma with over 65,535 related words');
  return {
    keys: new Uint8Array(keys),
    keyStart: keyStart.done(),
    entryStart: entryStart.done(),
    entryTerm: entryTerm.done(),
    entryRank: Uint16Array.from(ranks),
    terms: termList,
  };
}
