import type { SearchLibrary } from '../library.ts';
import type { Citation, Confidence, SearchOptions } from '../search/search.ts';
import { averagePrecision, hitAnswers, mean, reciprocalRank } from './metrics.ts';

export interface EvalQuestion {
  readonly question: string;
  readonly answers: readonly string[];
  /** Search only this document (WikiQA: each question has its own candidate sentences). */
  readonly source?: string;
  /** The document the answers are in: a hit from another document is not right, whatever its text. */
  readonly article?: string;
  /**
   * Other documents telling the same answer in their own words (other outlets' copies of a story):
   * a hit from one of them that holds an answer is right too. `--article-chosen` still searches `article` only.
   */
  readonly alsoIn?: readonly string[];
  /** For unanswerable questions: `off-topic` or `near-miss` (on an article's topic, not said in it). */
  readonly kind?: string;
  /**
   * Where the answer is, as [start, end) offsets in the text of the question's `source` file (SQuAD:
   * its answer spans). With spans a hit is right when its sentence overlaps one, not when its text
   * names an answer: a sentence elsewhere that mentions `France` is not the one that answers.
   */
  readonly spans?: readonly (readonly [number, number])[];
}

export interface EvalOptions extends SearchOptions {
  /** Search each question's `article` only, as a user who picked the article would. */
  readonly articleChosen?: boolean;
}

export interface QuestionOutcome {
  readonly question: string;
  readonly kind: string | undefined;
  readonly answerable: boolean;
  /** Rank (1-based) of the first right hit, null when none. */
  readonly rank: number | null;
  readonly abstained: boolean;
  /** `high` (confident), `low` (unsure: hits shown with a reason), null (declined). */
  readonly confidence: Confidence | null;
  readonly reason: string | undefined;
  readonly top: string | null;
  readonly averagePrecision: number;
  readonly reciprocalRank: number;
}

/** How questions of one kind were answered: confidently, unsure (hits shown), or declined. */
export interface OutcomeCounts {
  readonly confident: number;
  readonly unsure: number;
  readonly declined: number;
  readonly of: number;
}

export interface EvalReport {
  readonly answerable: number;
  readonly unanswerable: number;
  readonly precisionAt1: number;
  readonly mrr: number;
  readonly recallAt3: number;
  readonly map: number;
  readonly declinedCorrectly: number;
  /** Unanswerable questions declined, by kind (questions without a kind under `unanswerable`). */
  readonly declinedByKind: Readonly<Record<string, { readonly declined: number; readonly of: number }>>;
  /** Answerable questions the engine declined. */
  readonly declinedAnswerable: number;
  /** Questions answered with confidence high, answerable or not, and those whose first hit is right. */
  readonly confident: number;
  readonly confidentRight: number;
  /** Confident, unsure and declined by kind: `answerable`, then each unanswerable kind (`unanswerable` without one). */
  readonly outcomesByKind: Readonly<Record<string, OutcomeCounts>>;
  readonly outcomes: readonly QuestionOutcome[];
}

/** Only `search` is used: a stand-in that searches with other settings (tests/eval/fit.ts) will do. */
export function evaluate(
  library: Pick<SearchLibrary, 'search'>,
  questions: readonly EvalQuestion[],
  options: EvalOptions,
): EvalReport {
  const { articleChosen = false, ...searchOptions } = options;
  const outcomes = questions.map((q): QuestionOutcome => {
    const source = articleChosen && q.article !== undefined ? q.article : q.source;
    const result = library.search(q.question, { ...searchOptions, ...(source === undefined ? {} : { source }) });
    // A hit cites its article and every other article saying the same sentence (its alsoIn): any
    // of them that is the question's article, or one of the gold's other tellings, makes it right.
    const right = (source: string): boolean =>
      q.article === undefined || source === q.article || (q.alsoIn?.includes(source) ?? false);
    const holds = (c: Citation): boolean =>
      c.source === q.source && (q.spans?.some(([start, end]) => c.start < end && start < c.end) ?? false);
    const relevant = result.hits.map((hit) =>
      q.spans === undefined
        ? (right(hit.source) || hit.alsoIn.some((c) => right(c.source))) && hitAnswers(hit.text, q.answers)
        : holds(hit) || hit.alsoIn.some(holds),
    );
    const first = relevant.indexOf(true);
    // Each answer string names one right sentence; more hits may contain one (a short answer).
    const totalRelevant = Math.max(q.answers.length, relevant.filter(Boolean).length);
    return {
      question: q.question,
      kind: q.kind,
      answerable: q.answers.length > 0,
      rank: first === -1 ? null : first + 1,
      abstained: result.abstained,
      confidence: result.hits.length === 0 ? null : result.confidence,
      reason: result.reason,
      top: result.hits[0]?.text ?? null,
      averagePrecision: averagePrecision(relevant, totalRelevant),
      reciprocalRank: reciprocalRank(relevant),
    };
  });
  return summarize(outcomes);
}

/**
 * The report over questions' outcomes: evaluate's counts, and a report over several sets' outcomes
 * together (tests/eval/fit.ts: sets searched in different corpora, each question counting once).
 */
export function summarize(outcomes: readonly QuestionOutcome[]): EvalReport {
  const answerable = outcomes.filter((o) => o.answerable);
  const unanswerable = outcomes.filter((o) => !o.answerable);
  const declined = (o: QuestionOutcome): boolean => o.abstained || o.top === null;
  const declinedByKind: Record<string, { declined: number; of: number }> = {};
  for (const o of unanswerable) {
    const kind = o.kind ?? 'unanswerable';
    declinedByKind[kind] ??= { declined: 0, of: 0 };
    const entry = declinedByKind[kind];
    entry.of += 1;
    if (declined(o)) entry.declined += 1;
  }
  const outcomesByKind: Record<string, { confident: number; unsure: number; declined: number; of: number }> = {};
  for (const o of outcomes) {
    const kind = o.answerable ? 'answerable' : (o.kind ?? 'unanswerable');
    outcomesByKind[kind] ??= { confident: 0, unsure: 0, declined: 0, of: 0 };
    const entry = outcomesByKind[kind];
    entry.of += 1;
    if (declined(o)) entry.declined += 1;
    else if (o.confidence === 'high') entry.confident += 1;
    else entry.unsure += 1;
  }
  const confident = outcomes.filter((o) => !declined(o) && o.confidence === 'high');
  return {
    answerable: answerable.length,
    unanswerable: unanswerable.length,
    precisionAt1: answerable.filter((o) => o.rank === 1).length,
    mrr: mean(answerable.map((o) => o.reciprocalRank)),
    recallAt3: answerable.filter((o) => o.rank !== null && o.rank <= 3).length,
    map: mean(answerable.map((o) => o.averagePrecision)),
    declinedCorrectly: unanswerable.filter(declined).length,
    declinedByKind,
    declinedAnswerable: answerable.filter(declined).length,
    confident: confident.length,
    confidentRight: confident.filter((o) => o.rank === 1).length,
    outcomesByKind,
    outcomes,
  };
}
