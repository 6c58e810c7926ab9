import { describe, expect, it } from 'vitest';
import { coordinateAscent, keyOf } from '../../src/eval/coordinateAscent.ts';
import { evaluate, summarize, type EvalQuestion, type EvalReport } from '../../src/eval/evaluate.ts';
import type { Hit, SearchResult } from '../../src/search/search.ts';
import { fitScore, setScore, sourceScore, TIEBREAK } from '../../src/eval/objective.ts';

const grid = [0, 0.5, 1, 1.5, 2];
const dimensions = [
  { name: 'x', grid },
  { name: 'y', grid },
] as const;

describe('coordinate ascent over a grid per weight', () => {
  it('reaches the best grid point of a separable objective from anywhere', () => {
    const objective = ({ x, y }: { x: number; y: number }): number => 10 - (x - 1.5) ** 2 - (y - 0.5) ** 2;
    const result = coordinateAscent(dimensions, { x: 0, y: 2 }, objective, { passes: 5, seed: 1 });
    expect(result.best).toEqual({ x: 1.5, y: 0.5 });
    expect(result.score).toBe(10);
  });

  it('stops after a pass that moves nothing, before the pass limit', () => {
    const result = coordinateAscent(dimensions, { x: 1, y: 1 }, ({ x, y }) => x + y, { passes: 10, seed: 1 });
    expect(result.best).toEqual({ x: 2, y: 2 });
    expect(result).toMatchObject({ passes: 2, converged: true });
  });

  it('says when the pass limit stopped it before it converged', () => {
    const result = coordinateAscent(dimensions, { x: 1, y: 1 }, ({ x, y }) => x + y, { passes: 1, seed: 1 });
    expect(result).toMatchObject({ passes: 1, converged: false });
  });

  it('moves a weight only for a gain above the bar, when one is set', () => {
    // x = 2 gains 0.01 over x = 1; y = 2 gains 1 over y = 1.
    const objective = ({ x, y }: { x: number; y: number }): number => (x === 2 ? 0.01 : 0) + (y === 2 ? 1 : 0);
    const result = coordinateAscent(dimensions, { x: 1, y: 1 }, objective, { passes: 3, seed: 1, minGain: 0.05 });
    expect(result.best).toEqual({ x: 1, y: 2 });
  });

  it('keeps the starting value on a tie: a weight moves only for a gain', () => {
    const result = coordinateAscent(dimensions, { x: 1, y: 0.5 }, ({ x }) => (x >= 1 ? 1 : 0), { passes: 3, seed: 1 });
    expect(result.best).toEqual({ x: 1, y: 0.5 });
  });

  it('gives the same answer for the same seed, and scores each point once', () => {
    let calls = 0;
    const objective = ({ x, y }: { x: number; y: number }): number => {
      calls += 1;
      return Math.sin(3 * x) + Math.cos(2 * y) + x * y * 0.1;
    };
    const first = coordinateAscent(dimensions, { x: 0, y: 0 }, objective, { passes: 4, seed: 7 });
    expect(calls).toBe(first.evaluations);
    const second = coordinateAscent(dimensions, { x: 0, y: 0 }, objective, { passes: 4, seed: 7 });
    expect(second).toEqual(first);
  });

  it('names a point by its values, whatever the order of its properties', () => {
    expect(keyOf({ b: 0.2, a: 1 })).toBe(keyOf({ a: 1, b: 0.2 }));
    expect(keyOf({ a: 1, b: 0.2 })).not.toBe(keyOf({ a: 1, b: 0.3 }));
  });
});

const report = (counts: Partial<EvalReport>): EvalReport => ({
  answerable: 0,
  unanswerable: 0,
  precisionAt1: 0,
  mrr: 0,
  recallAt3: 0,
  map: 0,
  declinedCorrectly: 0,
  declinedByKind: {},
  declinedAnswerable: 0,
  confident: 0,
  confidentRight: 0,
  outcomesByKind: {},
  outcomes: [],
  ...counts,
});

