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
  const within = around(index, documents, id, 1, context);
  // "Trump posted:" introduces the next paragraph: that is the part a reader wants.
  const next = id + 1;
  // Each test and the next sentence's text made for every hit that has one (its article's text is
  // read already): made only after a rare colon (or a last sentence), they were reads and a call
  // V8 had never seen run when it compiled this function, and the compiled code was thrown away at
  // the first.
  const introduces = text.trimEnd().endsWith(':');
  const following =
    next < index.sentenceCount && index.doc[next] === index.doc[id] ? sentenceText(index, documents, next) : '';
  const after = within === '' && introduces ? following : within;
  return { text, marks, before: around(index, documents, id, -1, context), after };
}

/** Up to `context` sentences of sentence `id`'s paragraph after it (`step` 1) or before it (-1), in text order, joined by spaces. */
function around(
  index: SentenceIndex,
  documents: readonly CorpusDocument[],
  id: number,
  step: number,
  context: number,
): string {
  let count = 0;
  for (let other = id + step; count < context && sameParagraph(index, id, other); other += step) count += 1;
  const first = step < 0 ? id - count : id + 1;
  let out = '';
  for (let k = 0; k < count; k += 1) {
    const sentence = sentenceText(index, documents, first + k);
    out = k === 0 ? sentence : `${out} ${sentence}`;
  }
  return out;
}

function sameParagraph(index: SentenceIndex, id: number, other: number): boolean {
  return (
    other >= 0 &&
    other < index.sentenceCount &&
    index.doc[other] === index.doc[id] &&
    index.paragraph[other] === index.paragraph[id]
  );
}
