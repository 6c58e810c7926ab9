/**
 * Document statistics for judging a sentence with its article: each article's term counts
 * (its sentences plus its headline, the headline counted TITLE_WEIGHT times) as an inverted
 * index from terms to documents, derived from the sentence index in one pass over its postings,
 * so both build paths (one thread, or worker shards merged) get the same numbers.
 */

/** A headline word counts as this many occurrences in its article: headlines name the topic. */
export const TITLE_WEIGHT = 2;

export interface DocumentStats {
  /** Per document: its length in terms, headline included. */
  readonly length: Int32Array;
  readonly averageLength: number;
  /** Documents holding term t: docs[postingStart[t] .. postingStart[t+1]) ascending, with their tf. */
  readonly postingStart: Int32Array;
  readonly docs: Int32Array;
  readonly tf: Uint16Array;
  /** Documents whose headline holds term t: titleDocs[titlePostingStart[t] .. titlePostingStart[t+1]). */
  readonly titlePostingStart: Int32Array;
  readonly titleDocs: Int32Array;
}

/** What the statistics are derived from: the sentence index's own arrays (sentenceIndex.ts). */
export interface IndexCore {
  readonly sentenceCount: number;
  readonly documentCount: number;
  readonly vocabulary: ReadonlyMap<string, number>;
  readonly doc: Int32Array;
  readonly length: Int32Array;
  readonly titleStart: Int32Array;
  readonly titleTerms: Int32Array;
  readonly postingStart: Int32Array;
  readonly postingIds: Int32Array;
  readonly postingTf: Uint16Array;
}

export function documentStats(index: IndexCore): DocumentStats {
  const docCount = index.documentCount;
  const terms = index.vocabulary.size;
  const length = new Int32Array(docCount);
  for (let id = 0; id < index.sentenceCount; id += 1) length[index.doc[id]!]! += index.length[id]!;

  // Headline postings by term (counting sort), each (doc, count) in doc order.
  const titleCount = new Int32Array(terms + 1);
  for (let d = 0; d < docCount; d += 1) {
    const from = index.titleStart[d]!;
    const to = index.titleStart[d + 1]!;
    length[d]! += TITLE_WEIGHT * (to - from);
    for (let k = from; k < to; k += 1) titleCount[index.titleTerms[k]! + 1]! += 1;
  }
  for (let t = 0; t < terms; t += 1) titleCount[t + 1]! += titleCount[t]!;
  const titleDoc = new Int32Array(index.titleTerms.length);
  const cursor = titleCount.slice(0, terms);
  for (let d = 0; d < docCount; d += 1) {
    for (let k = index.titleStart[d]!; k < index.titleStart[d + 1]!; k += 1)
      titleDoc[cursor[index.titleTerms[k]!]!++] = d;
  }

  const upper = index.postingIds.length + index.titleTerms.length;
  const docs = new Int32Array(upper);
  const tf = new Uint16Array(upper);
  const postingStart = new Int32Array(terms + 1);
  let n = 0;
  for (let t = 0; t < terms; t += 1) {
    postingStart[t] = n;
    let p = index.postingStart[t]!;
    const pEnd = index.postingStart[t + 1]!;
    let q = titleCount[t]!;
    const qEnd = titleCount[t + 1]!;
    // Merge the sentence postings (grouped by their document) with the headline postings.
    while (p < pEnd || q < qEnd) {
      const fromSentences = p < pEnd ? index.doc[index.postingIds[p]!]! : docCount;
      const fromTitle = q < qEnd ? titleDoc[q]! : docCount;
      const d = Math.min(fromSentences, fromTitle);
      let count = 0;
      while (p < pEnd && index.doc[index.postingIds[p]!] === d) count += index.postingTf[p++]!;
      while (q < qEnd && titleDoc[q] === d) {
        count += TITLE_WEIGHT;
        q += 1;
      }
      docs[n] = d;
      tf[n] = Math.min(count, 65535);
      n += 1;
    }
  }
  postingStart[terms] = n;
  let total = 0;
  for (let d = 0; d < docCount; d += 1) total += length[d]!;
  return {
    length,
    averageLength: docCount > 0 ? Math.max(1, total / docCount) : 1,
    postingStart,
    docs: docs.slice(0, n),
    tf: tf.slice(0, n),
    titlePostingStart: titleCount,
    titleDocs: titleDoc,
  };
}
