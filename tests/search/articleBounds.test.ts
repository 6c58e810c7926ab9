import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadLibrary, type SearchLibrary } from '../../src/library.ts';
import { DEFAULT_RANK, rank, type RankParams, type RankQuery } from '../../src/search/rank.ts';
import { queryTermsIn, statisticsOf } from '../../src/search/statistics.ts';
import { tempCorpus } from '../helpers/tempCorpus.ts';

/**
 * The ranking scores its candidates article by article and passes over an article whose bound on
 * its sentences' scores is below the worst of the best k kept so far (src/search/rank.ts,
 * articleBounds). That must change no ranking: the best k are the first k of the whole order,
 * whatever k. Ranking every candidate (k at least their number) fills the heap only at the last
 * one, so nothing is passed over; a small k passes over most articles here.
 */

// 30 articles that hold "ferry" once or twice and nothing else of the question (low bounds: passed
// over once the heap holds better), and articles that hold more of it in each of the ways a
// sentence is lent score: in the sentence, in the headline and lede, through "they" from the
// sentence before, and a sentence holding a word twice (BM25's tf).
const FILES: Record<string, string> = {
  'strike/walkout.txt': [
    'Ferry strike called by the union',
    '',
    'The seamen union called a ferry strike for Monday.',
    'They said the strike would stop every crossing.',
    'Talks with the operator broke down on Friday.',
  ].join('\n'),
  'strike/talks.txt': [
    'Union talks',
    '',
    'Union leaders met ferry operators in Dover.',
    'They warned of a strike at the port.',
  ].join('\n'),
  'strike/port.txt': [
    'Strike hits port',
    '',
    'A strike strike by dock workers closed the port.',
    'The ferry to Calais was cancelled.',
  ].join('\n'),
  'strike/long.txt': [
    'Crossings resume',
    '',
    'After a week in which the ferry strike kept lorries queuing on the motorway for many miles, the crossings resumed.',
  ].join('\n'),
};
for (let k = 0; k < 30; k += 1) {
  FILES[`ferry/route-${String(k).padStart(2, '0')}.txt`] = [
    `Timetable ${k}`,
    '',
    `The ferry leaves at ${k + 6} o'clock from pier ${k}.`,
    k % 3 === 0 ? 'Passengers board the ferry early.' : 'Tickets are sold at the harbour.',
    'Cafes on board serve breakfast.',
  ].join('\n');
}

let library: SearchLibrary;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  const corpus = await tempCorpus(FILES);
  cleanup = corpus.cleanup;
  library = await loadLibrary(corpus.dir, { quotes: false });
});
afterAll(() => cleanup());

/** The preliminary order itself: one candidate reranked, and nothing the rerank multiplies by. */
const PRELIMINARY: RankParams = {
  ...DEFAULT_RANK,
  rerankDepth: 1,
  focusWeight: 0,
  proximityWeight: 0,
  answerTypeWeight: 0,
};

function ranking(words: string[], limit: number, params: RankParams): [number, number][] {
  const { index } = library;
  const statistics = statisticsOf([index]);
  const query: RankQuery = { terms: queryTermsIn([index], words, statistics)[0]!, answerType: null, statistics };
  return rank(index, query, params, limit).map((r) => [r.id, r.score]);
}

describe('articles passed over by their bound', () => {
  it('every question word is in the index (else this spec would rank nothing)', () => {
    for (const word of ['ferri', 'strike', 'union'])
      expect([word, library.index.vocabulary.has(word)]).toEqual([word, true]);
  });

  for (const [name, params] of [
    ['the preliminary order', PRELIMINARY],
    ['with the pronoun weight too', { ...PRELIMINARY, pronounWeight: 0.6 }],
  ] as const) {
    it(`give the first k of the whole order, for every k (${name})`, () => {
      const words = ['ferri', 'strike', 'union'];
      const all = ranking(words, 10_000, params);
      // Every sentence holding a question word is a candidate: 7 of the strike articles' 8, and
      // 40 of the timetables (their first sentence, and the second of every third).
      expect(all.length).toBe(47);
      for (let k = 1; k <= 12; k += 1) expect(ranking(words, k, params)).toEqual(all.slice(0, k));
    });
  }

  it("rank the strike articles' 7 candidates first, the timetables after them (most passed over at a small k)", () => {
    const { index } = library;
    const all = ranking(['ferri', 'strike', 'union'], 10_000, PRELIMINARY);
    const source = (id: number): string => library.parts[0]!.documents[index.doc[id]!]!.id.split('/')[0]!;
    expect(all.slice(0, 10).map(([id]) => source(id))).toEqual([
      ...Array.from({ length: 7 }, () => 'strike'),
      ...Array.from({ length: 3 }, () => 'ferry'),
    ]);
  });
});
