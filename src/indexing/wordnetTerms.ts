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
import { openWordNet, PARAPHRASE_SENSES, wordNetWalk } from '../nlp/wordnet.ts';
import { termMaker, type TermMaker } from '../nlp/terms.ts';
import { runInWorker } from '../workers/oneJob.ts';
import { int32s } from '../growable.ts';
import { cachedWordNetTerms, type WordNetTerms, type WordNetTermsLog } from './wordnetTermsFile.ts';

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
  // Each word numbered, by number: the words a term stands for (a reverse relative's key).
  const wordsOf: string[][] = [];
  const numberWord = (word: string): number => {
    const n = numberOf(word);
    if (n >= 0) {
      while (wordsOf.length <= n) wordsOf.push([]);
      const words = wordsOf[n]!;
      if (!words.includes(word)) words.push(word);
    }
    return n;
  };
  const walk = await wordNetWalk(numberWord, { senses: PARAPHRASE_SENSES });
  const lists = new Map<string, { numbers: number[]; ranks: number[] }>();
  const lemmas = new Set<string>();
  for (const _ of walk.visit((key, numbers, ranks, count) => {
    lemmas.add(key);
    if (count === 0) return;
    lists.set(key, { numbers: Array.from(numbers.subarray(0, count)), ranks: Array.from(ranks.subarray(0, count)) });
  })) {
    const turn = pause();
    if (turn !== null) await turn;
  }
  extraRelatives(lists, lemmas, wordsOf, numberWord);
  const keyStart = int32s();
  const entryStart = int32s();
  const entryTerm = int32s();
  const entryRank = int32s();
  const keyChars: string[] = [];
  let keyBytes = 0;
  // WordNet's keys are ASCII: string order is byte order.
  for (const key of [...lists.keys()].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0))) {
    const { numbers, ranks } = lists.get(key)!;
    keyStart.push(keyBytes);
    keyBytes += key.length;
    keyChars.push(key);
    entryStart.push(entryTerm.size);
    for (let k = 0; k < numbers.length; k += 1) {
      entryTerm.push(numbers[k]!);
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

/** The particles of a phrasal verb (src/search/paraphrase.ts looks `verb_particle` up after a verb). */
const PARTICLES = ['out', 'off', 'up', 'down', 'in', 'over', 'away', 'back', 'on'];
/** The first rank of a list's added relatives: after any of WordNet's own (a few dozen at most). */
const EXTRA_RANK = 1000;
/** Added relatives kept per key and kind. */
const MAX_EXTRA = 4;

/**
 * TRIAL (issue 17 item 3; docs/quality.md "Paraphrase beyond the first senses, built into the
 * table"): relatives WordNet's first senses do not list, added after a key's own at ranks from
 * EXTRA_RANK, by kind, as PARAPHRASE_EXTRA (comma-separated) asks: `phrasal`, a phrasal verb's
 * hypernyms (`kick_off` -> start, commence); `reverse`, B's list names A so A's names B under the
 * same part of speech (`coach` lists train, so `train` lists coach; PARAPHRASE_REVERSE_RANK: only
 * from B's entries of at most that rank, PARAPHRASE_REVERSE_CAP: at most that many a key);
 * `suffix`, a noun and the noun it is formed from (`councillor` / `council`, `-ist`: `guitarist` /
 * `guitar`), both WordNet nouns. Nothing by default.
 */
function extraRelatives(
  lists: Map<string, { numbers: number[]; ranks: number[] }>,
  lemmas: ReadonlySet<string>,
  wordsOf: readonly (readonly string[])[],
  numberOf: (word: string) => number,
): void {
  const kinds = (process.env.PARAPHRASE_EXTRA ?? '').split(',');
  const added = new Map<string, number[]>();
  const addTo = (key: string, n: number): void => {
    if (n < 0) return;
    if (lists.get(key)?.numbers.includes(n)) return;
    let more = added.get(key);
    if (more === undefined) {
      more = [];
      added.set(key, more);
    }
    if (!more.includes(n)) more.push(n);
  };
  const flush = (cap = MAX_EXTRA): void => {
    for (const [key, more] of added) {
      let list = lists.get(key);
      if (list === undefined) {
        list = { numbers: [], ranks: [] };
        lists.set(key, list);
      }
      const base =
        EXTRA_RANK + (list.ranks.length === 0 ? 0 : Math.max(0, list.ranks[list.ranks.length - 1]! - EXTRA_RANK + 1));
      for (let k = 0; k < more.length && k < cap; k += 1) {
        list.numbers.push(more[k]!);
        list.ranks.push(base + k);
      }
    }
    added.clear();
  };
  if (kinds.includes('phrasal')) {
    const wordnet = openWordNet({ senses: PARAPHRASE_SENSES });
    for (const key of lemmas) {
      if (key[0] !== 'v') continue;
      const cut = key.lastIndexOf('_');
      if (cut < 0 || key.indexOf('_') !== cut || !PARTICLES.includes(key.slice(cut + 1))) continue;
      for (const word of wordnet.broader(key.slice(1), 'v')) addTo(key, numberOf(word));
    }
    wordnet.close();
    flush();
  }
  if (kinds.includes('reverse')) {
    // Forward lists as they were: B's list names A, so A's names B, under the same part of speech.
    const pairs: [string, number, number][] = [];
    for (const [key, list] of lists) {
      const lemma = key.slice(1);
      if (lemma.includes('_')) continue;
      const n = numberOf(lemma);
      for (let k = 0; k < list.numbers.length; k += 1) {
        if (list.ranks[k]! >= EXTRA_RANK || list.ranks[k]! > Number(process.env.PARAPHRASE_REVERSE_RANK ?? 99))
          continue;
        for (const word of wordsOf[list.numbers[k]!] ?? []) pairs.push([key[0] + word, n, list.ranks[k]!]);
      }
    }
    // Closest first: a relative of a first synset before a derived form.
    pairs.sort((x, y) => x[2] - y[2]);
    for (const [key, n] of pairs) if (lemmas.has(key)) addTo(key, n);
    flush(Number(process.env.PARAPHRASE_REVERSE_CAP ?? MAX_EXTRA));
  }
  if (kinds.includes('suffix')) {
    for (const key of lemmas) {
      if (key[0] !== 'n' || key.includes('_')) continue;
      const lemma = key.slice(1);
      const bases: string[] = [];
      if (lemma.endsWith('llor')) bases.push(lemma.slice(0, -3));
      if (lemma.endsWith('ist') && lemma.length > 6) {
        const stem = lemma.slice(0, -3);
        bases.push(stem, `${stem}e`, `${stem}y`, `${stem}ism`);
      }
      for (const base of bases) {
        if (!lemmas.has(`n${base}`)) continue;
        addTo(key, numberOf(base));
        addTo(`n${base}`, numberOf(lemma));
      }
    }
    flush();
  }
}
