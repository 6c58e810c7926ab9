import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadLibrary, type SearchLibrary } from '../../src/library.ts';
import { tempCorpus } from '../helpers/tempCorpus.ts';

/**
 * The whole archive picks the article, the chosen path the sentence (RankParams.firstArticleChosen):
 * a why or yes/no question's first hit in a whole archive is the sentence the chosen path ranks
 * first inside the article the archive's first hit is in. Three British development articles as
 * written (tests/quotes/news-dev/articles), and the shipped article (seeds/), searched whole.
 */
const ARTICLES = new URL('../quotes/news-dev/articles/', import.meta.url);
const NAMES = ['39-hospital-parking', '48-airline-collapse', '114-hedge-row-trial'];
const CORPUS = Object.fromEntries(
  NAMES.map((n) => [`uk/${n}.txt`, readFileSync(new URL(`${n}.txt`, ARTICLES), 'utf8')]),
);
const SEEDS = new URL('../../seeds', import.meta.url).pathname;

let library: SearchLibrary;
let asRanked: SearchLibrary;
let seeds: SearchLibrary;
let seedsAsRanked: SearchLibrary;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  const corpus = await tempCorpus(CORPUS);
  cleanup = corpus.cleanup;
  library = await loadLibrary(corpus.dir, { quotes: false });
  asRanked = await loadLibrary(corpus.dir, { quotes: false, rank: { firstArticleChosen: false } });
  seeds = await loadLibrary(SEEDS, { quotes: false });
  seedsAsRanked = await loadLibrary(SEEDS, { quotes: false, rank: { firstArticleChosen: false } });
});
afterAll(() => cleanup());

/** The whole archive's hits (no article chosen, no abstention). */
const hits = (from: SearchLibrary, question: string): string[] =>
  from.search(question, { abstain: false }).hits.map((h) => h.text);

describe('a why or yes/no question in a whole archive', () => {
  it("answers a why-question with the cause the chosen article ranks first, not the archive's event sentence", () => {
    // uk8's question: the event sentence restates it (`called the police`); the next one gives the cause.
    const police = 'why didnt the retired head just ring the police';
    const cause =
      '"Because I had called them four times before, and every time they told me it was a civil matter," he replied.';
    const event = 'Under cross-examination, Ms Quinlan pressed him on why he had not simply called the police.';
    expect(hits(asRanked, police).slice(0, 2)).toEqual([event, cause]);
    expect(hits(library, police).slice(0, 2)).toEqual([cause, event]);
    expect(library.search(police, { abstain: false, source: 'uk/114-hedge-row-trial' }).hits[0]!.text).toBe(cause);
  });

  it("answers a yes/no question with the chosen article's first sentence, where the predicate weighs more than the subject", () => {
    // The held-out dev set's question: the spokesperson's subject words fill the lede; her answer declines to say.
    const plans = "did the spokesperson reveal any of trump's plans";
    expect(hits(seedsAsRanked, plans)[0]).toMatch(
      /^Responding to the inquiry, State Department spokesperson Tammy Bruce/,
    );
    expect(hits(seeds, plans)[0]).toBe(
      '“I can’t speak to specific plans, but we know the President’s nature — he takes initiative where others hesitate.',
    );
  });

  it("leaves another kind of question's hits as the archive ranks them", () => {
    for (const question of ['how much will parking cost at worcester hospital', 'who runs severn air'])
      expect(hits(library, question)).toEqual(hits(asRanked, question));
  });
});
