/** Ranking metrics over a list of relevance judgements, best hit first. */

/** Average precision: mean of precision@k over the ranks k of relevant hits, divided by all relevant items. */
export function averagePrecision(relevant: readonly boolean[], totalRelevant: number): number {
  if (totalRelevant === 0) return 0;
  let found = 0;
  let sum = 0;
  relevant.forEach((isRelevant, i) => {
    if (!isRelevant) return;
    found += 1;
    sum += found / (i + 1);
  });
  return sum / totalRelevant;
}

export function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

/** An answer is "the text of a correct sentence or part of it": a hit is right when it contains one. */
export function normalizeForMatch(text: string): string {
  return text.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase();
}

export function hitAnswers(hitText: string, answers: readonly string[]): boolean {
  const hit = normalizeForMatch(hitText);
  return answers.some((answer) => {
    const wanted = normalizeForMatch(answer);
    return wanted !== '' && (hit.includes(wanted) || (hit.length > 20 && wanted.includes(hit)));
  });
}
