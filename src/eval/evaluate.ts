import type { SearchLibrary } from '../library.ts';
import type { SearchOptions } from '../search/search.ts';
import { averagePrecision, hitAnswers, mean, reciprocalRank } from './metrics.ts';

export interface EvalQuestion {
  readonly question: string;
  readonly answers: readonly string[];
  readonly source?: string;
}

export interface QuestionOutcome {
  readonly question: string;
  readonly answerable: boolean;
  /** Rank (1-based) of the first right hit, null when none. */
  readonly rank: number | null;
  readonly abstained: boolean;
  readonly top: string | null;
  readonly averagePrecision: number;
  readonly reciprocalRank: number;
}

export interface EvalReport {
  readonly answerable: number;
  readonly unanswerable: number;
  readonly precisionAt1: number;
  readonly mrr: number;
  readonly recallAt3: number;
  readonly map: number;
  readonly declinedCorrectly: number;
  readonly outcomes: readonly QuestionOutcome[];
}

export function evaluate(library: SearchLibrary, questions: readonly EvalQuestion[], options: SearchOptions): EvalReport {
  const outcomes = questions.map((q): QuestionOutcome => {
    const result = library.search(q.question, { ...options, ...(q.source === undefined ? {} : { source: q.source }) });
    const relevant = result.hits.map((hit) => hitAnswers(hit.text, q.answers));
    const first = relevant.indexOf(true);
    // Each answer string names one right sentence; more hits may contain one (a short answer).
    const totalRelevant = Math.max(q.answers.length, relevant.filter(Boolean).length);
    return {
      question: q.question,
      answerable: q.answers.length > 0,
      rank: first === -1 ? null : first + 1,
      abstained: result.abstained,
      top: result.hits[0]?.text ?? null,
      averagePrecision: averagePrecision(relevant, totalRelevant),
      reciprocalRank: reciprocalRank(relevant),
    };
  });
  const answerable = outcomes.filter((o) => o.answerable);
  const unanswerable = outcomes.filter((o) => !o.answerable);
  return {
    answerable: answerable.length,
    unanswerable: unanswerable.length,
    precisionAt1: answerable.filter((o) => o.rank === 1).length,
    mrr: mean(answerable.map((o) => o.reciprocalRank)),
    recallAt3: answerable.filter((o) => o.rank !== null && o.rank <= 3).length,
    map: mean(answerable.map((o) => o.averagePrecision)),
    declinedCorrectly: unanswerable.filter((o) => o.abstained || o.top === null).length,
    outcomes,
  };
}
