/**
 * An index's paraphrase table: for each WordNet lemma and part of speech, the terms of its related
 * words (./paraphrase.ts) that the index uses, in WordNet's order, each term once. Built with the
 * index (src/indexing/paraphraseTable.ts) and kept in its snapshot, so a question reads no WordNet
 * and analyses no related word: its words are looked up here.
 *
 * The keys are WordNet's lemmas, not the corpus's words: a question's word need not be in the
 * corpus for its relatives to be (cops -> police). Typed arrays, so a snapshot keeps them as they are:
 *   keys      the keys end to end, each its part of speech's letter then the lemma (ASCII), sorted
 *             as bytes; key k is keys[keyStart[k] .. keyStart[k+1])
 *   entries   key k's terms are entryTerm[entryStart[k] .. entryStart[k+1]), numbers of the table's
 *             own terms (terms[termOffset[t] .. termOffset[t+1]), UTF-8), with their ranks: the place of
 *             the term's first word among the lemma's related words, the same in every index, so
 *             the lists of several indexes merge in WordNet's order (paraphrase.ts)
 * A lemma none of whose related words the index uses has no key. After the parts of speech's keys,
 * the negated adjectives' (negatedKey: `unhurt`'s synonyms that are negated themselves, `unharmed`,
 * `unscathed`), read for a yes/no question's predicate (./negation.ts).
 */
import type { WordNetPos } from '../nlp/wordnet.ts';

export interface ParaphraseTable {
  readonly keys: Uint8Array;
  readonly keyStart: Int32Array;
  readonly entryStart: Int32Array;
  readonly entryTerm: Int32Array;
  readonly entryRank: Uint16Array;
  readonly terms: Uint8Array;
  readonly termOffset: Int32Array;
}

/** A key's terms in order, with their ranks (the arrays are the table's own: read, don't keep). */
export interface TableEntries {
  readonly terms: readonly string[];
  readonly ranks: readonly number[];
}

const NONE: TableEntries = Object.freeze({ terms: Object.freeze([]), ranks: Object.freeze([]) });

/** The table key of a lemma (as WordNet.related normalises it) and a part of speech. */
export function tableKey(pos: WordNetPos, word: string): string {
  return pos + word;
}

/** What a negated adjective's key starts with: a byte after every part of speech's letter, so its keys sort last. */
const NEGATED = '~';

/**
 * The table key of the terms of adjective `word`'s synonyms that start with `un` as it does (`word`
 * as WordNet.related normalises it, `un` included: `unhurt`), in WordNet's order.
 */
export function negatedKey(word: string): string {
  return NEGATED + word;
}

/** Whether WordNet's adjective `lemma` gets a negatedKey: it starts with `un`. */
export function isNegated(lemma: string): boolean {
  return lemma.startsWith(NEGATING_PREFIX);
}

/** A word's negated form: the prefix before it (`unharmed`, `uninsured`; ./negation.ts). */
export const NEGATING_PREFIX = 'un';

/**
 * The terms of `key`'s related words that the index uses, in order, with their ranks; none when
 * the key is not in the table. Binary search over the sorted keys, compared in place (a key is
 * ASCII; a character of the question's word beyond it compares greater, as its UTF-8 bytes would).
 */
export function entriesOf(table: ParaphraseTable, key: string): TableEntries {
  const { keys, keyStart } = table;
  let lo = 0;
  let hi = keyStart.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareKey(keys, keyStart[mid]!, keyStart[mid + 1]!, key) < 0) lo = mid + 1;
    else hi = mid;
  }
  if (lo >= keyStart.length - 1 || compareKey(keys, keyStart[lo]!, keyStart[lo + 1]!, key) !== 0) return NONE;
  const terms: string[] = [];
  const ranks: number[] = [];
  const bytes = Buffer.from(table.terms.buffer, table.terms.byteOffset, table.terms.byteLength);
  for (let e = table.entryStart[lo]!; e < table.entryStart[lo + 1]!; e += 1) {
    const t = table.entryTerm[e]!;
    terms.push(bytes.toString('utf8', table.termOffset[t]!, table.termOffset[t + 1]!));
    ranks.push(table.entryRank[e]!);
  }
  return { terms, ranks };
}

/** Key bytes [from, to) against `key`: negative, zero or positive as Buffer.compare orders them. */
function compareKey(keys: Uint8Array, from: number, to: number, key: string): number {
  const length = to - from;
  for (let i = 0; i < length && i < key.length; i += 1) {
    const c = keys[from + i]!;
    const k = key.charCodeAt(i);
    if (c !== k) return c < k ? -1 : 1;
  }
  return length - key.length;
}
