/**
 * Joins indexes built over consecutive ranges of documents into the index one build over all
 * of them would give: term ids in order of first use, postings in sentence order.
 */
import { narrowTermStarts, withDocumentStats, type SentenceIndex } from '../search/sentenceIndex.ts';

function concatInt32(parts: readonly Int32Array[], offsets: readonly number[]): Int32Array {
  const out = new Int32Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  parts.forEach((part, k) => {
    const offset = offsets[k]!;
    if (offset === 0) out.set(part, at);
    else for (let i = 0; i < part.length; i += 1) out[at + i] = part[i]! + offset;
    at += part.length;
  });
  return out;
}

function concatTyped<T extends Uint8Array | Uint16Array | Uint32Array>(parts: readonly T[]): T {
  const out = new (parts[0]!.constructor as new (n: number) => T)(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

export function mergeIndexes(parts: readonly SentenceIndex[]): SentenceIndex {
  if (parts.length === 1) return parts[0]!;
  const vocabulary = new Map<string, number>();
  const remaps = parts.map((part) => {
    const remap = new Int32Array(part.vocabulary.size);
    for (const [term, local] of part.vocabulary) {
      let global = vocabulary.get(term);
      if (global === undefined) {
        global = vocabulary.size;
        vocabulary.set(term, global);
      }
      remap[local] = global;
    }
    return remap;
  });

  const sentenceOffsets: number[] = [];
  const docOffsets: number[] = [];
  const seqOffsets: number[] = [];
  let sentences = 0;
  let docs = 0;
  let seq = 0;
  for (const part of parts) {
    sentenceOffsets.push(sentences);
    docOffsets.push(docs);
    seqOffsets.push(seq);
    sentences += part.sentenceCount;
    docs += part.documentCount;
    seq += part.termSeq.length;
  }

  // Postings: count per global term, then copy each part's lists in part order.
  const postingStart = new Int32Array(vocabulary.size + 1);
  parts.forEach((part, k) => {
    const remap = remaps[k]!;
    for (let t = 0; t < remap.length; t += 1)
      postingStart[remap[t]! + 1]! += part.postingStart[t + 1]! - part.postingStart[t]!;
  });
  for (let t = 0; t < vocabulary.size; t += 1) postingStart[t + 1]! += postingStart[t]!;
  const total = postingStart[vocabulary.size]!;
  const postingIds = new Int32Array(total);
  const postingTf = new Uint16Array(total);
  const cursor = postingStart.slice(0, vocabulary.size);
  parts.forEach((part, k) => {
    const remap = remaps[k]!;
    const offset = sentenceOffsets[k]!;
    for (let t = 0; t < remap.length; t += 1) {
      const g = remap[t]!;
      for (let p = part.postingStart[t]!; p < part.postingStart[t + 1]!; p += 1) {
        postingIds[cursor[g]!] = part.postingIds[p]! + offset;
        postingTf[cursor[g]!] = part.postingTf[p]!;
        cursor[g]! += 1;
      }
    }
  });

  const remapAll = (pick: (part: SentenceIndex) => Int32Array): Int32Array => {
    const out = new Int32Array(parts.reduce((n, p) => n + pick(p).length, 0));
    let k = 0;
    parts.forEach((part, i) => {
      const remap = remaps[i]!;
      for (const local of pick(part)) out[k++] = remap[local]!;
    });
    return out;
  };
  const termSeq = remapAll((part) => part.termSeq);
  const titleTerms = remapAll((part) => part.titleTerms);
  const titleOffsets: number[] = [];
  let titles = 0;
  for (const part of parts) {
    titleOffsets.push(titles);
    titles += part.titleTerms.length;
  }

  // Per-document and per-sentence arrays carry one trailing entry each (the total): drop all but the last.
  const withoutLast = (a: Int32Array): Int32Array => a.subarray(0, a.length - 1);
  const docFirst = concatInt32(
    [...parts.map((p) => withoutLast(p.docFirst)), Int32Array.of(0)],
    [...sentenceOffsets, sentences],
  );
  const titleStart = concatInt32(
    [...parts.map((p) => withoutLast(p.titleStart)), Int32Array.of(0)],
    [...titleOffsets, titles],
  );
  const seqStart = concatInt32([...parts.map((p) => withoutLast(p.seqStart)), Int32Array.of(0)], [...seqOffsets, seq]);
  const length = concatInt32(
    parts.map((p) => p.length),
    parts.map(() => 0),
  );
  const totalLength = length.reduce((a, b) => a + b, 0);

  return withDocumentStats({
    sentenceCount: sentences,
    documentCount: docs,
    averageLength: sentences > 0 ? Math.max(1, totalLength / sentences) : 1,
    vocabulary,
    doc: concatInt32(
      parts.map((p) => p.doc),
      docOffsets,
    ),
    paragraph: concatInt32(
      parts.map((p) => p.paragraph),
      parts.map(() => 0),
    ),
    sentence: concatInt32(
      parts.map((p) => p.sentence),
      parts.map(() => 0),
    ),
    start: concatInt32(
      parts.map((p) => p.start),
      parts.map(() => 0),
    ),
    end: concatInt32(
      parts.map((p) => p.end),
      parts.map(() => 0),
    ),
    length,
    refersBack: concatTyped(parts.map((p) => p.refersBack)),
    cues: concatTyped(parts.map((p) => p.cues)),
    docFirst,
    titleStart,
    titleTerms,
    titleQualifier: concatTyped(parts.map((p) => p.titleQualifier)),
    postingStart,
    postingIds,
    postingTf,
    seqStart,
    termSeq,
    termFlags: concatTyped(parts.map((p) => p.termFlags)),
    termStart: narrowTermStarts(
      concatInt32(
        parts.map((p) => Int32Array.from(p.termStart)),
        parts.map(() => 0),
      ),
    ),
    termLength: concatTyped(parts.map((p) => p.termLength)),
    sentenceHash: concatInt32(
      parts.map((p) => p.sentenceHash),
      parts.map(() => 0),
    ),
    docSketch: concatTyped(parts.map((p) => p.docSketch)),
  });
}
