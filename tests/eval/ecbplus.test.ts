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

/** An ECB+ id's story (`35_4ecb` -> `35ecb`) and topic (`35`): each topic pairs two stories. */
const story = (id: string): string => id.replace(/_\d+/, '');
const topic = (id: string): string => id.split('_')[0]!;

// The second set is held out (written before any run, scored once: docs/quality.md, `ECB+ 2`).
describe('ECB+ second question set (held out)', () => {
  const dev = read('ecbplus-dev2.jsonl');
  const none = read('ecbplus-unanswerable2.jsonl');
  const first = new Set(read('ecbplus-dev.jsonl').map((q) => q.question.toLowerCase()));

  it('has 50 answerable questions over 30+ stories, none of the first set, and 10 off-topic and 8 near-miss ones', () => {
    expect(dev).toHaveLength(50);
    // Spread like the held-out archive's questions: no few stories carry the set.
    expect(new Set(dev.map((q) => story(q.article!))).size).toBeGreaterThanOrEqual(30);
    for (const q of dev) {
      expect(first.has(q.question.toLowerCase()), q.question).toBe(false);
      expect(q.answers.length, q.question).toBeGreaterThan(0);
      expect(q.article).toMatch(/^\d+_\d+ecb(plus)?$/);
      // The other outlets' wording of the answer comes from the same topic's articles, never the article itself.
      for (const id of q.alsoIn ?? []) {
        expect(id).toMatch(/^\d+_\d+ecb(plus)?$/);
        expect(id, q.question).not.toBe(q.article);
        expect(topic(id), q.question).toBe(topic(q.article!));
      }
    }
    expect(none.every((q) => q.answers.length === 0)).toBe(true);
    expect(none.filter((q) => q.kind === 'off-topic')).toHaveLength(10);
    const nearMisses = none.filter((q) => q.kind === 'near-miss');
    expect(nearMisses).toHaveLength(8);
    // A near miss is on one story's topic: it names that story's article.
    for (const q of nearMisses) expect(q.article, q.question).toMatch(/^\d+_\d+ecb(plus)?$/);
    expect(none).toHaveLength(18);
  });

  // The texts are not in git: this runs where tests/eval/ecbplus-corpus.ts has laid them out.
  it.skipIf(!existsSync(ECBPLUS_CORPUS))(
    "finds every gold sentence verbatim in its articles, and each near miss's article",
    () => {
      expect(checkGold(dev)).toEqual([]);
      const missing = none
        .filter((q) => q.kind === 'near-miss' && !existsSync(`${ECBPLUS_CORPUS}/${q.article}.txt`))
        .map((q) => q.question);
      expect(missing).toEqual([]);
    },
  );
});

// The third set is held out too (written before any run, scored once: docs/quality.md, `ECB+ 3`),
// on facts neither earlier set asks.
describe('ECB+ third question set (held out)', () => {
  const dev = read('ecbplus-dev3.jsonl');
  const none = read('ecbplus-unanswerable3.jsonl');
  const earlier = new Set(
    [...read('ecbplus-dev.jsonl'), ...read('ecbplus-dev2.jsonl')].map((q) => q.question.toLowerCase()),
  );

  it('has 30 answerable questions over 20+ stories, none of the earlier sets, and 6 off-topic and 6 near-miss ones', () => {
    expect(dev).toHaveLength(30);
    expect(new Set(dev.map((q) => story(q.article!))).size).toBeGreaterThanOrEqual(20);
    for (const q of dev) {
      expect(earlier.has(q.question.toLowerCase()), q.question).toBe(false);
      expect(q.answers.length, q.question).toBeGreaterThan(0);
      expect(q.article).toMatch(/^\d+_\d+ecb(plus)?$/);
      for (const id of q.alsoIn ?? []) {
        expect(id, q.question).not.toBe(q.article);
        expect(topic(id), q.question).toBe(topic(q.article!));
      }
    }
    expect(none.every((q) => q.answers.length === 0)).toBe(true);
    expect(none.filter((q) => q.kind === 'off-topic')).toHaveLength(6);
    const nearMisses = none.filter((q) => q.kind === 'near-miss');
    expect(nearMisses).toHaveLength(6);
    for (const q of nearMisses) expect(q.article, q.question).toMatch(/^\d+_\d+ecb(plus)?$/);
  });

  // The texts are not in git: this runs where tests/eval/ecbplus-corpus.ts has laid them out.
  it.skipIf(!existsSync(ECBPLUS_CORPUS))(
    "finds every gold sentence verbatim in its articles, and each near miss's article",
    () => {
      expect(checkGold(dev)).toEqual([]);
      const missing = none
        .filter((q) => q.kind === 'near-miss' && !existsSync(`${ECBPLUS_CORPUS}/${q.article}.txt`))
        .map((q) => q.question);
      expect(missing).toEqual([]);
    },
  );
});
