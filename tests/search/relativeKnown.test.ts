/**
 * A question word no article uses, whose WordNet relative (a synonym or derived form of its first
 * senses) an article does use, is understood in a large corpus: the question is not declined as
 * being about something else (`unknown-words`), and the closest passages are shown. In a corpus of
 * one article the word stays unknown: there, a relative of a word it never uses is mostly chance
 * (AbstentionBars.relativeUnknown). The sentence is the shipped article's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadLibrary, type SearchLibrary } from '../../src/library.ts';
import { tempCorpus } from '../helpers/tempCorpus.ts';

const files = {
  'mediation.txt':
    'US hopes Trump can help resolve Kashmir dispute\n\nA State Department spokesperson praised the ceasefire between India and Pakistan.\n\nHowever, she emphasized the President’s proactive role in conflict resolution.',
};
let corpus: Awaited<ReturnType<typeof tempCorpus>>;
let asLarge: SearchLibrary;
let asSmall: SearchLibrary;
beforeAll(async () => {
  corpus = await tempCorpus(files);
  // The same three sentences judged with a large corpus's bars (from one sentence on), and with a small one's.
  asLarge = await loadLibrary(corpus.dir, { quotes: false, abstention: { smallSentences: 1, largeSentences: 2 } });
  asSmall = await loadLibrary(corpus.dir, { quotes: false });
});
afterAll(() => corpus.cleanup());

describe('a word the articles never use, known through its WordNet relative', () => {
  it('in a large corpus: `stress` is known through `emphasize`, and the sentence is shown', () => {
    const result = asLarge.search('what did she stress', { limit: 1 });
    expect(result.abstained).toBe(false);
    expect(result.evidence.unknownWords).toEqual([]);
    expect(result.hits[0]!.text).toBe('However, she emphasized the President’s proactive role in conflict resolution.');
  });

  it('in one small article: `stress` stays unknown, and a question of nothing else has nothing to search', () => {
    const result = asSmall.search('what did she stress', { limit: 1 });
    expect(result).toMatchObject({ abstained: true, reason: 'nothing-to-search', hits: [] });
    expect(result.evidence.unknownWords).toEqual(['stress']);
  });

  it('a word with no relative the articles use stays unknown in a large corpus too', () => {
    // `cricket` has WordNet relatives (`cricketer`), none of them in the article.
    const result = asLarge.search('what did she say about cricket', { limit: 1 });
    expect(result.evidence.unknownWords).toEqual(['cricket']);
  });
});
