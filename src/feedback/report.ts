/** What `npm run feedback` prints of the votes: a summary, or the disliked questions as QA lines. */
import type { FeedbackRecord } from './store.ts';

export interface Disliked {
  /** As first asked. */
  readonly question: string;
  readonly down: number;
  readonly up: number;
}

/** Questions in the summary's "most disliked" list. */
export const SUMMARY_TOP = 10;

/**
 * Questions with at least one 👎, most 👎 first (ties in the order first seen); questions that
 * differ only in case and spacing count as one. Votes on every page and answer of a question add up.
 */
export function disliked(records: readonly FeedbackRecord[]): Disliked[] {
  const byQuestion = new Map<string, { question: string; down: number; up: number }>();
  for (const r of records) {
    const question = r.question.trim().replace(/\s+/g, ' ');
    const key = question.toLowerCase();
    let entry = byQuestion.get(key);
    if (entry === undefined) {
      entry = { question, down: 0, up: 0 };
      byQuestion.set(key, entry);
    }
    if (r.vote === 'down') entry.down += 1;
    else entry.up += 1;
  }
  // Array.prototype.sort is stable: ties keep the order first seen.
  return [...byQuestion.values()].filter((e) => e.down > 0).sort((a, b) => b.down - a.down);
}

/**
 * The disliked questions as lines of a QA file for `npm run eval`, written as the files in
 * tests/qa are: `{"question": "…", "answers": []}`. The answers are for the maintainer to fill in;
 * left empty, the line says the articles do not answer it (the bot should have declined).
 */
export function dislikedQa(records: readonly FeedbackRecord[]): string {
  return disliked(records)
    .map((d) => `{"question": ${JSON.stringify(d.question)}, "answers": []}\n`)
    .join('');
}

/** Votes up and down, and the most disliked questions with their counts. */
export function summary(records: readonly FeedbackRecord[], path: string): string {
  const up = records.filter((r) => r.vote === 'up').length;
  const down = records.length - up;
  const top = disliked(records).slice(0, SUMMARY_TOP);
  const lines = [`${records.length} ${records.length === 1 ? 'vote' : 'votes'} in ${path}: ${up} up, ${down} down`];
  if (top.length > 0) {
    lines.push('', 'Most disliked (down, up, question):');
    for (const d of top) lines.push(`${String(d.down).padStart(5)} ${String(d.up).padStart(4)}  ${d.question}`);
    lines.push('', 'npm run feedback -- --disliked prints them as QA-file lines for npm run eval.');
  }
  return `${lines.join('\n')}\n`;
}
