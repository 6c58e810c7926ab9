/**
 * Builds an index's paraphrase table (src/search/paraphraseTable.ts): WordNet's terms (computed
 * once per process, ./wordnetTerms.ts) with the terms the index does not use left out, and the
 * lemmas left with none (tens of milliseconds). What a question then reads for a word is exactly
 * what WordNet and the analyzer gave it before (tests/search/paraphraseTable.test.ts).
 */
import type { ParaphraseTable } from '../search/paraphraseTable.ts';
import type { SentenceIndex } from '../search/sentenceIndex.ts';
import { int32s } from '../growable.ts';
import type { WordNetTerms } from './wordnetTerms.ts';

/**
 * A corpus of less text (about 1,500 sentences) gets no table unless this process holds WordNet's
 * terms already (then a table costs milliseconds): its questions read WordNet as before (the
 * same answers), and a small library (a test's, a server's few articles) does not pay step 1.
 */
export const PARAPHRASE_TABLE_MIN_BYTES = 256 * 1024;

/**
 * The paraphrase table of `index` (whose terms an analyzer of `wordnet`'s morphology made):
 * WordNet's lists with the terms the index does not use left out, and the lemmas left with none.
 */
export function paraphraseTableOf(index: SentenceIndex, wordnet: WordNetTerms): ParaphraseTable {
  const { vocabulary, postingStart } = index;
  const documentStart = index.documents.postingStart;
  // The table's own terms, numbered in order of first use; -1 for a term the index does not use.
  const local = new Int32Array(wordnet.terms.length);
  const used: string[] = [];
  wordnet.terms.forEach((term, n) => {
    const t = vocabulary.get(term);
    // As frequencies() counts it: a term no sentence and no article holds is not used.
    const uses =
      t !== undefined && (postingStart[t + 1]! > postingStart[t]! || documentStart[t + 1]! > documentStart[t]!);
    local[n] = uses ? used.length : -1;
    if (uses) used.push(term);
  });
  const keyParts: Uint8Array[] = [];
  const keyStart = int32s();
  const entryStart = int32s();
  const entryTerm = int32s();
  const entryRank = int32s();
  let keyBytes = 0;
  const keyCount = wordnet.keyStart.length - 1;
  for (let k = 0; k < keyCount; k += 1) {
    const before = entryTerm.size;
    for (let e = wordnet.entryStart[k]!; e < wordnet.entryStart[k + 1]!; e += 1) {
      const n = local[wordnet.entryTerm[e]!]!;
      if (n === -1) continue;
      if (entryTerm.size === before) entryStart.push(before);
      entryTerm.push(n);
      entryRank.push(wordnet.entryRank[e]!);
    }
    if (entryTerm.size === before) continue;
    const key = wordnet.keys.subarray(wordnet.keyStart[k]!, wordnet.keyStart[k + 1]!);
    keyStart.push(keyBytes);
    keyParts.push(key);
    keyBytes += key.length;
  }
  keyStart.push(keyBytes);
  entryStart.push(entryTerm.size);
  const keys = new Uint8Array(keyBytes);
  let at = 0;
  for (const part of keyParts) {
    keys.set(part, at);
    at += part.length;
  }
  const terms = new Uint8Array(Buffer.from(used.join(''), 'utf8'));
  const termOffset = new Int32Array(used.length + 1);
  used.forEach((term, t) => {
    termOffset[t + 1] = termOffset[t]! + Buffer.byteLength(term, 'utf8');
  });
  return {
    keys,
    keyStart: keyStart.done(),
    entryStart: entryStart.done(),
    entryTerm: entryTerm.done(),
    entryRank: Uint16Array.from(entryRank.done()),
    terms,
    termOffset,
  };
}
