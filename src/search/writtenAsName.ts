import { residentPostings, residentTerms } from './resident.ts';
import type { SentenceIndex } from './sentenceIndex.ts';
import { TERM_BITS, termBit } from './termBits.ts';
import type { QueryTerm } from './statistics.ts';
import { FLAG_PROPER, FLAG_TEMPORAL } from './tokenFlags.ts';

/** How many of a term's sentences are read, in each index, to tell whether the corpus writes it as a name. */
const SAMPLE = 40;

/**
 * The question terms (bits, the first 31) that the searched indexes write as a name (FLAG_PROPER)
 * in at least `share` of their uses, read over the first SAMPLE sentences holding each in each
 * index: readers type names in lower case (`did the judge give orozco the death penalty`), which
 * the question's own capitals cannot tell. A day or a month (`Thursday`, `March`: a date's word,
 * FLAG_TEMPORAL) is no name. `termsByPart`: the question's terms in each index, in one order.
 */
export function writtenAsNames(
  indexes: readonly SentenceIndex[],
  termsByPart: readonly (readonly QueryTerm[])[],
  share: number,
): number {
  let bits = 0;
  for (let k = 0; k < Math.min(TERM_BITS, termsByPart[0]?.length ?? 0); k += 1) {
    let uses = 0;
    let named = 0;
    for (let p = 0; p < indexes.length; p += 1) {
      const index = indexes[p]!;
      const t = termsByPart[p]![k]!.termId;
      if (t === undefined) continue;
      residentPostings(index, t);
      const to = Math.min(index.postingStart[t + 1]!, index.postingStart[t]! + SAMPLE);
      for (let i = index.postingStart[t]!; i < to; i += 1) {
        const s = index.postingIds[i]!;
        residentTerms(index, s);
        for (let j = index.seqStart[s]!; j < index.seqStart[s + 1]!; j += 1) {
          if (index.termSeq[j] !== t) continue;
          uses += 1;
          if ((index.termFlags[j]! & (FLAG_PROPER | FLAG_TEMPORAL)) === FLAG_PROPER) named += 1;
        }
      }
    }
    if (uses > 0 && named >= share * uses) bits |= termBit(k);
  }
  return bits;
}
