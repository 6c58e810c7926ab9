import type { CorpusDocument } from '../corpus/types.ts';
import type { SentenceIndex } from './sentenceIndex.ts';
import { residentTerms } from './resident.ts';

/** A character range [start, end) inside an excerpt's text. */
export type Mark = readonly [number, number];

export interface Excerpt {
  readonly text: string;
  /** Words of the sentence that matched the question. */
  readonly marks: readonly Mark[];
  /** The sentences just before and after in the same paragraph, for context (after a closing colon, the next paragraph's first). */
  readonly before: string;
  readonly after: string;
}

export function sentenceText(index: SentenceIndex, documents: readonly CorpusDocument[], id: number): string {
  return documents[index.doc[id]!]!.text.slice(index.start[id]!, index.end[id]!);
}

/** Sentence `id` with its neighbours in the paragraph (`context` of them on each side). */
export function excerpt(
  index: SentenceIndex,
  documents: readonly CorpusDocument[],
  id: number,
  queryTermIds: readonly number[],
  context: number,
): Excerpt {
  const text = sentenceText(index, documents, id);
  // The index knows where each term's token stands: no need to analyze the sentence again.
  const marks: Mark[] = [];
  residentTerms(index, id);
  for (let p = index.seqStart[id]!; p < index.seqStart[id + 1]!; p += 1) {
    if (queryTermIds.includes(index.termSeq[p]!))
      marks.push([index.termStart[p]!, index.termStart[p]! + index.termLength[p]!]);
  }
  const sameParagraph = (other: number): boolean =>
    other >= 0 &&
    other < index.sentenceCount &&
    index.doc[other] === index.doc[id] &&
    index.paragraph[other] === index.paragraph[id];
  const around = (from: number, step: number): string => {
    const ids: number[] = [];
    for (let other = from + step, n = 0; n < context && sameParagraph(other); other += step, n += 1) ids.push(other);
    if (step < 0) ids.reverse();
    return ids.map((other) => sentenceText(index, documents, other)).join(' ');
  };
  let after = around(id, 1);
  // "Trump posted:" introduces the next paragraph: that is the part a reader wants.
  const next = id + 1;
  if (after === '' && text.trimEnd().endsWith(':') && next < index.sentenceCount && index.doc[next] === index.doc[id]) {
    after = sentenceText(index, documents, next);
  }
  return { text, marks, before: around(id, -1), after };
}
