import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadLibrary, type SearchLibrary } from '../../src/library.ts';
import { tempCorpus } from '../helpers/tempCorpus.ts';

/**
 * No focus for a why-question inside a chosen article (RankParams.reasonFocus 0): the question's
 * words beyond the article's topic name the event whose cause is asked, and the sentence telling
 * the event holds them while the cause, told apart, seldom repeats them. Three British development
 * articles as written (tests/quotes/news-dev/articles), each asked about with its article chosen.
 */
const ARTICLES = new URL('../quotes/news-dev/articles/', import.meta.url);
const NAMES = ['39-hospital-parking', '48-airline-collapse', '114-hedge-row-trial'];
const CORPUS = Object.fromEntries(
  NAMES.map((n) => [`uk/${n}.txt`, readFileSync(new URL(`${n}.txt`, ARTICLES), 'utf8')]),
);

let library: SearchLibrary;
let focused: SearchLibrary;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  const corpus = await tempCorpus(CORPUS);
  cleanup = corpus.cleanup;
  library = await loadLibrary(corpus.dir, { quotes: false });
  focused = await loadLibrary(corpus.dir, { quotes: false, rank: { reasonFocus: 1 } });
});
afterAll(() => cleanup());

/** The first hit's text, the article chosen, no abstention. */
const first = (from: SearchLibrary, question: string, source: string): string =>
  from.search(question, { abstain: false, source: `uk/${source}` }).hits[0]!.text;

describe('a why-question inside its chosen article', () => {
  it('ranks the cause first, not the sentence telling the event (which wins with the focus)', () => {
    // `putting parking up`: the lede tells the rise (`will pay up to £4 an hour`); the trust's reason follows.
    const worcester = 'why is worcester hospital putting parking up';
    expect(first(library, worcester, '39-hospital-parking')).toBe(
      'Worcestershire Acute Hospitals NHS Trust said the money was needed to repair its multi-storey car park and to pay for extra security.',
    );
    expect(first(focused, worcester, '39-hospital-parking')).toBe(
      'Patients and visitors at Worcester Royal Hospital will pay up to £4 an hour to park from next month, more than twice the current charge.',
    );
    // The barrister's question restates the event (`called the police`); his answer gives the cause.
    const police = 'why didnt the retired head just ring the police';
    expect(first(library, police, '114-hedge-row-trial')).toBe(
      '"Because I had called them four times before, and every time they told me it was a civil matter," he replied.',
    );
    expect(first(focused, police, '114-hedge-row-trial')).toBe(
      'Under cross-examination, Ms Quinlan pressed him on why he had not simply called the police.',
    );
  });

  it("leaves the whole archive's own ranking as it was: there the focus also chooses among articles", async () => {
    // The archive's ranking alone (firstArticleChosen off: tests/search/firstArticle.test.ts has it on).
    const own = { firstArticleChosen: false };
    const corpus = await tempCorpus(CORPUS);
    try {
      const asRanked = await loadLibrary(corpus.dir, { quotes: false, rank: own });
      const focusedAsRanked = await loadLibrary(corpus.dir, { quotes: false, rank: { ...own, reasonFocus: 1 } });
      const hits = (from: SearchLibrary, question: string): string[] =>
        from.search(question, { abstain: false }).hits.map((h) => h.text);
      for (const question of [
        'why is worcester hospital putting parking up',
        'why didnt the retired head just ring the police',
      ])
        expect(hits(asRanked, question)).toEqual(hits(focusedAsRanked, question));
    } finally {
      await corpus.cleanup();
    }
  });
});
