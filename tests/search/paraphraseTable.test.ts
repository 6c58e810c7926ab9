/**
 * The paraphrase table built with an index (src/indexing/paraphraseTable.ts) stands in for WordNet
 * and the analyzer at question time: every question word's expansions must be what the WordNet
 * path gives, in the same order, cut at the same place, for one index and for several.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paraphraseTableOf } from '../../src/indexing/paraphraseTable.ts';
import { wordNetTerms } from '../../src/indexing/wordnetTerms.ts';
import { buildLibrary, type SearchLibrary } from '../../src/library.ts';
import { loadCorpus } from '../../src/corpus/load.ts';
import { termsOf } from '../../src/nlp/analyzer.ts';
import { openWordNet, PARAPHRASE_SENSES, wordNetWalk } from '../../src/nlp/wordnet.ts';
import { paraphrases } from '../../src/search/paraphrase.ts';
import { entriesOf } from '../../src/search/paraphraseTable.ts';
import { questionFrame } from '../../src/search/question.ts';
import type { SentenceIndex } from '../../src/search/sentenceIndex.ts';
import { queryTermsIn, statisticsOf } from '../../src/search/statistics.ts';
import { tempCorpus } from '../helpers/tempCorpus.ts';

// Fixed articles: "cost" but never "price"; nine of "awful"'s WordNet relatives; "police" and
// "officers" (shorthand for "cops"); "stop", "halt", "resign" (relatives of "quit" and "stop").
const ARTICLES = {
  'plant.txt': 'The new plant will cost 40 mln dlrs, the company said.',
  'storm.txt':
    'The storm was dreadful and terrible. Residents called the damage horrific, horrendous and atrocious. ' +
    'The fearsome winds were frightening, the losses painful and the outlook dire.',
  'police.txt': 'Police officers said the march would halt at noon.',
  'board.txt': 'The chairman will resign and the board will stop the merger talks.',
  'crush.txt': 'Six shoppers suffered minor injuries in the crush. Earlier, 23 quakes struck the island.',
  'fire.txt': 'Firefighters have threatened to strike over the closures. The crews walked to the depot.',
};

const wordnet = openWordNet({ senses: PARAPHRASE_SENSES });
let made: Awaited<ReturnType<typeof tempCorpus>>;
let library: SearchLibrary;
let plain: SentenceIndex;
let tabled: SentenceIndex;

beforeAll(async () => {
  made = await tempCorpus(ARTICLES);
  // A corpus this small gets no table of its own: it is cut here from WordNet's terms.
  library = await buildLibrary(await loadCorpus(made.dir), { quotes: false });
  plain = { ...library.parts[0]!.index };
  delete (plain as { paraphrases?: unknown }).paraphrases;
  tabled = {
    ...plain,
    paraphrases: paraphraseTableOf(plain, await wordNetTerms(library.settings.analyzer.morphology)),
  };
});
afterAll(async () => {
  wordnet.close();
  await made.cleanup();
});

/** The expansions of a question over `indexes`, as search() asks for them: [word, expansion term, shorthand]. */
function expansions(question: string, indexes: readonly SentenceIndex[]): [string, string, boolean][][] {
  const analyzer = library.settings.analyzer;
  const analyzed = analyzer.analyze(questionFrame(question).topic);
  const statistics = statisticsOf(indexes);
  const terms = queryTermsIn(indexes, termsOf(analyzed), statistics)[0]!.map((t) => t.term);
  return paraphrases(analyzed, terms, analyzer, wordnet, indexes, statistics).map((list) =>
    list.map((e) => [terms[e.of]!, e.term, e.shorthand]),
  );
}

