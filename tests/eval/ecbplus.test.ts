import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkGold, detokenize, ECBPLUS_CORPUS } from './ecbplus-corpus.ts';

const root = new URL('../..', import.meta.url).pathname;
const read = (name: string) =>
  readFileSync(`${root}tests/qa/${name}`, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map(
      (l) =>
        JSON.parse(l) as { question: string; answers: string[]; article?: string; alsoIn?: string[]; kind?: string },
    );

describe('ECB+ detokenize', () => {
  it('glues punctuation, clitics and quotes back on', () => {
    expect(detokenize(['``', 'Yes', ',', "''", 'he', 'said', '.'], false)).toBe('"Yes," he said.');
    expect(detokenize(['Reid', "'s", 'rep', 'did', "n't", 'say', '.'], false)).toBe("Reid's rep didn't say.");
    expect(detokenize(['"The', 'warship', 'left', ',', '"', 'the', 'officer', 'said', '.'], true)).toBe(
      '"The warship left," the officer said.',
    );
  });

  it('joins what the ECB+ tokeniser split, in the ECB+ half only', () => {
    expect(detokenize(['a', 'five', '-', 'boat', 'attack', 'with', 'AK', '-', '47', 'rifles'], true)).toBe(
      'a five-boat attack with AK-47 rifles',
    );
    expect(detokenize(['at', '09', ':', '56', ',', 'a', 'level', 'of', '0', '.', '07', 'percent'], true)).toBe(
      'at 09:56, a level of 0.07 percent',
    );
    expect(detokenize(['the', 'U', '.', 'S', '.', 'and', '20', ',', '000', 'people'], true)).toBe(
      'the U.S. and 20,000 people',
    );
    expect(detokenize(['California', '-', 'the', 'same'], true)).toBe('California - the same');
    expect(detokenize(['five', '-', 'boat'], false)).toBe('five - boat');
  });
});

describe('ECB+ question sets', () => {
  const dev = read('ecbplus-dev.jsonl');
  const none = read('ecbplus-unanswerable.jsonl');

  it('has 60+ answerable questions, each from one article, and 10 off-topic and 8+ near-miss ones', () => {
    expect(dev.length).toBeGreaterThanOrEqual(60);
    for (const q of dev) {
      expect(q.answers.length).toBeGreaterThan(0);
      expect(q.article).toMatch(/^\d+_\d+ecb(plus)?$/);
    }
    expect(none.every((q) => q.answers.length === 0)).toBe(true);
    expect(none.filter((q) => q.kind === 'off-topic').length).toBeGreaterThanOrEqual(10);
    expect(none.filter((q) => q.kind === 'near-miss').length).toBeGreaterThanOrEqual(8);
  });

  // The texts are not in git: this runs where tests/eval/ecbplus-corpus.ts has laid them out.
  it.skipIf(!existsSync(ECBPLUS_CORPUS))('finds every gold sentence verbatim in its articles', () => {
    expect(checkGold(dev)).toEqual([]);
  });
});
