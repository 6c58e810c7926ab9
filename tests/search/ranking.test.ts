import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadLibrary, type Library } from '../../src/library.ts';
import { tempCorpus } from '../helpers/tempCorpus.ts';
import { HAND } from '../eval/fit.ts';
import { TALKS } from './fixtures.ts';
import { idf } from '../../src/search/bm25.ts';
import { DEFAULT_RANK } from '../../src/search/rank.ts';

let library: Library;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  const corpus = await tempCorpus(TALKS);
  cleanup = corpus.cleanup;
  // The orders below were worked out with the hand-set weights; the fitted ones (src/search/weights.ts)
  // move as the development sets say, so these specs of the mechanism pin the weights they were written with.
  library = await loadLibrary(corpus.dir, { rank: HAND });
});
afterAll(() => cleanup());

const ranked = (question: string, options = {}) =>
  library.search(question, { limit: 10, ...options }).hits.map((h) => `${h.source}#${h.paragraph}`);

describe('ranking', () => {
  it('prefers the sentence matching every question word with a name in it', () => {
    // talks#1: both words, short, holds a name (who -> person).
    // talks#3: both words too, but long and without a name.
    // Then sentences with one of the two words: talks#2 ("delegation", short) is read with its
    // article, whose lede says "met" and which as a whole matches both words; farm#1 ("met",
    // short, a first sentence) stands alone; visit#2 ("met", long).
    expect(ranked('who met the delegation')).toEqual(['talks#1', 'talks#3', 'talks#2', 'farm#1', 'visit#2']);
  });

  it('prefers a sentence holding a date for a when-question', () => {
    // Both match "talks" and "began" (began -> begin through lemmas); only dates#2 has a date.
    expect(ranked('when did the talks begin')).toEqual(['dates#2', 'dates#1']);
  });

  it('ranks a one-word query by BM25: the shortest sentence first', () => {
    // The lead prior (x1.15 for a document's first sentence, x1.075 for its second) is too
    // small to lift talks#1 over the much shorter talks#2; talks#3 is long and third.
    expect(ranked('delegation')).toEqual(['talks#2', 'talks#1', 'talks#3']);
  });

  it('lets a sentence that says "he" borrow from the sentence naming him', () => {
    // visit#2 and farm#1 match "senators" and "discuss" alike; visit#2's "he" is Bilawal, named in
    // visit#1, whose score it shares (x0.6). visit#1 itself matches only "Bilawal", and goes before
    // farm#1, whose article, never naming Bilawal, matches the question less (articleWeight).
    expect(ranked('what did Bilawal discuss with senators')).toEqual(['visit#2', 'visit#1', 'farm#1']);
  });

  it('orders equal scores by document id, whatever order the files were written in', async () => {
    const a = await tempCorpus({ 'b.txt': 'Rain fell in Lahore.', 'a.txt': 'Rain fell in Lahore.' });
    const b = await tempCorpus({ 'a.txt': 'Rain fell in Lahore.', 'b.txt': 'Rain fell in Lahore.' });
    const first = (await loadLibrary(a.dir)).search('rain in Lahore');
    const second = (await loadLibrary(b.dir)).search('rain in Lahore');
    expect(first.hits.map((h) => [h.source, h.score])).toEqual(second.hits.map((h) => [h.source, h.score]));
    // One sentence said twice is one hit: cited from the earlier id, also in the other.
    expect(first.hits.map((h) => [h.source, h.alsoIn.map((c) => c.source)])).toEqual([['a', ['b']]]);
    await Promise.all([a.cleanup(), b.cleanup()]);
  });
});

