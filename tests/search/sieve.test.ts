import { describe, expect, it } from 'vitest';
import { idSieve, mayHold } from '../../src/search/sieve.ts';

describe('idSieve', () => {
  it('sets one bit for each id modulo 32', () => {
    // 33 and 1 share a bit; 70 is 6 modulo 32.
    expect(idSieve([1, 33, 70])).toBe((1 << 1) | (1 << 6));
    expect(idSieve([])).toBe(0);
    // Bit 31 makes the number negative (a 32-bit integer): still one bit.
    expect(idSieve([31])).toBe(1 << 31);
  });

  it('never says no for an id of the list; says no for ids whose bit is unset', () => {
    const ids = [4, 40, 1003, 31, 60_001];
    const sieve = idSieve(ids);
    for (const id of ids) expect(mayHold(sieve, id)).toBe(true);
    // Their bits are 4, 8, 11, 31 and 1: 5 and 6 are told apart; 36 shares 4's bit, so "maybe" (the list decides).
    expect(mayHold(sieve, 5)).toBe(false);
    expect(mayHold(sieve, 6)).toBe(false);
    expect(mayHold(sieve, 36)).toBe(true);
  });
});
