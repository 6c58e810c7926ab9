/** Lucene's BM25 (the same formulas as wink's bm25-vectorizer, without its rounding). */
export interface Bm25Params {
  readonly k1: number;
  readonly b: number;
}

/** Inverse document frequency: ln(1 + (N - n + 0.5) / (n + 0.5)); never negative. */
export function idf(documents: number, containing: number): number {
  return Math.log(1 + (documents - containing + 0.5) / (containing + 0.5));
}

/** The saturated, length-normalised weight of a term seen `tf` times in a sentence of `length` terms. */
export function tfWeight(tf: number, length: number, averageLength: number, { k1, b }: Bm25Params): number {
  return (tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * length) / averageLength));
}
