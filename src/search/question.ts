/**
 * What a question asks for. Question words are stop words, so they never match text; instead
 * they say what kind of token the answering sentence should hold.
 */
export type AnswerType = 'person' | 'place' | 'time' | 'number';

const PATTERNS: readonly [RegExp, AnswerType][] = [
  [/\b(how (many|much|often|far|old|large|big|long is)|what (percentage|percent|number|amount|share|proportion))\b/, 'number'],
  [/\b(when|what (year|date|day|month|time|decade|century)|which (year|date|day|month|decade)|how long)\b/, 'time'],
  [/\b(where|what (country|countries|city|cities|place|state|region)|which (country|countries|city|cities|place|state|region))\b/, 'place'],
  [/\b(who|whom|whose|which (person|people|official|officials|leader|leaders))\b/, 'person'],
];

export function answerTypeOf(question: string): AnswerType | null {
  const text = question.toLowerCase().replace(/[\u2018\u2019]/g, "'");
  for (const [pattern, type] of PATTERNS) if (pattern.test(text)) return type;
  return null;
}