describe('the paraphrase table', () => {
  it('expands a word the corpus never uses with its relatives that it does (price -> cost, damage)', () => {
    // price -> cost terms damage pricy pricey: the articles say "cost" and "damage" only.
    expect(expansions('What is the price of the plant?', [tabled])).toEqual([
      [
        ['price', 'cost', false],
        ['price', 'damag', false],
      ],
    ]);
    expect(expansions('What is the price of the plant?', [plain])).toEqual(
      expansions('What is the price of the plant?', [tabled]),
    );
  });

  it('keeps the shorthand table as it was (cops -> police, officers), beside WordNet', () => {
    const expected = [
      [
        ['cop', 'polic', true],
        ['cop', 'offic', true],
      ],
    ];
    expect(expansions('What did the cops say?', [tabled])).toEqual(expected);
    expect(expansions('What did the cops say?', [plain])).toEqual(expected);
  });

  it('reads a verb and the particle after it as one WordNet verb: walk out -> strike, walk alone not', () => {
    // walk_out's first senses: strike (go on strike), walkout; walk's own relatives (walker,
    // walking) are not in the articles. Without the particle, walk brings no strike.
    const expected = [[['walk', 'strike', false]]];
    expect(expansions('Are the firefighters going to walk out?', [tabled])).toEqual(expected);
    expect(expansions('Are the firefighters going to walk out?', [plain])).toEqual(expected);
    expect(expansions('Did the firefighters walk to the depot?', [tabled])).toEqual([[]]);
  });

  it('cuts a word at 8 added relatives, in WordNet order, the ninth left out', () => {
    // awful's relatives, first two senses: atrocious abominable dreadful painful terrible
    // unspeakable dire fearful fearsome frightening horrendous horrific awe; the storm article has
    // nine of them, so "horrific" (the ninth in that order) is not added. (awful's own term is "aw".)
    const expected = [
      ['aw', 'atroci'],
      ['aw', 'dread'],
      ['aw', 'pain'],
      ['aw', 'terribl'],
      ['aw', 'dire'],
      ['aw', 'fearsom'],
      ['aw', 'frighten'],
      ['aw', 'horrend'],
    ].map(([, term]) => ['aw', term, false]);
    expect(expansions('How awful was the storm?', [tabled])).toEqual([expected]);
    expect(expansions('How awful was the storm?', [plain])).toEqual([expected]);
  });

  it("counts toward the cut only what a word adds: the question's own terms and another word's additions are skipped", () => {
    // quit -> discontinue stop cease resign; stop -> halt discontinue cease quit stoppage. "stop"
    // is the question's own term, so quit adds resign only; stop then adds halt.
    const expected = [
      [
        ['quit', 'resign', false],
        ['stop', 'halt', false],
      ],
    ];
    expect(expansions('Did the chairman quit and stop the talks?', [tabled])).toEqual(expected);
    expect(expansions('Did the chairman quit and stop the talks?', [plain])).toEqual(expected);
  });

  it('gives nothing for a word none of whose relatives the corpus uses, and has no key for it', () => {
    expect(expansions('Was the car red?', [tabled])).toEqual([[]]);
    expect(expansions('Was the car red?', [plain])).toEqual([[]]);
    expect(entriesOf(tabled.paraphrases!, 'ncar').terms).toEqual([]);
    expect(entriesOf(tabled.paraphrases!, 'nprice')).toEqual({ terms: ['cost', 'damag'], ranks: [0, 2] });
  });

  it('merges the tables of several indexes (a server view) in WordNet order, as the WordNet path does', async () => {
    const parts = await tempCorpus({
      'a.txt': 'The losses were painful.',
      'b.txt': 'The outlook was dire and dreadful.',
    });
    try {
      const second = await buildLibrary(await loadCorpus(parts.dir), { quotes: false });
      const other = { ...second.parts[0]!.index } as SentenceIndex;
      delete (other as { paraphrases?: unknown }).paraphrases;
      const otherTabled = {
        ...other,
        paraphrases: paraphraseTableOf(other, await wordNetTerms(library.settings.analyzer.morphology)),
      };
      const question = 'How awful was the storm?';
      const merged = expansions(question, [tabled, otherTabled]);
      expect(merged).toEqual(expansions(question, [plain, other]));
      // The second index holds three of the eight: listed there with the same order and weights.
      expect(merged[1]!.map(([, term]) => term)).toEqual(['dread', 'pain', 'dire']);
      // A table on one index only: the WordNet path for both, the same expansions.
      expect(expansions(question, [tabled, other])).toEqual(merged);
    } finally {
      await parts.cleanup();
    }
  });
});

describe('paraphrases of the tagged part of speech and the first senses only', () => {
  // The tagger reads "hurt" here as a verb (ache, smart, hurting): only its noun senses hold injury,
  // harm, trauma, distress, suffering (the article's "injuries", "suffered"). "tremor" (shudder,
  // microseism) is one step narrower than "quake". (Switches that added those, off by default,
  // were removed: docs/quality.md.)
  it("adds neither another part of speech's relatives nor broader words, on either path", () => {
    for (const question of ['How many shoppers got hurt in the crush?', 'How many tremors struck the island?']) {
      expect(expansions(question, [tabled])).toEqual([[]]);
      expect(expansions(question, [plain])).toEqual([[]]);
    }
  });
});

describe('WordNet walked whole', () => {
  it('gives every lemma the related words a lookup gives, in order (sampled every 97th lemma)', async () => {
    const words: string[] = [];
    const numbers = new Map<string, number>();
    const walk = await wordNetWalk(
      (word) => {
        let n = numbers.get(word);
        if (n === undefined) {
          n = words.length;
          words.push(word);
          numbers.set(word, n);
        }
        return n;
      },
      { senses: PARAPHRASE_SENSES },
    );
    const differences: string[] = [];
    let visited = 0;
    for (const _ of walk.visit((key, listed, _ranks, count) => {
      if (visited++ % 97 !== 0) return;
      const related = wordnet.related(key.slice(1), key[0] as 'n');
      const expected = [...new Set([...related.synonyms, ...related.derived])];
      const got = Array.from(listed.subarray(0, count), (n) => words[n]!);
      if (JSON.stringify(got) !== JSON.stringify(expected)) differences.push(key);
    }));
    // Every lemma of the four index files (155,467 in WordNet 3.1).
    expect(visited).toBe(155_467);
    expect(differences).toEqual([]);
  });
});