describe('long questions', () => {
  it("counts a question's words past the 31st in a hit's share of the question", () => {
    // A sentence's matched words are kept as 31 bits; a 32nd word is counted apart. Here the only
    // word the corpus uses is the 32nd: talks#2 ("A delegation arrived.") holds it, so its share is
    // the word's idf over the whole question's (31 unknown words, each at the idf of no sentence).
    const filler =
      'alpha bravo charlie delta echo foxtrot golf hotel juliett kilo lima mike oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu zebra giraffe walrus penguin otter badger heron';
    expect(filler.split(' ')).toHaveLength(31);
    const result = library.search(`${filler} delegation`, { abstain: false });
    const sentences = 9;
    const expected = idf(sentences, 3) / (31 * idf(sentences, 0) + idf(sentences, 3));
    expect(result.hits.map((h) => `${h.source}#${h.paragraph}`)[0]).toBe('talks#2');
    expect(result.hits[0]!.coverage).toBeCloseTo(expected, 12);
  });
});

describe('abstention', () => {
  it('declines a question the articles do not answer', () => {
    const result = library.search('what is the capital of France');
    expect(result).toMatchObject({ abstained: true, hits: [] });
  });

  it('declines an empty question', () => {
    expect(library.search('  ').abstained).toBe(true);
  });

  it('drops hits that cover too little of the question, even below a good first hit', () => {
    // talks#4 has three of the four words; "Geneva" alone (talks#1, dates#2) is under a quarter of the question.
    expect(ranked('mild weather all week in Geneva')).toEqual(['talks#4']);
  });

  it('is confident when the best sentence holds the question: no reason given', () => {
    expect(library.search('who met the delegation')).toMatchObject({ abstained: false, confidence: 'high' });
    expect(library.search('who met the delegation').reason).toBeUndefined();
  });

  it('is unsure, not confident, when a year of the question is nowhere near the best sentence, and still shows it first', () => {
    const result = library.search('when did the talks begin in 2019');
    expect(result).toMatchObject({ abstained: false, confidence: 'low', reason: 'unsupported-terms' });
    expect(result.evidence.unsupported).toEqual(['2019']);
    expect(ranked('when did the talks begin in 2019')[0]).toBe(ranked('when did the talks begin')[0]);
  });

  it('counts a name in the sentence before the best one, or in its lede, as near it', () => {
    // visit#2 says "he"; Bilawal is named in visit#1, its lede and the sentence before.
    const result = library.search('What did Bilawal discuss with senators');
    expect(ranked('What did Bilawal discuss with senators')[0]).toBe('visit#2');
    expect(result).toMatchObject({ confidence: 'high', evidence: { unsupported: [] } });
  });

  it('names the words no article uses when it declines', () => {
    expect(library.search('what is the capital of France')).toMatchObject({
      abstained: true,
      confidence: null,
      reason: 'nothing-to-search',
      evidence: { unknownWords: ['capital', 'France'] },
    });
  });

  it('answers anyway with abstain off', () => {
    expect(library.search('what is the capital of France', { abstain: false }).hits).toEqual([]);
    expect(ranked('weather in France', { abstain: false })[0]).toBe('talks#4');
  });
});

