import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadLibrary, type SearchLibrary } from '../../src/library.ts';
import { tempCorpus } from '../helpers/tempCorpus.ts';

/**
 * Narrower words inside a chosen article (RankParams.chosenNarrower, src/search/narrower.ts): a
 * question word stands also for the kinds of it WordNet lists one step down that the chosen
 * article uses. British development articles as written (tests/quotes/news-dev/articles), each
 * asked about with its article chosen.
 */
const ARTICLES = new URL('../quotes/news-dev/articles/', import.meta.url);
const NAMES = ['128-book-festival-sponsor', '143-derelict-mill-fire'];
const CORPUS = Object.fromEntries(
  NAMES.map((n) => [`uk/${n}.txt`, readFileSync(new URL(`${n}.txt`, ARTICLES), 'utf8')]),
);

let library: SearchLibrary;
let without: SearchLibrary;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  const corpus = await tempCorpus(CORPUS);
  cleanup = corpus.cleanup;
  library = await loadLibrary(corpus.dir, { quotes: false });
  without = await loadLibrary(corpus.dir, { quotes: false, rank: { chosenNarrower: false } });
});
afterAll(() => cleanup());

/** The hits' texts, the article chosen, no abstention. */
const hits = (from: SearchLibrary, question: string, source: string): string[] =>
  from.search(question, { abstain: false, source: `uk/${source}`, limit: 10 }).hits.map((h) => h.text);

describe('a question word inside its chosen article', () => {
  it('is matched by a kind of it that the article names (author: the novelist; hurt: injured)', () => {
    // uk10: the lede and the sponsor's sentences hold `festival`; the answer calls the author a novelist.
    const author = 'when is the pro hunting author appearing at the festival';
    const novelist =
      'The novelist, Hugh Carrington, whose book The Last Meet was shortlisted for the Whitbread Prize, is due to speak at the festival in June.';
    expect(hits(library, author, NAMES[0]!)[0]).toBe(novelist);
    expect(hits(without, author, NAMES[0]!)[1]).toBe(novelist);
    // uk13: the answer is three words, none of them the question's; `injure` is a kind of `hurt`.
    const hurt = 'was anyone hurt in the oldham mill fire';
    expect(hits(library, hurt, NAMES[1]!).indexOf('Nobody was injured.')).toBe(1);
    expect(hits(without, hurt, NAMES[1]!)).not.toContain('Nobody was injured.');
  });

  it('leaves whole-archive search as it was: there a common word has hundreds of kinds', () => {
    const whole = (from: SearchLibrary, question: string): string[] =>
      from.search(question, { abstain: false, limit: 10 }).hits.map((h) => h.text);
    for (const question of [
      'when is the pro hunting author appearing at the festival',
      'was anyone hurt in the oldham mill fire',
    ])
      expect(whole(library, question)).toEqual(whole(without, question));
  });
});
