/**
 * Stories, not copies: an archive tells one story many times (wire copy run by several outlets,
 * reworded leads, photo captions). Identical and near-identical sentences become one hit that
 * cites every article saying it (`alsoIn`); the top hits are diversified by what they say, so the
 * story's leads cannot crowd out the sentence that answers; copied articles are found when indexing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadLibrary, withAddedArticles, type Library } from '../../src/library.ts';
import { tempCorpus } from '../helpers/tempCorpus.ts';
import { HAND } from '../eval/fit.ts';
import { STORY } from './fixtures.ts';

const QUESTION = 'why is Northwind buying Skyhop';
const at = (h: { source: string; paragraph: number }): string => `${h.source}#${h.paragraph}`;

let corpus: Awaited<ReturnType<typeof tempCorpus>>;
const libraries = new Map<string, Library>();
const library = async (rank: Record<string, number | boolean> = {}): Promise<Library> => {
  const key = JSON.stringify(rank);
  // The orders below were worked out with the hand-set weights; the fitted ones (src/search/weights.ts)
  // move as the development sets say, so these specs of the mechanism pin the weights they were written with.
  if (!libraries.has(key)) libraries.set(key, await loadLibrary(corpus.dir, { rank: { ...HAND, ...rank } }));
  return libraries.get(key)!;
};
beforeAll(async () => {
  corpus = await tempCorpus(STORY);
});
afterAll(() => corpus.cleanup());

describe('diversified top hits', () => {
  it('brings the answer into the top 3 past the reworded leads of one story', async () => {
    const top = (await library()).search(QUESTION, { limit: 3 }).hits.map(at);
    // The best lead stays first; the answer (business#4) adds something the other leads do not.
    expect(top).toEqual(['business/skyhop-routes#1', 'business/skyhop-routes#4', 'courier/northwind#1']);
  });

  it('leaves it fourth without diversification, under three wordings of the lead', async () => {
    // Without the article evidence too (articleWeight 0): in this small archive the business
    // article matches the question best, and the evidence alone lifts its answer to 2nd.
    const top = (await library({ diversityWeight: 0, articleWeight: 0 })).search(QUESTION, { limit: 4 }).hits.map(at);
    expect(top).toEqual([
      'business/skyhop-routes#1',
      'herald/skyhop#1',
      'courier/northwind#1',
      'business/skyhop-routes#4',
    ]);
  });
});

describe('identical and near-identical sentences', () => {
  it('are one hit that cites the other articles: the copy, and the caption with a dateline', async () => {
    const hits = (await library()).search(QUESTION, { limit: 10 }).hits;
    const lead = hits.find((h) => h.text.includes('it agreed to buy the regional airline Skyhop'))!;
    expect(lead.source).toBe('wire/northwind-skyhop');
    // The wire lead word for word (daily/), and with "OSLO -" before it (gallery/: 19 of 20 words).
    expect(lead.alsoIn).toEqual([
      {
        source: 'daily/airline-deal',
        title: 'Northwind to buy Skyhop in 1.2 billion dollar deal',
        paragraph: 1,
        sentence: 1,
        start: 52,
        end: 163,
      },
      {
        source: 'gallery/skyhop-photo',
        title: 'Skyhop planes at Oslo airport',
        paragraph: 1,
        sentence: 1,
        start: 31,
        end: 149,
      },
    ]);
    // Every citation is a place that holds the sentence's words.
    for (const c of lead.alsoIn)
      expect(STORY[`${c.source}.txt` as keyof typeof STORY].slice(c.start, c.end)).toMatch(
        /Skyhop for 1\.2 billion dollars in cash\.$/,
      );
    // No other hit repeats it.
    expect(hits.filter((h) => h.text.includes('agreed to buy the regional airline Skyhop'))).toHaveLength(1);
  });

  it('each take a place of their own without collapsing (nor diversifying)', async () => {
    const hits = (await library({ collapse: false, diversityWeight: 0 })).search(QUESTION, { limit: 10 }).hits;
    const leads = hits.filter((h) => h.text.includes('agreed to buy the regional airline Skyhop'));
    expect(leads.map((h) => h.source).sort()).toEqual([
      'daily/airline-deal',
      'gallery/skyhop-photo',
      'wire/northwind-skyhop',
    ]);
    expect(hits.every((h) => h.alsoIn.length === 0)).toBe(true);
  });

  it('are the same once case, punctuation and spacing are left out; a negation is another sentence', async () => {
    const texts = await tempCorpus({
      'a.txt': 'Oil prices rose on Tuesday, traders said.',
      'b.txt': 'OIL PRICES ROSE ON TUESDAY -- traders  said',
      'c.txt': 'Oil prices did not rise on Tuesday, traders said.',
    });
    const hits = (await loadLibrary(texts.dir, { quotes: false })).search('did oil prices rise on Tuesday', {
      limit: 5,
      abstain: false,
    }).hits;
    await texts.cleanup();
    expect(hits.map((h) => [h.source, h.alsoIn.map((c) => c.source)])).toEqual([
      ['a', ['b']],
      ['c', []],
    ]);
  });

  it('collapse across the shared corpus and a server’s own articles', async () => {
    const own = await tempCorpus({ 'added/copy.txt': STORY['wire/northwind-skyhop.txt'] });
    const shared = await library();
    const view = withAddedArticles(shared, await loadLibrary(own.dir));
    const hits = view.search(QUESTION, { limit: 10 }).hits;
    await own.cleanup();
    const lead = hits.filter((h) => h.text.includes('it agreed to buy the regional airline Skyhop'));
    expect(lead).toHaveLength(1);
    expect(lead[0]!.alsoIn.map((c) => c.source)).toEqual(
      ['daily/airline-deal', 'gallery/skyhop-photo', 'wire/northwind-skyhop', 'added/copy'].filter(
        (s) => s !== lead[0]!.source,
      ),
    );
  });
});

describe('copied articles, found when indexing', () => {
  it('names the exact copy (same body, another headline) and the near copies', async () => {
    const lib = await library();
    const ids = lib.corpus.documents.map((d) => d.id);
    const name = (i: number): string => ids[i]!;
    const copies = ids.flatMap((id, d) =>
      lib.index.copies.copyOf[d] === d ? [] : [`${id} = ${name(lib.index.copies.copyOf[d]!)}`],
    );
    // Documents are in id order, so the daily's copy is the original of the two.
    expect(copies).toEqual(['wire/northwind-skyhop = daily/airline-deal']);
    // The caption is the wire lead with a dateline: most of its word triples are the copy's. Each
    // reworded article shares too few with the others to be a near copy.
    const near = ids.flatMap((id, d) =>
      lib.index.copies.nearOf[d] === d ? [] : [`${id} ~ ${name(lib.index.copies.nearOf[d]!)}`],
    );
    expect(near).toEqual(['gallery/skyhop-photo ~ daily/airline-deal', 'wire/northwind-skyhop ~ daily/airline-deal']);
  });
});