describe('source restriction', () => {
  it('searches one document only', () => {
    expect(ranked('Geneva', { source: 'dates' })).toEqual(['dates#2']);
  });

  it('with abstain off, ranks every sentence of the document, matches first', () => {
    // Only talks#1 says "Geneva"; the others score alike (their article's score). Diversified:
    // talks#2 and talks#3 say "delegation" again, so talks#4, which repeats nothing, goes before them.
    expect(ranked('Geneva', { source: 'talks', abstain: false })).toEqual(['talks#1', 'talks#4', 'talks#3', 'talks#2']);
  });

  it("with abstention on too, a sentence of the chosen article that none of the question's words touch is a candidate", async () => {
    // quake#2 gives the magnitude and names neither the earthquake nor Chile: its headline and lede
    // do. A reader who picked the article expects it; before, only sentences holding a question
    // word were candidates when abstaining, and the lede, which lacks the magnitude, came alone and
    // confident. Holding none of the question's words, the answer is shown unsure. (`tremor` is a
    // kind of quake: with the narrower words on, RankParams.chosenNarrower, it holds one, below.)
    const corpus = await tempCorpus({
      'quake.txt':
        'Earthquake strikes central Chile\n\nA strong earthquake struck central Chile on Monday, shaking buildings in the capital.\nThe tremor measured 7.1 on the Richter scale, officials said.\nSchools were closed for the day.',
      'other.txt':
        'Floods in Peru\n\nHeavy rain flooded towns in Peru on Monday.\nRoads were closed and power was cut.',
    });
    const ask = async (chosenNarrower: boolean) =>
      (await loadLibrary(corpus.dir, { rank: { chosenNarrower } })).search('what magnitude was the chile quake', {
        source: 'quake',
        limit: 3,
      });
    const result = await ask(false);
    const narrower = await ask(true);
    await corpus.cleanup();
    expect(result.hits.map((h) => `${h.source}#${h.paragraph}`)).toEqual(['quake#2', 'quake#1']);
    expect(result).toMatchObject({ confidence: 'low', reason: 'weak-support' });
    // The tremor stands for the quake, as a synonym would: the answer holds the question's words and is confident.
    expect(narrower.hits.map((h) => `${h.source}#${h.paragraph}`)).toEqual(['quake#2', 'quake#1']);
    expect(narrower.confidence).toBe('high');
  });

  it('in a chosen article, weighs the topic words the lede holds less as its focus: the cause after it goes first', async () => {
    // The question's words beyond the headline are Severn Air (both sentences hold them) and the
    // unknown "bust". Measured beyond the headline alone, the lede's focus counted Severn Air for it
    // and for no other sentence (the others' focus is measured beyond the headline and the lede),
    // so it stayed first; with a quarter of it measured as theirs (chosenLedeFocus), the sentence
    // giving the cause goes first. Without a chosen article the archive's own ranking does not change
    // (firstArticleChosen off: with it, a why-question's first hit is the chosen path's in its article).
    // (A why-question inside a chosen article ranks without the focus since reasonFocus; it is put
    // back here, as for any other.)
    const corpus = await tempCorpus({
      'air.txt':
        'Airline stops flying\n\nAbout 6,000 passengers were stranded abroad on Tuesday after the budget airline Severn Air went into administration and grounded its fleet.\nSevern Air had run out of cash after a sharp rise in fuel prices.\nPassengers were told to book new flights home.',
      'other.txt':
        'Floods in Peru\n\nHeavy rain flooded towns in Peru on Monday.\nRoads were closed and power was cut.',
    });
    const order = async (share: number, options: object) =>
      (
        await loadLibrary(corpus.dir, {
          rank: { ...HAND, chosenLedeFocus: share, reasonFocus: 1, firstArticleChosen: false },
        })
      )
        .search('why did severn air go bust', { limit: 3, abstain: false, ...options })
        .hits.map((h) => `${h.source}#${h.paragraph}`);
    expect(HAND.chosenLedeFocus).toBe(0.25);
    expect(await order(0.25, { source: 'air' })).toEqual(['air#2', 'air#1', 'air#3']);
    expect(await order(0, { source: 'air' })).toEqual(['air#1', 'air#2', 'air#3']);
    expect(await order(0.25, {})).toEqual(await order(0, {}));
    await corpus.cleanup();
  });

  it('in whole-archive search, weighs the topic words a lede holds less as its focus: the cause after it goes first', async () => {
    // The same story from two outlets. Beyond the headlines the question's words are Severn Air
    // (both ledes and the cause hold them) and the unknown "bust". Measured beyond the headline
    // alone, a lede's focus counted Severn Air for it and for no sentence after it, so the other
    // outlet's lede went first; with half of it measured beyond the lede (wholeLedeFocus), the
    // sentence giving the cause goes first, and the two ledes after it keep their order.
    const corpus = await tempCorpus({
      'air.txt':
        'Airline stops flying\n\nAbout 6,000 passengers were stranded abroad on Tuesday after the budget airline Severn Air went into administration and grounded its fleet.\nSevern Air had run out of cash after a sharp rise in fuel prices.\nPassengers were told to book new flights home.',
      'wire.txt':
        'Budget carrier collapses\n\nSevern Air, the budget airline, collapsed on Tuesday, leaving thousands of passengers stranded.\nThe carrier flew to 30 destinations.',
      'other.txt':
        'Floods in Peru\n\nHeavy rain flooded towns in Peru on Monday.\nRoads were closed and power was cut.',
    });
    const order = async (share: number) =>
      (await loadLibrary(corpus.dir, { rank: { ...HAND, wholeLedeFocus: share } }))
        .search('why did severn air go bust', { limit: 3, abstain: false })
        .hits.map((h) => `${h.source}#${h.paragraph}`);
    expect(DEFAULT_RANK.wholeLedeFocus).toBe(0.5);
    expect(await order(0.5)).toEqual(['air#2', 'wire#1', 'air#1']);
    expect(await order(0)).toEqual(['wire#1', 'air#2', 'air#1']);
    await corpus.cleanup();
  });

  it('in whole-archive search, picks the 2nd and 3rd hits by the score without the lede focus: a lede it pushed down stays in the top 3', async () => {
    // Five outlets' sentences naming Severn Air; "bust" is unknown, so no lede holds every word
    // beyond its headline and the lede focus (wholeLedeFocus 0.5) halves the wire lede's focus:
    // 4.71 -> 4.14, from 2nd (without the focus) to 5th, behind three sentences it outscored. The
    // focused ranking decides the first hit; the 2nd and 3rd are the best by the score without the
    // focus (plainFrom 2): the wire lede, then the club's sentence, as without the focus; the rest
    // follow in the focused order. From the 3rd only (plainFrom 3) the wire lede is 3rd; with
    // plainFrom 0 it stays 5th.
    const corpus = await tempCorpus({
      'air.txt':
        'Airline stops flying\n\nAbout 6,000 passengers were stranded abroad on Tuesday after the budget airline Severn Air went into administration and grounded its fleet.\nSevern Air had run out of cash after a sharp rise in fuel prices.\nPassengers were told to book new flights home.',
      'wire.txt':
        'Budget carrier collapses\n\nSevern Air, the budget airline, collapsed on Tuesday, leaving thousands of passengers stranded.\nThe carrier flew to 30 destinations.',
      'fair.txt':
        'Jobs fair in Cardiff\n\nA jobs fair opened in Cardiff on Wednesday.\nFormer Severn Air pilots were among the hundreds of people queueing outside the hall at the fair, which the city council had planned for months.',
      'festival.txt':
        "Summer festival\n\nThe town's summer festival opens on Friday.\nSevern Air sponsored the fireworks last year.",
      'club.txt':
        'Club sponsor sought\n\nThe rugby club is looking for a new shirt sponsor.\nIts shirts carried the Severn Air name for three seasons.',
      'other.txt':
        'Floods in Peru\n\nHeavy rain flooded towns in Peru on Monday.\nRoads were closed and power was cut.',
    });
    const order = async (rank: object) =>
      (await loadLibrary(corpus.dir, { rank: { ...HAND, ...rank } }))
        .search('why did severn air go bust', { limit: 6, abstain: false })
        .hits.map((h) => `${h.source}#${h.paragraph}`);
    expect(DEFAULT_RANK.plainFrom).toBe(2);
    expect(await order({ wholeLedeFocus: 0, plainFrom: 0 })).toEqual([
      'festival#2',
      'wire#1',
      'club#2',
      'air#2',
      'fair#2',
      'air#1',
    ]);
    expect(await order({ plainFrom: 0 })).toEqual(['festival#2', 'club#2', 'air#2', 'fair#2', 'wire#1', 'air#1']);
    expect(await order({ plainFrom: 2 })).toEqual(['festival#2', 'wire#1', 'club#2', 'air#2', 'fair#2', 'air#1']);
    expect(await order({ plainFrom: 3 })).toEqual(['festival#2', 'club#2', 'wire#1', 'air#2', 'fair#2', 'air#1']);
    await corpus.cleanup();
  });

  it("in whole-archive search, scales a sentence by its article's match against the best article's: a short question's common words lose to the article on its rare one", async () => {
    // uk3's `what time did they announce the result in kettleby`, in small: the bank's short
    // `Results will be announced on Tuesday.` holds the two common words with a day, and outranked
    // every sentence of the one article that names Kettleby (in its headline too). The bank's
    // article matches the question far less than the Kettleby article (its BM25 below articleFull,
    // 0.75, of the best), so its sentences are scaled down (articleWeight): the Kettleby article's
    // sentences go first, the one declaring the result at a time before its lede.
    const firms: Record<string, string> = {};
    for (let k = 0; k < 4; k += 1)
      firms[`firm${k}.txt`] =
        `Firm ${k} trading update\n\nFirm ${k} announced its quarterly results to shareholders in March.\nThe result was in line with forecasts.`;
    const corpus = await tempCorpus({
      ...firms,
      'count.txt':
        'Labour holds Kettleby after three recounts\n\nLabour held the marginal seat of Kettleby by 41 votes after three recounts.\nThe returning officer declared the result at 5.48am after a third recount of the bundles.\nThe Conservative candidate said he would not seek a legal challenge.',
      'bank.txt':
        'Bank expects higher profit\n\nThe bank expects its profit to rise by 10 to 13 percent this year.\nResults will be announced on Tuesday.',
      'rain.txt': 'Floods in Peru\n\nHeavy rain flooded towns in Peru on Monday.\nRoads were closed and power was cut.',
    });
    const order = async (rank: object) =>
      (await loadLibrary(corpus.dir, { rank: { ...HAND, ...rank } }))
        .search('what time did they announce the result in kettleby', { limit: 3, abstain: false })
        .hits.map((h) => `${h.source}#${h.paragraph}`);
    expect([DEFAULT_RANK.articleWeight, DEFAULT_RANK.articleFull]).toEqual([3, 0.75]);
    expect(await order({})).toEqual(['count#2', 'count#1', 'firm0#1']);
    expect(await order({ articleWeight: 0, storyNameWeight: 0 })).toEqual(['bank#2', 'firm0#1', 'firm1#1']);
    // Without the article evidence, the story names (storyNameWeight) alone: the articles that never
    // name Kettleby, which the count's article does, lose 15%, and its declaration is 3rd.
    expect(await order({ articleWeight: 0 })).toEqual(['bank#2', 'firm0#1', 'count#2']);
    await corpus.cleanup();
  });

  it('answers a search limited to an unknown article with a decline, not an exception (the caller words it)', () => {
    expect(library.search('Geneva', { source: 'nope' })).toMatchObject({
      hits: [],
      abstained: true,
      reason: 'unknown-source',
    });
  });
});

