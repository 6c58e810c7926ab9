/**
 * Inside one chosen article (RankQuery.docIndex), what tells its sentences apart. The corpus's idf
 * says how rare a question word is across the archive; inside the article about it, the story's
 * own words (`Severn Air`, `pottery`, `GCSE`) stand in many sentences and say nothing of which one
 * answers, while the word the question asks with (`bust`, `score`, `depth`) stands in one or none.
 * So each question word's weight in a sentence's own match is scaled by how rare it is among the
 * article's sentences (RankParams.articleIdfWeight): a word in one sentence of the article keeps its
 * weight, one in every sentence loses the share `articleIdfWeight` of it.
 */
import { residentPostings } from './resident.ts';
import type { SentenceIndex } from './sentenceIndex.ts';

/**
 * The share of its weight (0..1) that term `termId` keeps in sentences [lo, hi) of one article:
 * 1 - w + w · ln(n / df) / ln(n), df the article's sentences holding it (n of them). A term no
 * sentence holds, or an article of one sentence, keeps it all. One binary search in the term's
 * postings (sorted by sentence), no pass over the article.
 */
export function articleShare(index: SentenceIndex, termId: number, lo: number, hi: number, w: number): number {
  const n = hi - lo;
  if (w === 0 || n < 2) return 1;
  residentPostings(index, termId);
  const ids = index.postingIds;
  const start = index.postingStart[termId]!;
  const end = index.postingStart[termId + 1]!;
  const df = lowerBound(ids, start, end, hi) - lowerBound(ids, start, end, lo);
  if (df === 0) return 1;
  const rarity = Math.min(1, Math.max(0, Math.log(n / df) / Math.log(n)));
  return 1 - w + w * rarity;
}

function lowerBound(ids: Int32Array, from: number, to: number, value: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ids[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
