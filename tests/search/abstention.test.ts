import { describe, expect, it } from 'vitest';
import { barsFor, declineReason, DEFAULT_ABSTENTION, type Evidence } from '../../src/search/abstention.ts';

const evidence = (over: Partial<Evidence>): Evidence => ({
  unknownShare: 0,
  knownTerms: 3,
  support: 0.8,
  contextSupport: 0.8,
  documentSupport: 0.9,
  focusSupport: 0.8,
  answerFit: 1,
  ...over,
});

describe('abstention bars', () => {
  it('are the small-corpus bars up to 1,000 sentences, the large ones from 20,000, and move with the log of the size between', () => {
    expect(barsFor(DEFAULT_ABSTENTION, 30)).toEqual(DEFAULT_ABSTENTION.small);
    expect(barsFor(DEFAULT_ABSTENTION, 100_000)).toEqual(DEFAULT_ABSTENTION.large);
    // sqrt(1,000 x 20,000) is half way in the logarithm.
    const middle = barsFor(DEFAULT_ABSTENTION, Math.sqrt(1_000 * 20_000));
    expect(middle.minSupport).toBeCloseTo((0.25 + 0.45) / 2, 10);
    expect(middle.maxUnknownShare).toBeCloseTo((0.9 + 0.4) / 2, 10);
  });
});

describe('one decision per question', () => {
  const large = barsFor(DEFAULT_ABSTENTION, 50_000);
  const decide = (e: Evidence, typed = false) => declineReason(e, typed, large, DEFAULT_ABSTENTION);

  it('answers a question its best sentence supports', () => {
    expect(decide(evidence({}))).toBeNull();
  });

  it('declines when nothing is left to search, or words no article uses carry much of the question', () => {
    expect(decide(evidence({ knownTerms: 0 }))).toBe('nothing-to-search');
    // "what was the result of the Brexit referendum": "Brexit" is unknown and rare words weigh most.
    expect(decide(evidence({ unknownShare: 0.47 }))).toBe('unknown-words');
  });

  it('declines when the best sentence with its headline and lede, or its article, holds too little of the question', () => {
    expect(decide(evidence({ contextSupport: 0.3 }))).toBe('weak-support');
    expect(decide(evidence({ documentSupport: 0.4 }))).toBe('article-off-topic');
  });

  it('declines a question asking for a number or a date its best sentence lacks, unless that sentence matches it almost whole', () => {
    expect(decide(evidence({ answerFit: 0.5, contextSupport: 0.9 }), true)).toBe('answer-type-missing');
    expect(decide(evidence({ answerFit: 0.5, contextSupport: 0.97 }), true)).toBeNull();
    expect(decide(evidence({ answerFit: 0.5, contextSupport: 0.9 }), false)).toBeNull();
  });
});