describe('excerpts', () => {
  it('marks the matched words and cites paragraph and sentence', () => {
    const [hit] = library.search('who met the delegation').hits;
    expect(hit).toMatchObject({ source: 'talks', title: 'Talks', paragraph: 1, sentence: 1 });
    expect(hit!.marks.map(([s, e]) => hit!.text.slice(s, e))).toEqual(['met', 'delegation']);
  });
});

describe('limits and confidence', () => {
  it('gives the first N of one list whatever N is (hits under the bar are dropped before the limit)', () => {
    const long = ranked('who met the delegation');
    for (let n = 1; n <= long.length; n += 1)
      expect(ranked('who met the delegation', { limit: n })).toEqual(long.slice(0, n));
  });

  it('with abstain off and a source, ranks every sentence even for a question of stop words only', () => {
    expect(ranked('what is it', { source: 'talks', abstain: false })).toEqual([
      'talks#1',
      'talks#2',
      'talks#3',
      'talks#4',
    ]);
  });
});

describe('a sentence read with its article', () => {
  // bank#3 answers but names neither Kodak nor the stake: the headline and lede do. other#1 has
  // "bank", "stake", "loss" and a number, in an article about another bank.
  const NEWS = {
    'bank.txt':
      'Kodak unit sells bank stake\n\nEastman Kodak Co said its finance unit sold its stake in a regional bank.\nThe unit had held the stake since 1980.\nHe put the loss on the bank at 30 mln dlrs.',
    'other.txt': 'Midland results\n\nMidland Bank took a loss of 5 mln stg on a stake.',
  };
  const question = 'how big was the loss on the bank stake for Kodak';

  it('finds the answer that leaves its topic to the headline and lede', async () => {
    const corpus = await tempCorpus(NEWS);
    const top = (await loadLibrary(corpus.dir))
      .search(question, { limit: 2 })
      .hits.map((h) => `${h.source}#${h.paragraph}`);
    // Without the article (no document score, article evidence, story names, context or focus) the other article's sentence wins.
    const alone = (
      await loadLibrary(corpus.dir, {
        rank: { documentWeight: 0, articleWeight: 0, storyNameWeight: 0, contextWeight: 0, focusWeight: 0 },
      })
    )
      .search(question, { limit: 1, abstain: false })
      .hits.map((h) => `${h.source}#${h.paragraph}`);
    await corpus.cleanup();
    expect(top[0]).toBe('bank#3');
    expect(alone).toEqual(['other#1']);
  });

  it('cites a plain-text article by its headline, which is not itself an answer', async () => {
    const corpus = await tempCorpus(NEWS);
    const hits = (await loadLibrary(corpus.dir)).search('Kodak unit sells bank stake', {
      abstain: false,
      limit: 10,
    }).hits;
    await corpus.cleanup();
    expect(hits[0]).toMatchObject({ source: 'bank', title: 'Kodak unit sells bank stake', paragraph: 1 });
    expect(hits.every((h) => h.text !== 'Kodak unit sells bank stake')).toBe(true);
  });
});

