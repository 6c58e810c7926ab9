import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadLibrary, type SearchLibrary } from '../../src/library.ts';
import { withoutStateWords } from '../../src/search/question.ts';
import { tempCorpus } from '../helpers/tempCorpus.ts';

/**
 * A yes/no question's words of time and certainty are not searched (RankParams.yesNoStateWords):
 * `going to` before a verb tells the future, `actually`, `in the end`, `these days` how surely or
 * when; the answer rarely repeats them. uk6's fire-station article ("are lancashire firefighters
 * going to walk out", its article chosen among 2,304: 2nd -> 1st): searched, `going` made the
 * chairman's `has gone down ... we cannot carry on` hold the predicate, above the threat to strike.
 */
const CORPUS = {
  // Three sentences of the article, as written (tests/quotes/news-dev/articles/101-fire-station-closures.txt).
  'fire.txt': [
    'Firefighters in Lancashire have threatened to strike over plans to close five fire stations and cut 90 jobs to save £3.2m a year.',
    'Lancashire Combined Fire Authority will vote on the proposals next Thursday.',
    '"Members will listen to everyone before they vote. But the grant we get from the government has gone down two years running and we cannot carry on as we are," the Burnley councillor said.',
  ].join('\n'),
  // Another article, so that the words' idf is not the same everywhere.
  'other.txt': ['Walkers went out on the fells on Sunday.', 'The council said it was going to vote on the plan.'].join(
    '\n',
  ),
};

let shipped: SearchLibrary;
let searched: SearchLibrary;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  const corpus = await tempCorpus(CORPUS);
  cleanup = corpus.cleanup;
  shipped = await loadLibrary(corpus.dir, { quotes: false });
  searched = await loadLibrary(corpus.dir, { quotes: false, rank: { yesNoStateWords: false } });
});
afterAll(() => cleanup());

const first = (from: SearchLibrary, question: string): string =>
  from.search(question, { source: 'fire', limit: 1, abstain: false }).hits[0]?.text ?? 'none';

describe("a yes/no question's words of time and certainty", () => {
  it('are taken out of the topic: the future, and adverbs the analyzer keeps as terms', () => {
    const squeeze = (s: string): string => withoutStateWords(s).replace(/\s+/g, ' ').trim();
    // Questions of the development sets (uk6, ECB+ 2, ECB+ 5, uk5, the shipped article's).
    expect(squeeze('are lancashire firefighters going to walk out')).toBe('are lancashire firefighters walk out');
    expect(squeeze('are the red sox going to sign teixeira')).toBe('are the red sox sign teixeira');
    expect(squeeze('did the judge give orozco the death penalty in the end')).toBe(
      'did the judge give orozco the death penalty',
    );
    expect(squeeze('are fewer fish being landed at newlyn these days')).toBe('are fewer fish being landed at newlyn');
    expect(squeeze('Has anything actually moved forward since the truce?')).toBe(
      'Has anything moved forward since the truce?',
    );
    // `going` not before a verb's `to` is the verb itself: a strike is what is asked.
    expect(squeeze('are teachers going on strike over the thornbury academy')).toBe(
      'are teachers going on strike over the thornbury academy',
    );
  });

  it('rank the sentence stating the asked fact over one that holds `gone` and a denial', () => {
    const question = 'are lancashire firefighters going to walk out';
    expect(first(searched, question)).toMatch(/^But the grant we get from the government has gone down/);
    expect(first(shipped, question)).toMatch(/^Firefighters in Lancashire have threatened to strike/);
  });
});
