import { describe, expect, it } from 'vitest';
import { averagePrecision, mapMrr, reciprocalRank } from '../../src/eval/metrics.ts';

const T = true;
const F = false;

describe('averagePrecision', () => {
  it('is 1 when the relevant hits come first', () => {
    expect(averagePrecision([T, T, F, F])).toBe(1);
  });

  it('averages precision at the ranks of the relevant hits', () => {
    // Relevant at ranks 2 and 4: (1/2 + 2/4) / 2.
    expect(averagePrecision([F, T, F, T])).toBe(0.5);
    // Relevant at ranks 1, 3, 6: (1/1 + 2/3 + 3/6) / 3 = 13/18.
    expect(averagePrecision([T, F, T, F, F, T])).toBeCloseTo(13 / 18, 12);
  });

  it('counts relevant items that were not retrieved as missed', () => {
    // One of two relevant items found, at rank 1: (1/1) / 2.
    expect(averagePrecision([T, F, F], 2)).toBe(0.5);
    // Relevant at rank 3, three relevant in all: (1/3) / 3.
    expect(averagePrecision([F, F, T], 3)).toBeCloseTo(1 / 9, 12);
  });

  it('is 0 with nothing relevant, or an empty list', () => {
    expect(averagePrecision([F, F, F])).toBe(0);
    expect(averagePrecision([])).toBe(0);
    expect(averagePrecision([], 2)).toBe(0);
  });

  it('refuses a total smaller than the relevant hits listed', () => {
    expect(() => averagePrecision([T, T], 1)).toThrow(RangeError);
  });
});

describe('reciprocalRank', () => {
  it('is 1 / the rank of the first relevant hit', () => {
    expect(reciprocalRank([T, F])).toBe(1);
    expect(reciprocalRank([F, F, T, T])).toBeCloseTo(1 / 3, 12);
    expect(reciprocalRank([F, F, F, F, T])).toBe(0.2);
  });

  it('is 0 when no hit is relevant', () => {
    expect(reciprocalRank([F, F])).toBe(0);
    expect(reciprocalRank([])).toBe(0);
  });
});

describe('mapMrr', () => {
  it('averages over queries, a query with no relevant hit counting 0', () => {
    const result = mapMrr([
      { relevance: [T, F, T] }, // AP (1 + 2/3) / 2 = 5/6, RR 1
      { relevance: [F, T], totalRelevant: 2 }, // AP (1/2) / 2 = 1/4, RR 1/2
      { relevance: [F, F, F], totalRelevant: 1 }, // AP 0, RR 0
      { relevance: [F, F, F, T] }, // AP 1/4, RR 1/4
    ]);
    expect(result.queries).toBe(4);
    // MAP = (5/6 + 1/4 + 0 + 1/4) / 4 = 1/3; MRR = (1 + 1/2 + 0 + 1/4) / 4 = 7/16.
    expect(result.map).toBeCloseTo(1 / 3, 12);
    expect(result.mrr).toBe(0.4375);
  });

  it('is 0 over no queries', () => {
    expect(mapMrr([])).toEqual({ map: 0, mrr: 0, queries: 0 });
  });
});