describe('the fitting objective', () => {
  it('counts an answer ranked first 1.5, one ranked second or third 0.5', () => {
    expect(setScore(report({ answerable: 2, precisionAt1: 1, recallAt3: 1 }))).toBe(0.75);
    expect(setScore(report({ answerable: 2, precisionAt1: 0, recallAt3: 1 }))).toBe(0.25);
  });

  it('costs an answerable question declined more than one answered wrongly', () => {
    const wrong = setScore(report({ answerable: 2, precisionAt1: 1, recallAt3: 1 }));
    const declined = setScore(report({ answerable: 2, precisionAt1: 1, recallAt3: 1, declinedAnswerable: 1 }));
    expect(declined).toBeLessThan(wrong);
  });

  it('credits unanswerable questions declined, less than answers found', () => {
    const all = setScore(report({ answerable: 1, unanswerable: 4, declinedCorrectly: 4 }));
    expect(all).toBe(0.25);
    expect(all).toBeLessThan(setScore(report({ answerable: 1, precisionAt1: 1, recallAt3: 1 })));
  });

  it('scores a source by the mean of its sets, so a big set does not drown a small one', () => {
    const big = report({ answerable: 100, precisionAt1: 100, recallAt3: 100 });
    const small = report({ answerable: 2 });
    expect(sourceScore([big, small])).toBe(0.75);
  });

  it('lets a tie-breaking source choose only among vectors the development sources score alike', () => {
    // One question's worth (1/111) on one of two development sources
    // outweighs the widest swing of a tie-breaking source's score (0 to 1.75).
    const scoreOf = (dev: number, tie: number): number =>
      fitScore([
        { score: dev, tiebreak: false },
        { score: 1, tiebreak: false },
        { score: tie, tiebreak: true },
      ]);
    expect(scoreOf(1 + 1 / 111, 0)).toBeGreaterThan(scoreOf(1, 1.75));
    expect(scoreOf(1, 1)).toBeGreaterThan(scoreOf(1, 0.5));
    expect(scoreOf(1, 1) - scoreOf(1, 0)).toBeCloseTo(TIEBREAK, 12);
  });
});

describe('a set searched in several corpora (fit.ts: uk, uk2, uk3, uk4)', () => {
  // A stand-in library: each question's hits and confidence fixed in advance, by its text.
  const hit = (text: string): Hit => ({ text, source: 'a.txt', alsoIn: [] }) as unknown as Hit;
  const results: Record<string, Partial<SearchResult>> = {
    'capital?': { hits: [hit('Paris is the capital.')], abstained: false, confidence: 'high' },
    'river?': { hits: [], abstained: true, confidence: null },
    'mayor?': { hits: [hit('The mayor spoke.')], abstained: false, confidence: 'low' },
    'bridge?': { hits: [hit('A road.'), hit('The bridge is old.')], abstained: false, confidence: 'low' },
  };
  const library = { search: (q: string) => ({ question: q, ...results[q] }) as SearchResult };
  const questions: EvalQuestion[] = [
    { question: 'capital?', answers: ['Paris'] },
    { question: 'river?', answers: ['Seine'] },
    { question: 'mayor?', answers: [], kind: 'near-miss' },
    { question: 'bridge?', answers: ['bridge is old'] },
  ];

  it('counts each question once: the parts together report as all the questions in one set', () => {
    const parts = [questions.slice(0, 2), questions.slice(2)].map((q) => evaluate(library, q, { limit: 10 }));
    const together = summarize(parts.flatMap((r) => r.outcomes));
    expect(together).toEqual(evaluate(library, questions, { limit: 10 }));
    expect(together).toMatchObject({
      answerable: 3,
      unanswerable: 1,
      precisionAt1: 1,
      recallAt3: 2,
      declinedAnswerable: 1,
      declinedCorrectly: 0,
      confident: 1,
      confidentRight: 1,
      outcomesByKind: {
        answerable: { confident: 1, unsure: 1, declined: 1, of: 3 },
        'near-miss': { confident: 0, unsure: 1, declined: 0, of: 1 },
      },
    });
  });
});
