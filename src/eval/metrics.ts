/**
 * Ranking metrics: mean average precision and mean reciprocal rank over ranked lists, as in
 * answer-sentence selection papers (WikiQA, TrecQA). Each list holds the relevance of the hits,
 * best first.
 */

export interface RankedList {
  /** Relevance of each hit, best first. */
  readonly relevance: readonly boolean[];
  /**
   * How many relevant items exist for the query, retrieved or not. A relevant item missing
   * from the list counts as found at no rank (precision 0). Defaults to the relevant hits listed.
   */
  readonly totalRelevant?: number;
}

/** Mean of precision@k over the ranks k of the relevant hits, divided by the number of relevant items. */
export function averagePrecision(relevance: readonly boolean[], totalRelevant?: number): number {
  const listed = relevance.filter(Boolean).length;
  const total = totalRelevant ?? listed;
  if (total < listed)
    throw new RangeError(`totalRelevant (${total}) is smaller than the ${listed} relevant hits listed`);
  if (total === 0) return 0;
  let found = 0;
  let sum = 0;
  relevance.forEach((relevant, i) => {
    if (!relevant) return;
    found += 1;
    sum += found / (i + 1);
  });
  return sum / total;
}

/** 1 / rank of the first relevant hit; 0 when none is listed. */
export function reciprocalRank(relevance: readonly boolean[]): number {
  const first = relevance.indexOf(true);
  return first === -1 ? 0 : 1 / (first + 1);
}

export interface MapMrr {
  readonly map: number;
  readonly mrr: number;
  /** Number of lists averaged. */
  readonly queries: number;
}

/** MAP and MRR over queries; every list counts, an empty or hopeless one as 0. No lists: both 0. */
export function mapMrr(lists: readonly RankedList[]): MapMrr {
  if (lists.length === 0) return { map: 0, mrr: 0, queries: 0 };
  let ap = 0;
  let rr = 0;
  for (const list of lists) {
    ap += averagePrecision(list.relevance, list.totalRelevant);
    rr += reciprocalRank(list.relevance);
  }
  return { map: ap / lists.length, mrr: rr / lists.length, queries: lists.length };
}

export function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

/** An answer is "the text of a correct sentence or part of it": a hit is right when it contains one. */
export function normalizeForMatch(text: string): string {
  return text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

export function hitAnswers(hitText: string, answers: readonly string[]): boolean {
  const hit = normalizeForMatch(hitText);
  return answers.some((answer) => {
    const wanted = normalizeForMatch(answer);
    return wanted !== '' && (hit.includes(wanted) || (hit.length > 20 && wanted.includes(hit)));
  });
}