describe('a question about the subject itself', () => {
  // A page titled with its subject, as an encyclopedia's: the first sentence says what it is.
  const PAGE = {
    'cave.txt':
      '---\ntitle: Glacier cave\n---\nA glacier cave is a hollow formed within the ice of a moving sheet of frozen water, often by meltwater.\nGlacier cave tours start in Iceland.\nTourists visit the glacier in summer.',
  };
  const order = async (question: string, topicLeadWeight: number, page = PAGE): Promise<string[]> => {
    const corpus = await tempCorpus(page);
    const hits = (await loadLibrary(corpus.dir, { rank: { ...HAND, topicLeadWeight } })).search(question, {
      limit: 3,
      abstain: false,
    }).hits;
    await corpus.cleanup();
    return hits.map((h) => `${h.source}#${h.paragraph}`);
  };

  it('ranks the lead first for "what is X" of the page titled X, with topicLeadWeight', async () => {
    // cave#2 is short and holds both words; the lead, long, wins only as the introduction of what is asked about.
    expect(await order('what is a glacier cave', 0)).toEqual(['cave#2', 'cave#1', 'cave#3']);
    expect(await order('what is a glacier cave', 2)).toEqual(['cave#1', 'cave#2', 'cave#3']);
  });

  it('leaves a question that names only part of the title as it was', async () => {
    expect(await order('when do tourists visit the glacier', 2)).toEqual(
      await order('when do tourists visit the glacier', 0),
    );
  });

  // The same page with a qualifier that tells it apart from another of its name, as encyclopedias title pages.
  const QUALIFIED = { 'cave.txt': PAGE['cave.txt'].replace('title: Glacier cave', 'title: Glacier cave (landform)') };

  it('does not count a parenthesised qualifier as part of the name a question must hold', async () => {
    // "what is a glacier cave" holds the name whole without "landform": as for the page titled "Glacier cave".
    expect(await order('what is a glacier cave', 0, QUALIFIED)).toEqual(['cave#2', 'cave#1', 'cave#3']);
    expect(await order('what is a glacier cave', 2, QUALIFIED)).toEqual(['cave#1', 'cave#2', 'cave#3']);
  });

  it('still wants every word of the name: the qualifier does not stand in for one', async () => {
    // Two title words held ("glacier", "landform") as many as the name has, but not "cave".
    expect(await order('when do tourists visit the glacier landform', 2, QUALIFIED)).toEqual(
      await order('when do tourists visit the glacier landform', 0, QUALIFIED),
    );
  });
});

