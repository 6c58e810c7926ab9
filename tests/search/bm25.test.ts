import { describe, expect, it } from 'vitest';
import { idf, tfWeight } from '../../src/search/bm25.ts';

describe('BM25 (Lucene formulas, as wink-nlp bm25-vectorizer)', () => {
  it('idf is ln(1 + (N - n + 0.5) / (n + 0.5)) and never negative', () => {
    expect(idf(26, 1)).toBeCloseTo(Math.log(1 + 25.5 / 1.5), 12);
    expect(idf(10, 10)).toBeCloseTo(Math.log(1 + 0.5 / 10.5), 12);
    expect(idf(10, 10)).toBeGreaterThan(0);
  });

  it('tf weight saturates with k1 and is normalised by length with b', () => {
    const params = { k1: 1.2, b: 0.75 };
    // tf 1 in a sentence of average length: (1 * 2.2) / (1 + 1.2) = 1.
    expect(tfWeight(1, 10, 10, params)).toBeCloseTo(1, 12);
    // Twice as long as average: 2.2 / (1 + 1.2 * (0.25 + 1.5)) = 2.2 / 3.1.
    expect(tfWeight(1, 20, 10, params)).toBeCloseTo(2.2 / 3.1, 12);
    // b = 0: length does not matter.
    expect(tfWeight(3, 40, 10, { k1: 1.2, b: 0 })).toBeCloseTo((3 * 2.2) / (3 + 1.2), 12);
  });
});
