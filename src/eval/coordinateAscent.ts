/**
 * Coordinate ascent over a grid per parameter (Metzler & Croft's way of fitting a linear ranking
 * model to a metric that has no gradient): each pass visits the parameters in a seeded order and
 * moves one at a time to the value on its grid that scores best with the others held, until a pass
 * changes nothing. Grid values are tried in order and a value replaces the best so far only when it
 * gains more than `minGain`. Deterministic for a given seed; ties keep the current value, so a parameter
 * only moves for a real gain.
 */
import { rng } from './random.ts';

/** One parameter of the search and the values it may take. */
export interface Dimension<K extends string = string> {
  readonly name: K;
  readonly grid: readonly number[];
}

export type Point<K extends string = string> = Readonly<Record<K, number>>;

export interface AscentOptions {
  /** At most this many passes over all the parameters. */
  readonly passes: number;
  /** Seeds the order in which each pass visits the parameters. */
  readonly seed: number;
  /**
   * A move must gain more than this (default: any gain). With scores made of counts, a bar of about
   * one question's worth keeps a weight from moving for noise.
   */
  readonly minGain?: number;
  /** Hears each accepted move. */
  readonly onMove?: (move: { pass: number; name: string; from: number; to: number; score: number }) => void;
}

export interface AscentResult<K extends string> {
  readonly best: Point<K>;
  readonly score: number;
  /** Passes run, counting the last one. */
  readonly passes: number;
  /** True when the last pass moved nothing (false: `passes` ran out first). */
  readonly converged: boolean;
  /** Distinct points scored. */
  readonly evaluations: number;
}

/** A gain below this is a tie (scores are sums of counts divided by set sizes). */
const EPSILON = 1e-9;

export function coordinateAscent<K extends string>(
  dimensions: readonly Dimension<K>[],
  start: Point<K>,
  objective: (point: Point<K>) => number,
  options: AscentOptions,
): AscentResult<K> {
  const seen = new Map<string, number>();
  const scoreOf = (point: Point<K>): number => {
    const key = keyOf(point);
    let value = seen.get(key);
    if (value === undefined) {
      value = objective(point);
      seen.set(key, value);
    }
    return value;
  };
  let best: Point<K> = { ...start };
  let score = scoreOf(best);
  const random = rng(options.seed);
  const bar = Math.max(EPSILON, options.minGain ?? 0);
  let pass = 0;
  let converged = false;
  while (pass < options.passes) {
    pass += 1;
    let moved = false;
    for (const dimension of shuffled(dimensions, random)) {
      const from = best[dimension.name];
      for (const value of dimension.grid) {
        if (value === best[dimension.name]) continue;
        const candidate = { ...best, [dimension.name]: value } as Point<K>;
        const candidateScore = scoreOf(candidate);
        if (candidateScore > score + bar) {
          best = candidate;
          score = candidateScore;
        }
      }
      if (best[dimension.name] !== from) {
        moved = true;
        options.onMove?.({ pass, name: dimension.name, from, to: best[dimension.name], score });
      }
    }
    if (!moved) {
      converged = true;
      break;
    }
  }
  return { best, score, passes: pass, converged, evaluations: seen.size };
}

/** The same key for the same values whatever the order of the properties. */
export function keyOf(point: Readonly<Record<string, number>>): string {
  return Object.keys(point)
    .sort()
    .map((k) => `${k}=${point[k]}`)
    .join(',');
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