describe('a sentence that refers back, read with the sentence before', () => {
  // One article searched alone (the same article score for every sentence); the lede names no band,
  // so only the sentence before can lend the name "They" stands for.
  const SEASON = {
    'season.txt':
      '---\ntitle: Season notes\n---\nThe festival season opened in May.\nLocal bands played shows in Brazil.\nThe Comets announced a world tour in March.\nThey played forty shows in Brazil and Chile over the summer months.',
  };
  const order = async (question: string, weights: { pronounWeight: number; antecedentWeight: number }) => {
    const corpus = await tempCorpus(SEASON);
    const hits = (await loadLibrary(corpus.dir, { rank: { ...HAND, ...weights } })).search(question, {
      source: 'season',
      limit: 4,
      abstain: false,
    }).hits;
    await corpus.cleanup();
    return hits.map((h) => `${h.source}#${h.paragraph}`);
  };

  it('lends it the question words its antecedent names and it lacks, with antecedentWeight', async () => {
    // season#2 and season#4 both hold "play" and "shows"; season#2 is shorter, so first on its own
    // words. season#4's "They" are the Comets of season#3: lent 0.75 of the idf of "Comets", it comes first.
    expect(await order('where did the Comets play shows', { pronounWeight: 0, antecedentWeight: 0 })).toEqual([
      'season#2',
      'season#4',
      'season#3',
      'season#1',
    ]);
    expect(await order('where did the Comets play shows', { pronounWeight: 0, antecedentWeight: 0.75 })).toEqual([
      'season#4',
      'season#2',
      'season#3',
      'season#1',
    ]);
  });
});

