import { residentPostings, residentTerms } from './resident.ts';
import type { SentenceIndex } from './sentenceIndex.ts';
import type { QueryTerm } from './statistics.ts';
import { FLAG_PROPER, FLAG_TEMPORAL } from './tokenFlags.ts';

/** How many of a term's sentences are read to tell whether the corpus writes it as a name. */
const SAMPLE = 40;

/**
 * Which question terms the index writes as a name (FLAG_PROPER) in at least `share` of their uses,
 * read over the first SAMPLE sentences holding each: readers type names in lower case (`did the
 * judge give orozco the death penalty`), which the question's own capitals cannot tell. A day or a
 * month (`Thursday`, `March`: a date's word, FLAG_TEMPORAL) is no name.
 */
export function writtenAsNames(index: SentenceIndex, terms: readonly QueryTerm[], share: number): boolean[] {
  const names: boolean[] = [];
  for (const { termId: t } of terms) {
    let uses = 0;
    let named = 0;
    if (t !== undefined) {
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
    names.push(uses > 0 && named >= share * uses);
  }
  return names;
}
