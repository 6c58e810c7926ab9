/**
 * Shorthand: readers type "MPs in DC" for what an article spells out ("a parliamentary delegation
 * in Washington"). The spelled-out words count as paraphrases, and a shorthand word the articles
 * never use is understood through them instead of declining the question.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadLibrary, type SearchLibrary } from '../../src/library.ts';
import { shorthandFor } from '../../src/search/shorthand.ts';
import { tempCorpus } from '../helpers/tempCorpus.ts';

/** An article of the quote work's British development set (tests/quotes/news-dev), as written. */
const britishArticle = (name: string): string =>
  readFileSync(new URL(`../quotes/news-dev/articles/${name}.txt`, import.meta.url), 'utf8');

let corpus: Awaited<ReturnType<typeof tempCorpus>>;
let library: SearchLibrary;
let british: Awaited<ReturnType<typeof tempCorpus>>;
let britishLibrary: SearchLibrary;
beforeAll(async () => {
  british = await tempCorpus({
    'rugby.txt': britishArticle('113-sale-full-back-injury'),
    'hedge.txt': britishArticle('114-hedge-row-trial'),
  });
  britishLibrary = await loadLibrary(british.dir, { quotes: false });
  corpus = await tempCorpus({
    'visit.txt':
      'Delegations Visit Washington\n\nA Pakistani parliamentary delegation met officials in Washington on Monday.\n\nThe visit lasted three days.\n\nFarmers in Punjab expect a good harvest this year.',
    'raid.txt':
      'Raid In Leeds\n\nPolice officers raided a warehouse in Leeds and seized cannabis worth 2 million pounds.',
    'rescue.txt':
      'Yacht Crew Rescued\n\nA lifeboat crew rescued a father and son from a yacht off Anglesey.\n\nAn RAF helicopter was sent but could not lower its winchman because of the waves.',
  });
  library = await loadLibrary(corpus.dir, { quotes: false });
});
afterAll(async () => {
  await corpus.cleanup();
  await british.cleanup();
});

describe('the shorthand table', () => {
  it('spells out shorthand whatever its case, and words that are ordinary in lower case only in capitals', () => {
    expect(shorthandFor('MPs')).toEqual(shorthandFor('mps'));
    expect(shorthandFor('DC')).toEqual(['washington']);
    expect(shorthandFor('US')).toContain('america');
    // "us" the pronoun is not the United States.
    expect(shorthandFor('us')).toEqual([]);
    expect(shorthandFor('delegation')).toEqual([]);
  });

  it("finds no shorthand in the names of an object's members", () => {
    // Looked up in object literals, these found Object.prototype's members, and a search threw.
    for (const word of ['constructor', 'toString', 'hasOwnProperty', 'valueOf', '__proto__'])
      expect(shorthandFor(word)).toEqual([]);
    expect(library.search('who was the constructor of the visit', { limit: 1 }).hits[0]!.text).toBe(
      'The visit lasted three days.',
    );
  });
});

describe('questions in shorthand', () => {
  it('find the sentence that spells it out, instead of declining on words the articles never use', () => {
    const result = library.search('were the MPs in DC', { limit: 1 });
    expect(result.abstained).toBe(false);
    expect(result.evidence.unknownWords).toEqual([]);
    expect(result.hits[0]!.text).toBe('A Pakistani parliamentary delegation met officials in Washington on Monday.');
  });

  it('read informal words as the article words them', () => {
    const result = library.search('how much weed did the cops seize', { limit: 1 });
    expect(result.hits[0]!.text).toBe(
      'Police officers raided a warehouse in Leeds and seized cannabis worth 2 million pounds.',
    );
  });

  it('read everyday informal words for people and things (`chopper`, `dad`) instead of declining', () => {
    // Neither `chopper` nor `dad` is in any article: before they were in the table, `unknown-words` declined it.
    const result = library.search('why couldnt the raf chopper rescue the dad', { limit: 1 });
    expect(result.abstained).toBe(false);
    expect(result.evidence.unknownWords).toEqual([]);
    expect(result.hits[0]!.text).toBe(
      'An RAF helicopter was sent but could not lower its winchman because of the waves.',
    );
  });

  it("still count the question's other words that no article uses as unknown", () => {
    // "MPs" is understood; "cricket", "scores" and "team" are in no article.
    expect(library.search('cricket scores of the MPs team', { limit: 1 }).evidence.unknownWords).toEqual([
      'cricket',
      'scores',
      'team',
    ]);
  });
});

describe("British readers' words (uk8's questions on two of its articles)", () => {
  it('reads `the ref` as the referee: known, and not answered confidently by a sentence without him', () => {
    // Before `ref` was in the table it was unknown, and the lede was given as a confident answer.
    const result = britishLibrary.search('who was the ref against leicester', { limit: 3 });
    expect(result.evidence.unknownWords).toEqual([]);
    expect(result).toMatchObject({ abstained: false, confidence: 'low' });
    expect(result.hits.map((h) => h.text)).toContain(
      'Ferris was less happy with the tackle that caused the injury, which was not penalised by referee Tony Spreadbury.',
    );
  });

  it('reads `ring the police` as calling them', () => {
    const result = britishLibrary.search('why didnt the retired head just ring the police', { limit: 2 });
    expect(result.evidence.unknownWords).toEqual([]);
    // The cause first, as inside the chosen article (RankParams.firstArticleChosen), the question's event after it.
    expect(result.hits.map((h) => h.text)).toEqual([
      '"Because I had called them four times before, and every time they told me it was a civil matter," he replied.',
      'Under cross-examination, Ms Quinlan pressed him on why he had not simply called the police.',
    ]);
  });

  it('spells out everyday British words as reports write them, verbs as lemmas', () => {
    expect(shorthandFor('ref')).toEqual(['referee']);
    expect(shorthandFor('fetch')).toEqual(['sell', 'sale']);
    expect(shorthandFor('rang')).toContain('call');
    expect(shorthandFor('sacked')).toContain('dismiss');
    expect(shorthandFor('jab')).toContain('vaccine');
    expect(shorthandFor('loo')).toEqual(['toilet']);
  });
});
