/**
 * Edit distances: Levenshtein for "did you mean" hints, and the one-edit-or-swap test the quote pass
 * uses to read a misspelt long title as a title (`Represenative`, `Minsiter`). The one-pass test must
 * give the answer the distance gives (exactly 1), plus a swap of two neighbouring letters.
 */
import { describe, expect, it } from 'vitest';
import { editDistance, oneEditOrSwap } from '../src/editDistance.ts';

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('minister', 'minister')).toBe(0);
    expect(editDistance('minister', 'ministers')).toBe(1);
    expect(editDistance('minister', 'minster')).toBe(1);
    expect(editDistance('minister', 'ministor')).toBe(1);
    // A swap is two substitutions to Levenshtein.
    expect(editDistance('minister', 'minsiter')).toBe(2);
  });
});

describe('oneEditOrSwap', () => {
  it('takes one letter dropped, added or changed, anywhere in the word', () => {
    expect(oneEditOrSwap('representative', 'represenative')).toBe(true); // dropped inside
    expect(oneEditOrSwap('secretary', 'ecretary')).toBe(true); // dropped first
    expect(oneEditOrSwap('secretary', 'secretar')).toBe(true); // dropped last
    expect(oneEditOrSwap('chairman', 'chairmann')).toBe(true); // added last
    expect(oneEditOrSwap('chairman', 'xchairman')).toBe(true); // added first
    expect(oneEditOrSwap('governor', 'govornor')).toBe(true); // changed
    // Either way round: the title may be the longer or the shorter.
    expect(oneEditOrSwap('represenative', 'representative')).toBe(true);
  });

  it('takes two neighbouring letters swapped, anywhere in the word', () => {
    expect(oneEditOrSwap('minister', 'minsiter')).toBe(true);
    expect(oneEditOrSwap('minister', 'imnister')).toBe(true);
    expect(oneEditOrSwap('minister', 'ministre')).toBe(true);
  });

  it('refuses the word itself, two edits, a swap of letters apart, and lengths two apart', () => {
    expect(oneEditOrSwap('minister', 'minister')).toBe(false);
    expect(oneEditOrSwap('minister', 'minstr')).toBe(false); // two dropped
    expect(oneEditOrSwap('minister', 'mimistar')).toBe(false); // two changed, apart
    expect(oneEditOrSwap('minister', 'mimister')).toBe(true); // one of them alone
    expect(oneEditOrSwap('minister', 'mitisner')).toBe(false); // letters two apart swapped
    expect(oneEditOrSwap('minister', 'minisrtee')).toBe(false); // a swap and an addition
    expect(oneEditOrSwap('minister', 'inistrr')).toBe(false); // a drop and a change
    expect(oneEditOrSwap('governor', 'governorss')).toBe(false);
    // Two neighbours changed, not swapped: two edits.
    expect(oneEditOrSwap('minister', 'minixxer')).toBe(false);
  });

  it('agrees with editDistance (exactly 1) or a neighbouring swap on every word one or two edits from a title', () => {
    // Every single edit of `chairman` with the letters `a`, `n`, `x`, and every edit of those: the
    // one-pass test and the distance must agree on each.
    const title = 'chairman';
    const once = (w: string): string[] => {
      const out: string[] = [];
      for (let k = 0; k <= w.length; k += 1) {
        for (const c of 'anx') {
          out.push(w.slice(0, k) + c + w.slice(k));
          if (k < w.length) out.push(w.slice(0, k) + c + w.slice(k + 1));
        }
        if (k < w.length) out.push(w.slice(0, k) + w.slice(k + 1));
        if (k + 1 < w.length) out.push(w.slice(0, k) + w[k + 1] + w[k] + w.slice(k + 2));
      }
      return out;
    };
    const words = [...new Set(once(title).flatMap((w) => [w, ...once(w)]))];
    const swapped = (a: string, b: string): boolean => {
      if (a.length !== b.length) return false;
      const at = [...a].flatMap((c, k) => (c === b[k] ? [] : [k]));
      return at.length === 2 && at[1] === at[0]! + 1 && a[at[0]!] === b[at[1]!] && a[at[1]!] === b[at[0]!];
    };
    const disagreements = words.filter(
      (w) => oneEditOrSwap(title, w) !== (editDistance(title, w) === 1 || swapped(title, w)),
    );
    expect(words.length).toBeGreaterThan(1000);
    expect(disagreements).toEqual([]);
  });
});
