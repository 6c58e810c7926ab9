/**
 * Scoring the quote pass against hand-written expectations (tests/quotes/fixtures/*.json): which
 * direct quotes and reported statements each article holds, and who said them (null: nobody can
 * be named from the text, or only an institution or an unnamed source).
 */
import { readFileSync } from 'node:fs';
import type { Quote } from '../../src/quotes/quoteIndex.ts';

export interface ExpectedQuote {
  readonly text: string;
  readonly speaker: string | null;
  readonly note?: string;
}

export interface ExpectedArticle {
  readonly direct: readonly ExpectedQuote[];
  readonly reported: readonly ExpectedQuote[];
  /** Quoted words that are no quote (scare quotes): they must not be found. */
  readonly absent?: readonly string[];
}

export type Expectations = Readonly<Record<string, ExpectedArticle>>;

export interface Scores {
  /** Direct quotes found with their complete text, of those expected. */
  readonly found: number;
  readonly expected: number;
  /** Direct quotes found that are not expected (scare quotes, broken spans). */
  readonly spurious: number;
  /** Attribution of direct quotes: speaker named by the system and right / named by the system / named in the expectations. */
  readonly correct: number;
  readonly attributed: number;
  readonly gold: number;
  readonly precision: number;
  readonly recall: number;
  /** Reported statements: right / found with a speaker / expected. */
  readonly reportedCorrect: number;
  readonly reportedFound: number;
  readonly reportedGold: number;
  readonly reportedPrecision: number;
  readonly reportedRecall: number;
  /** One line per disagreement, for the test's message. */
  readonly errors: readonly string[];
}

export function readExpectations(path: string): Expectations {
  return JSON.parse(readFileSync(path, 'utf8')) as Expectations;
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);

export function score(quotes: readonly Quote[], expectations: Expectations): Scores {
  const errors: string[] = [];
  let found = 0;
  let expected = 0;
  let spurious = 0;
  let correct = 0;
  let attributed = 0;
  let gold = 0;
  let reportedCorrect = 0;
  let reportedFound = 0;
  let reportedGold = 0;
  for (const [source, article] of Object.entries(expectations)) {
    const mine = quotes.filter((q) => q.source === source);
    const direct = mine.filter((q) => q.kind === 'direct');
    const reported = mine.filter((q) => q.kind === 'reported');
    for (const e of article.direct) {
      expected += 1;
      if (e.speaker !== null) gold += 1;
      const q = direct.find((d) => d.text === e.text);
      if (!q) {
        errors.push(`${source}: direct quote not found: ${JSON.stringify(e.text)}`);
        continue;
      }
      found += 1;
      if (q.speaker !== null) attributed += 1;
      if (q.speaker !== null && q.speaker === e.speaker) correct += 1;
      else if (q.speaker !== e.speaker)
        errors.push(`${source}: ${JSON.stringify(e.text.slice(0, 50))} by ${q.speaker}, expected ${e.speaker}`);
    }
    for (const q of direct) {
      if (article.direct.some((e) => e.text === q.text)) continue;
      spurious += 1;
      if (q.speaker !== null) attributed += 1;
      errors.push(`${source}: unexpected direct quote ${JSON.stringify(q.text.slice(0, 60))} by ${q.speaker}`);
    }
    for (const word of article.absent ?? []) {
      if (direct.some((q) => q.text.includes(word))) errors.push(`${source}: scare quote taken for a quote: ${word}`);
    }
    for (const e of article.reported) {
      if (e.speaker !== null) reportedGold += 1;
    }
    for (const q of reported) {
      reportedFound += 1;
      const e = article.reported.find((r) => r.text === q.text);
      if (e && e.speaker === q.speaker) reportedCorrect += 1;
      else
        errors.push(
          `${source}: reported ${JSON.stringify(q.text.slice(0, 60))} by ${q.speaker}${e ? `, expected ${e.speaker}` : ' not expected'}`,
        );
    }
    for (const e of article.reported) {
      if (!reported.some((q) => q.text === e.text))
        errors.push(`${source}: reported statement not found: ${JSON.stringify(e.text.slice(0, 60))}`);
    }
  }
  return {
    found,
    expected,
    spurious,
    correct,
    attributed,
    gold,
    precision: ratio(correct, attributed),
    recall: ratio(correct, gold),
    reportedCorrect,
    reportedFound,
    reportedGold,
    reportedPrecision: ratio(reportedCorrect, reportedFound),
    reportedRecall: ratio(reportedCorrect, reportedGold),
    errors,
  };
}
