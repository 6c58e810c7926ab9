/**
 * Ranking: BM25 over the inverted index, then what the evaluation shows helps sentence
 * retrieval for questions: a sentence that refers back with a pronoun borrows score from the
 * sentence before (context), early sentences get a small lead prior, and on the best few,
 * query terms standing close together (proximity) and the kind of token the question asks for
 * (answer type) count. Every step is a pure function of the index and the query.
 */
import { idf, tfWeight, type Bm25Params } from './bm25.ts';
import type { SentenceIndex } from './index.ts';
import type { AnswerType } from './question.ts';
import { FLAG_NUMERIC, FLAG_PROPER, FLAG_TEMPORAL } from './tokenFlags.ts';

export interface RankParams extends Bm25Params {
  /** Share of the previous sentence's BM25 added to a sentence that refers back to it with a pronoun. */
  readonly pronounWeight: number;
  /** Multiplier (1 + w * proximity) for query terms adjacent in the sentence. */
  readonly proximityWeight: number;
  /** Multiplier (1 + w) when the sentence holds a token of the asked-for type beyond the query's own words. */
  readonly answerTypeWeight: number;
  /** Multiplier (1 + w / (1 + position in document)): leads tend to state the main facts. */
  readonly leadWeight: number;
  /** How many preliminary candidates get the proximity and answer-type pass. */
  readonly rerankDepth: number;
}

export const DEFAULT_RANK: RankParams = {
  k1: 1.2,
  b: 0.2,
  pronounWeight: 0.6,
  proximityWeight: 0.3,
  answerTypeWeight: 1,
  leadWeight: 0.15,
  rerankDepth: 100,
};

export interface QueryTerm {
  readonly term: string;
  /** Undefined when the corpus never uses the term. */
  readonly termId: number | undefined;
  readonly idf: number;
}

export interface RankedSentence {
  readonly id: number;
  readonly score: number;
  /** Share of the query's idf mass this sentence matches, 0..1. */
  readonly coverage: number;
  /** Coverage, lowered when the question asks for a kind of answer (a date, a number, a name) the sentence does not hold. */
  readonly confidence: number;
}

/** A sentence without the asked-for kind of token answers the question less surely. */
const MISSING_TYPE_CONFIDENCE = 0.7;

export interface RankQuery {
  readonly terms: readonly QueryTerm[];
  readonly answerType: AnswerType | null;
  /** Restrict to one document's sentences. */
  readonly docIndex?: number;
  /** Also rank the sentences that match nothing (only with docIndex). */
  readonly includeUnmatched?: boolean;
}

export function queryTerms(index: SentenceIndex, terms: readonly string[]): QueryTerm[] {
  const seen = new Set<string>();
  const out: QueryTerm[] = [];
  for (const term of terms) {
    if (seen.has(term)) continue;
    seen.add(term);
    const termId = index.vocabulary.get(term);
    const df = termId === undefined ? 0 : index.postingStart[termId + 1]! - index.postingStart[termId]!;
    out.push({ term, termId, idf: idf(index.sentenceCount, df) });
  }
  return out;
}

/** The ids of the query's terms that the corpus uses. */
export function knownTermIds(terms: readonly QueryTerm[]): number[] {
  return terms.flatMap((t) => (t.termId === undefined ? [] : [t.termId]));
}

/** Scratch space reused across queries; reset through the touched list only. */
class Scratch {
  bm25: Float64Array;
  matched: Float64Array;
  touched: Int32Array;
  touchedCount = 0;
  constructor(size: number) {
    this.bm25 = new Float64Array(size);
    this.matched = new Float64Array(size);
    this.touched = new Int32Array(size);
  }
  reset(): void {
    for (let i = 0; i < this.touchedCount; i += 1) {
      const id = this.touched[i]!;
      this.bm25[id] = 0;
      this.matched[id] = 0;
    }
    this.touchedCount = 0;
  }
}

const scratchFor = new WeakMap<SentenceIndex, Scratch>();