describe('a sentence that refers back and holds none of the question words', () => {
  // fees#3 says what happens to the fees, in a pronoun: "them" are the fees of fees#2, which holds
  // the question's words ("tuition", "fees") and is the sentence before. The lede ("The college
  // met on Monday.") and the headline hold none of them, so only fees#2 can lend fees#3 anything.
  const FEES = {
    'fees.txt':
      '---\ntitle: College news\n---\nThe college met on Monday.\nStudents asked the principal about tuition fees.\nShe said the governors would scrap them next year.',
    'other.txt':
      '---\ntitle: Other news\n---\nA new library opened in the town.\nTuition fees rose at another college.',
  };
  const hits = async (referringBack: boolean) => {
    const corpus = await tempCorpus(FEES);
    const result = (
      await loadLibrary(corpus.dir, { rank: { ...HAND, pronounWeight: 0, antecedentWeight: 0.75, referringBack } })
    ).search('what will happen to tuition fees', { limit: 5, abstain: false });
    await corpus.cleanup();
    return { hits: result.hits.map((h) => `${h.source}#${h.paragraph}`) };
  };

  it('is a candidate with referringBack, scored with what the sentence before lends it, never otherwise', async () => {
    // Without it only the two sentences holding the words are candidates.
    expect((await hits(false)).hits).toEqual(['other#2', 'fees#2']);
    // With it fees#3 comes too, after the sentence it leans on (lent 0.75 of the idf of its words).
    expect((await hits(true)).hits).toEqual(['other#2', 'fees#2', 'fees#3']);
  });

  it('counts "the 41-year-old" as referring back, as a pronoun does; another opening does not', async () => {
    // coach#3 and board#3 say when the deal ends and hold none of the question's words; coach#3
    // names the coach of coach#2 by his age, board#3 names someone else.
    const corpus = await tempCorpus({
      'coach.txt':
        '---\ntitle: Football news\n---\nThe federation met on Monday.\nZambia appointed a new national coach.\nThe 41-year-old signed until 2008.',
      'board.txt':
        '---\ntitle: Sport news\n---\nThe league met on Friday.\nZambia also appointed a youth coach.\nThe board agreed terms until 2009.',
    });
    const library = await loadLibrary(corpus.dir, { rank: { ...HAND, pronounWeight: 0, antecedentWeight: 0.75 } });
    const found = library
      .search('when does the zambia coach finish', { limit: 10, abstain: false })
      .hits.map((h) => `${h.source}#${h.paragraph}`);
    await corpus.cleanup();
    expect(found).toContain('coach#3');
    expect(found).not.toContain('board#3');
  });
});

