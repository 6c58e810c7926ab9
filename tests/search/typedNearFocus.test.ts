import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadLibrary, type SearchLibrary } from '../../src/library.ts';
import { tempCorpus } from '../helpers/tempCorpus.ts';

/**
 * The asked type near the question's focus (RankParams.typedNearFocus): a token of the asked kind
 * fits fully only next to a word the question asks beyond its article's headline and lede, when it
 * has one. A story holds several facts of one kind (the application's date, the decision's date);
 * the one next to the story's own topic words is another fact's.
 */
const CORPUS = {
  // "When will Eastleigh council decide on the runway": the headline holds `Eastleigh`, `council`
  // and `runway`, so the focus is `decide`. #2 (one a line) holds `decide` too, but its `on Monday`
  // stands next to `Eastleigh council`, far from `decide`; #3's `in March` stands next to `decide`.
  'runway.txt': [
    'Eastleigh council weighs runway plan',
    '',
    'Southdown Airport wants to lengthen its runway by 300 metres.',
    'Councillors will decide whether it may build, the airport having sent its runway plans to Eastleigh council on Monday.',
    'Councillors are due to decide in March.',
    'Residents under the flight path oppose the plans.',
  ].join('\n'),
};

let library: SearchLibrary;
let anyWord: SearchLibrary;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  const corpus = await tempCorpus(CORPUS);
  cleanup = corpus.cleanup;
  library = await loadLibrary(corpus.dir, { quotes: false });
  anyWord = await loadLibrary(corpus.dir, { quotes: false, rank: { typedNearFocus: false } });
});
afterAll(() => cleanup());

const hits = (from: SearchLibrary, question: string): string[] =>
  from.search(question, { abstain: false }).hits.map((h) => `${h.source}#${h.paragraph}`);

describe('the asked type near the focus', () => {
  it("ranks the date next to the asked verb before the date next to the story's topic", () => {
    const question = 'when will eastleigh council decide on the runway';
    expect(library.search(question).answerType).toBe('time');
    expect(hits(library, question).slice(0, 2)).toEqual(['runway#3', 'runway#2']);
    // A date next to any question word fitting fully, the sentence holding the topic's words wins.
    expect(hits(anyWord, question).slice(0, 2)).toEqual(['runway#2', 'runway#3']);
  });
});