export function rank(index: SentenceIndex, query: RankQuery, params: RankParams, limit: number): RankedSentence[] {
  let scratch = scratchFor.get(index);
  if (!scratch) {
    scratch = new Scratch(index.sentenceCount);
    scratchFor.set(index, scratch);
  }
  try {
    return rankWith(index, query, params, limit, scratch);
  } finally {
    scratch.reset();
  }
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

function rankWith(index: SentenceIndex, query: RankQuery, params: RankParams, limit: number, s: Scratch): RankedSentence[] {
  const { bm25, matched, touched } = s;
  const totalIdf = query.terms.reduce((sum, t) => sum + t.idf, 0);
  if (totalIdf === 0 && !query.includeUnmatched) return [];
  const share = (idfMass: number): number => (totalIdf === 0 ? 0 : idfMass / totalIdf);
  const scoped = query.docIndex !== undefined;
  const lo = scoped ? index.docFirst[query.docIndex!]! : 0;
  const hi = scoped ? index.docFirst[query.docIndex! + 1]! : index.sentenceCount;

  // 1. BM25 and matched idf mass, touching only the postings of the query's terms.
  for (const term of query.terms) {
    if (term.termId === undefined) continue;
    let from = index.postingStart[term.termId]!;
    let to = index.postingStart[term.termId + 1]!;
    if (scoped) {
      from = lowerBound(index.postingIds, from, to, lo);
      to = lowerBound(index.postingIds, from, to, hi);
    }
    for (let p = from; p < to; p += 1) {
      const id = index.postingIds[p]!;
      if (matched[id] === 0) touched[s.touchedCount++] = id;
      bm25[id] = bm25[id]! + term.idf * tfWeight(index.postingTf[p]!, index.length[id]!, index.averageLength, params);
      matched[id] = matched[id]! + term.idf;
    }
  }

  // 2. Preliminary score: own BM25, context through a pronoun, lead prior.
  const candidates: number[] = [];
  if (scoped && query.includeUnmatched) for (let id = lo; id < hi; id += 1) candidates.push(id);
  else for (let i = 0; i < s.touchedCount; i += 1) candidates.push(touched[i]!);
  const score = new Float64Array(candidates.length);
  for (let i = 0; i < candidates.length; i += 1) {
    const id = candidates[i]!;
    const doc = index.doc[id]!;
    const first = index.docFirst[doc]!;
    const context = id > first && index.refersBack[id] === 1 ? params.pronounWeight * bm25[id - 1]! : 0;
    score[i] = (bm25[id]! + context) * (1 + params.leadWeight / (1 + id - first));
  }
  const order = topK(score, candidates, Math.max(limit, params.rerankDepth));

  // 3. Rerank the best few with proximity and answer type, which need the sentence's terms.
  const queryIds = knownTermIds(query.terms);
  const wanted = query.answerType === null ? 0
    : query.answerType === 'time' ? FLAG_TEMPORAL
    : query.answerType === 'number' ? FLAG_NUMERIC
    : FLAG_PROPER;
  const ranked: RankedSentence[] = order.map((i) => {
    const id = candidates[i]!;
    const coverage = share(matched[id]!);
    const fit = wanted === 0 ? 1 : answerTypeFit(index, id, queryIds, wanted);
    let value = score[i]!;
    if (value > 0) {
      value *= 1 + params.proximityWeight * proximity(index, id, queryIds);
      if (wanted !== 0) value *= 1 + params.answerTypeWeight * fit;
    }
    return { id, score: value, coverage, confidence: fit > 0 ? coverage : coverage * MISSING_TYPE_CONFIDENCE };
  });
  ranked.sort((a, b) => b.score - a.score || a.id - b.id);
  return ranked.slice(0, limit);
}

/** Indices of the k highest scores, best first, ties by sentence id (so never by file order). */
function topK(score: Float64Array, ids: readonly number[], k: number): number[] {
  const all = Array.from({ length: score.length }, (_, i) => i);
  const better = (a: number, b: number): number => score[b]! - score[a]! || ids[a]! - ids[b]!;
  if (all.length <= k * 4) return all.sort(better).slice(0, k);
  // Keep a threshold instead of sorting everything: most touched sentences are far below it.
  const kept = all.slice(0, k).sort(better);
  let worst = kept[k - 1]!;
  for (let i = k; i < all.length; i += 1) {
    if (better(i, worst) < 0) {
      kept.push(i);
      if (kept.length >= k * 4) {
        kept.sort(better).length = k;
        worst = kept[k - 1]!;
      }
    }
  }
  return kept.sort(better).slice(0, k);
}

/** Share of adjacent term pairs in the sentence that are two different query terms (gap of one word allowed). */
function proximity(index: SentenceIndex, id: number, queryIds: readonly number[]): number {
  if (queryIds.length < 2) return 0;
  const from = index.seqStart[id]!;
  const to = index.seqStart[id + 1]!;
  let pairs = 0;
  let previous = -1;
  let previousAt = -10;
  for (let p = from; p < to; p += 1) {
    const term = index.termSeq[p]!;
    if (!queryIds.includes(term)) continue;
    if (previous !== -1 && previous !== term && p - previousAt <= 2) pairs += 1;
    previous = term;
    previousAt = p;
  }
  return Math.min(1, pairs / (queryIds.length - 1));
}

/**
 * How well sentence `id` holds the asked-for kind of token (one not among the query's own
 * terms): 1 when it stands within a few words of a query term ("a nine-member delegation"
 * for "how many in the delegation"), 0.5 when it is elsewhere in the sentence, 0 when absent.
 */
function answerTypeFit(index: SentenceIndex, id: number, queryIds: readonly number[], flag: number): number {
  const from = index.seqStart[id]!;
  const to = index.seqStart[id + 1]!;
  let fit = 0;
  for (let p = from; p < to && fit < 1; p += 1) {
    if ((index.termFlags[p]! & flag) === 0 || queryIds.includes(index.termSeq[p]!)) continue;
    fit = 0.5;
    for (let q = Math.max(from, p - NEAR); q <= Math.min(to - 1, p + NEAR); q += 1) {
      if (queryIds.includes(index.termSeq[q]!)) fit = 1;
    }
  }
  return fit;
}

const NEAR = 3;
