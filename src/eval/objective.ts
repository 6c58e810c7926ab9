/**
 * What the ranking weights are fitted to (tests/eval/fit.ts): for one evaluated set, P@1 plus half
 * the top-3 recall (a right sentence first earns 1.5, second or third 0.5), less a penalty for each
 * answerable question declined, plus a smaller credit for each unanswerable question declined (so
 * a fit cannot buy answers by never declining). A source's score is the mean over its sets; a fit's
 * the mean over its sources, so a source with more questions does not outweigh the others.
 */
import type { EvalReport } from './evaluate.ts';
import { mean } from './metrics.ts';

export const OBJECTIVE = {
  /** Credit for a right sentence ranked 2nd or 3rd, against 1 for one ranked first. */
  top3: 0.5,
  /** Penalty per answerable question declined, on top of the answer lost. */
  declinedAnswerable: 0.5,
  /** Credit per unanswerable question declined or left unsure, as a share of the set's unanswerable questions. */
  declinedUnanswerable: 0.25,
} as const;

/** In words, for the provenance of fitted weights. */
export const OBJECTIVE_TEXT =
  'mean over sources of the mean over their sets of (P@1 + 0.5 * top-3 - 0.5 * answerable declined) / answerable + 0.25 * unanswerable declined or unsure / unanswerable';

/** One set's score: at most 1.5 + 0.25. */
export function setScore(report: EvalReport): number {
  const answered =
    report.answerable === 0
      ? 0
      : (report.precisionAt1 +
          OBJECTIVE.top3 * report.recallAt3 -
          OBJECTIVE.declinedAnswerable * report.declinedAnswerable) /
        report.answerable;
  // Unsure (closest passages shown, marked as doubtful) is right for an unanswerable question too.
  const notConfident = report.outcomes.filter((o) => !o.answerable && (o.abstained || o.confidence !== 'high')).length;
  const declined =
    report.unanswerable === 0
      ? 0
      : (OBJECTIVE.declinedUnanswerable * Math.max(notConfident, report.declinedCorrectly)) / report.unanswerable;
  return answered + declined;
}

/** A source's score: the mean of its sets' scores. */
export function sourceScore(reports: readonly EvalReport[]): number {
  return mean(reports.map(setScore));
}

/**
 * What a public training split that only breaks ties (fit.ts --tiebreak) weighs against the
 * development sources: at most 1.75 × 1e-4, less than one question's worth on any of them (one more
 * answer in a top 3 of 110, in a source of two sets, one of three sources: 0.5 / (110 · 2 · 3) ≈
 * 0.0008), so it only chooses among weight vectors the development sources score alike, such as a
 * weight they never exercise.
 */
export const TIEBREAK = 1e-4;

/**
 * A fit's score: the mean of its sources' scores, each source counting the same whatever its
 * size, plus TIEBREAK times the mean of the tie-breaking sources' scores.
 */
export function fitScore(sources: readonly { readonly score: number; readonly tiebreak: boolean }[]): number {
  const meanOf = (picked: readonly { readonly score: number }[]): number =>
    picked.length === 0 ? 0 : mean(picked.map((s) => s.score));
  return meanOf(sources.filter((s) => !s.tiebreak)) + TIEBREAK * meanOf(sources.filter((s) => s.tiebreak));
}