describe('question types said with a word', () => {
  it('ranks the sentence that tells a reaction first for "how did X respond" (the seed article)', async () => {
    // "Trump offered to mediate between India and Pakistan…" matches more of the question; the
    // answer says "India rejected it", and "rejected" is a reaction word.
    const seeds = new URL('../../seeds', import.meta.url).pathname;
    const first = async (rank = {}) =>
      (await loadLibrary(seeds, { quotes: false, rank })).search('How did India respond to the mediation offer?', {
        limit: 1,
      }).hits[0]?.text;
    expect(await first()).toMatch(/^Pakistan welcomed the offer, while India rejected it/);
    expect(await first({ answerTypeWeight: 0 })).toMatch(
      /^Taking ownership of these efforts, President Trump offered to mediate/,
    );
  });
});

describe('paraphrases', () => {
  // Only cost#1 says what the question asks, in other words ("price" -> WordNet's "cost").
  const PLANT = {
    'a-plant.txt': 'The new plant opened in May.',
    'cost.txt': 'The new plant will cost 40 mln dlrs.',
  };

  it('bridge a synonym through WordNet, down-weighted', async () => {
    const corpus = await tempCorpus(PLANT);
    const top = (options: { paraphrase?: boolean }) =>
      loadLibrary(corpus.dir, { ...options, quotes: false }).then(
        (l) => l.search('price of the new plant', { abstain: false, limit: 1 }).hits[0]?.source,
      );
    const [withParaphrases, without] = [await top({}), await top({ paraphrase: false })];
    await corpus.cleanup();
    expect(withParaphrases).toBe('cost');
    // The two sentences match "new plant" alike; the tie goes to the earlier id.
    expect(without).toBe('a-plant');
  });

  it('keeps the best first when more sentences match than are reranked, ties to the earlier id', async () => {
    // 150 one-sentence articles scoring alike for "plant" (same length, same words but one, each
    // the first of its article): more candidates than the rerank depth (100), so the best are
    // picked from all of them; every score ties, and ties go to the earlier sentence.
    const word = (n: number) => `qz${String.fromCharCode(97 + Math.floor(n / 26), 97 + (n % 26))}q`;
    const files = Object.fromEntries(
      Array.from({ length: 150 }, (_, n) => [`${String(n).padStart(3, '0')}.txt`, `The ${word(n)} plant closed.`]),
    );
    const corpus = await tempCorpus(files);
    const many = await loadLibrary(corpus.dir, { quotes: false, rank: { collapse: false, diversityWeight: 0 } });
    const hits = many.search('plant', { abstain: false, limit: 4 }).hits.map((h) => h.source);
    await corpus.cleanup();
    expect(hits).toEqual(['000', '001', '002', '003']);
  });
});
