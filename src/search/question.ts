/**
 * What a question asks for. Question words are stop words, so they never match text; instead
 * they say what kind of token the answering sentence should hold. The words that only frame
 * the question ("how long", "what year") are not about the topic and are not searched for.
 */
export type AnswerType = 'person' | 'place' | 'time' | 'number';

export interface QuestionFrame {
  readonly answerType: AnswerType | null;
  /** The question with its framing phrase removed: what is left is searched. */
  readonly topic: string;
}

const PATTERNS: readonly [RegExp, AnswerType][] = [
  // "How many people" counts: "people" names the unit, which the text often leaves out ("a nine-member delegation").
  [/\bhow (many|much)( (people|persons|times))?\b|\bhow (often|far|old|large|big|tall|high)\b|\bwhat (percentage|percent|number|amount|share|proportion)( of)?\b/, 'number'],
  [/\bhow long\b|\bwhen\b|\b(what|which) (years?|dates?|days?|months?|time|decades?|century)\b/, 'time'],
  [/\bwhere\b|\b(what|which) (country|countries|city|cities|place|places|state|states|region|regions)\b/, 'place'],
  [/\bwho(m|se)?\b|\bwho's\b|\bwhich (person|people|official|officials|leader|leaders)\b/, 'person'],
];

export function questionFrame(question: string): QuestionFrame {
  const text = question.replace(/[\u2018\u2019]/g, "'");
  const lower = text.toLowerCase();
  for (const [pattern, answerType] of PATTERNS) {
    const match = pattern.exec(lower);
    if (match) return { answerType, topic: text.slice(0, match.index) + ' ' + text.slice(match.index + match[0].length) };
  }
  return { answerType: null, topic: text };
}
