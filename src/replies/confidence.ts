/**
 * The words for how sure an answer is, shared by `/ask` (Discord and the console) and the command
 * line: the line over an unsure answer's closest passages, the reason in words, and a hint of
 * what to try. Markdown (question words are escaped and quoted), as the other presenters.
 */
import { isDeclineReason, type Reason } from '../search/abstention.ts';
import type { AnswerType } from '../search/question.ts';
import type { SearchResult } from '../search/search.ts';
import { escapeMarkdown } from './markdown.ts';

/** Over an unsure answer's hits. */
export const UNSURE_LINE = "I'm not sure the articles say this; closest passages:";

const KIND_OF_ANSWER: Readonly<Record<AnswerType, string>> = {
  person: 'name',
  place: 'place',
  time: 'date or time',
  number: 'number',
  money: 'amount of money',
  percent: 'percentage',
  measure: 'measurement',
  age: 'age',
  duration: 'length of time',
  length: 'length',
  score: 'score',
  title: 'title',
  reason: 'reason',
  reaction: 'reaction',
  yesno: 'yes or no',
};

const quoted = (words: readonly string[]): string =>
  words
    .slice(0, 3)
    .map((w) => `“${escapeMarkdown(w)}”`)
    .join(', ');

/** Why the engine declined or is unsure, as one sentence; `where`: "the articles" or "the article X". */
export function reasonInWords(
  result: Pick<SearchResult, 'reason' | 'evidence' | 'answerType'>,
  where = 'the articles',
): string {
  const main = mainReason(result, where);
  const { unsupported } = result.evidence;
  // A doubt for another reason may also miss the question's year or name: say so too.
  const doubt = result.reason !== undefined && !isDeclineReason(result.reason);
  return doubt && result.reason !== 'unsupported-terms' && unsupported.length > 0
    ? `${main} Nothing near the closest passage mentions ${quoted(unsupported)}.`
    : main;
}

function mainReason(result: Pick<SearchResult, 'reason' | 'evidence' | 'answerType'>, where: string): string {
  const { unsupported, unknownWords } = result.evidence;
  const reason: Reason | undefined = result.reason;
  switch (reason) {
    case undefined:
      return '';
    case 'unknown-source':
      return `there is no ${where.replace(/^the /, '')}.`;
    // Known and unknown words are counted over every article, with an article chosen or not.
    case 'nothing-to-search':
      return 'none of the question’s words are in any article.';
    case 'unknown-words':
      return unknownWords.length > 0
        ? `no article mentions ${quoted(unknownWords)}.`
        : 'most of the question’s words are in no article.';
    case 'no-match':
      return `nothing in ${where} matches more than a word or two of the question.`;
    case 'weak-support':
      return 'the closest passages share only a few of the question’s words.';
    case 'article-off-topic':
      return 'the closest passage comes from an article about something else.';
    case 'answer-type-missing':
      return result.answerType === null
        ? 'the closest passages do not hold the kind of answer asked for.'
        : `the closest passages hold no ${KIND_OF_ANSWER[result.answerType]} for what you asked.`;
    case 'unsupported-terms': {
      const missing = unsupported.length > 0 ? unsupported : result.evidence.relationMissing;
      return missing.length > 0
        ? `nothing near the closest passage mentions ${quoted(missing)}.`
        : 'the closest passages hold only part of what you asked.';
    }
    case 'words-apart':
      return `the closest passage has the words of ${quoted(result.evidence.wordsApart)} only apart, not together.`;
    case 'close-alternatives':
      return 'several passages match the question about equally well; the first may not be the answer.';
  }
}

/**
 * What to try next. `scoped`: the search was limited to one article; `frontEnd`: the bot (Discord
 * and the console: the `source:` option, /sources) or the command line (`--source ID`).
 */
export function hintFor(scoped: boolean, frontEnd: 'bot' | 'cli' = 'bot'): string {
  const option = frontEnd === 'bot' ? '`source:`' : '--source ID';
  if (scoped) return `Try other words, or ask without ${option} to search every article.`;
  return frontEnd === 'bot'
    ? `Try other words, or pick one article with ${option} (/sources lists what the articles cover).`
    : `Try other words, or pick one article with ${option}.`;
}
