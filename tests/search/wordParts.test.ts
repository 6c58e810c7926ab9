import { describe, expect, it } from 'vitest';
import type { SentenceIndex } from '../../src/search/sentenceIndex.ts';
import { partsOf, termsHolding } from '../../src/search/wordParts.ts';

/** An index as wordParts reads it: its vocabulary only. */
const indexOf = (terms: readonly string[]): SentenceIndex =>
  ({ vocabulary: new Map(terms.map((t, i) => [t, i])) }) as unknown as SentenceIndex;
const same = (word: string): string => word;

describe('a word as a part of a longer one (RankParams.paraphraseParts, off)', () => {
  const index = indexOf(['sea', 'gull', 'seagull', 'gull-proof', 'proof', 'super-casino', 'casino', 'bring', 'ring']);

  it('splits a closed compound whose parts are both words of the index, and a hyphenated one', () => {
    expect(partsOf([index], 'seagull', same)).toEqual(['gull']);
    expect(partsOf([index], 'super-casino', same)).toEqual(['casino']);
    expect(partsOf([index], 'gull-proof', same)).toEqual(['gull', 'proof']);
  });

  it('leaves a word whose rest is too short or no word alone: `bring` is not `b` + `ring`', () => {
    expect(partsOf([index], 'bring', same)).toEqual([]);
    expect(partsOf([index], 'gull', same)).toEqual([]);
  });

  it('finds the longer words holding a question word', () => {
    expect(termsHolding(index, 'gull', same)).toEqual(['seagull', 'gull-proof']);
    expect(termsHolding(index, 'casino', same)).toEqual(['super-casino']);
    expect(termsHolding(index, 'ring', same)).toEqual([]);
  });
});
