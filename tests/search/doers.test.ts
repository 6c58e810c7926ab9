import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadLibrary, type SearchLibrary } from '../../src/library.ts';
import { createAnalyzer } from '../../src/nlp/analyzer.ts';
import { doersOf } from '../../src/search/doers.ts';
import { questionFrame } from '../../src/search/question.ts';
import { tempCorpus } from '../helpers/tempCorpus.ts';

/**
 * A who-question whose answer names the person by the role of the asked verb's doer (./doers.ts,
 * RankParams.doerWeight): `the buyer` for `who is buying`, `its founder` for `who set up`.
 */
const analyzer = createAnalyzer();
const doers = (question: string): readonly string[] | null =>
  doersOf(question, analyzer.analyze(questionFrame(question).topic))?.nouns ?? null;

describe("the nouns for a who-question's doer", () => {
  it('reads the verb the asked person does, after who and active auxiliaries', () => {
    expect(doers('whos buying the cricket ground at belper')).toEqual(['buyer', 'purchaser', 'bidder']);
    // A phrasal verb is its own entry: nothing is founded in `set`.
    expect(doers('who set up the save the palace campaign')).toEqual(['founder']);
    // The tagger reads `trains` as a noun; the table reads the lemma whatever its tag.
    expect(doers('who trains chloe hollis')).toEqual(['trainer', 'coach']);
    expect(doers("who's going to host the Oscars this time")).toEqual(['host', 'presenter', 'emcee']);
    expect(doers('Who will direct New Moon after Twilight?')).toEqual(['director']);
  });

  it('reads none where the asked person undergoes the verb or the verb is not right after who', () => {
    // The one killed is asked, not the killer.
    expect(doers('who was the deputy orozco killed')).toBeNull();
    expect(doers('Who has been charged with killing Zurana Horton?')).toBeNull();
    expect(doers('who got killed in the troy accounting office shooting')).toBeNull();
    // `is` before a word that is no -ing form: `who is the buyer`, not `who is buying`.
    expect(doers('who is the owner of calmac')).toBeNull();
    // A verb the table does not know.
    expect(doers('who spotted the grading mistake')).toBeNull();
  });
});

/**
 * uk5 93-cricket-ground-sale (uk5-dev, "whos buying the cricket ground at belper", its article
 * chosen: 5th -> 1st), shortened to the headline, the lede and the sentences that name people.
 */
const CORPUS = {
  'belper.txt': [
    'Derbyshire to sell Belper ground to housebuilder',
    '',
    'Derbyshire County Cricket Club is to sell its ground at Belper to a housebuilder for £4.2m, ending 110 years of first-class cricket in the town.',
    'Its chief executive, Keith Loxley, said the board had voted unanimously for the sale on Monday night.',
    'Its organiser, Pauline Aspinall, a member for 41 years, accused the board of "selling the family silver to pay the gas bill".',
    'The buyer, Ashcombe Homes, plans to build 85 houses on the site.',
    'Former Derbyshire captain Graham Tunnicliffe, who scored his maiden century at Belper in 1978, said he was "heartbroken".',
  ].join('\n'),
  // Another article, so that idf tells common words from rare ones.
  'budget.txt': ['Council sets budget', '', 'The council said it would buy two new buses for the town.'].join('\n'),
};

let shipped: SearchLibrary;
let unread: SearchLibrary;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  const corpus = await tempCorpus(CORPUS);
  cleanup = corpus.cleanup;
  shipped = await loadLibrary(corpus.dir, { quotes: false });
  unread = await loadLibrary(corpus.dir, { quotes: false, rank: { doerWeight: 0 } });
});
afterAll(() => cleanup());

const first = (from: SearchLibrary, question: string): string =>
  from.search(question, { source: 'belper', limit: 1, abstain: false }).hits[0]?.text ?? 'none';

describe('a sentence naming the doer by its role', () => {
  it('answers who does the verb, over the lede that holds the question’s other words', () => {
    const question = 'whos buying the cricket ground at belper';
    // Without the doer's noun the lede's cricket, ground and belper win.
    expect(first(unread, question)).toMatch(/^Derbyshire County Cricket Club is to sell/);
    expect(first(shipped, question)).toBe('The buyer, Ashcombe Homes, plans to build 85 houses on the site.');
  });
});
