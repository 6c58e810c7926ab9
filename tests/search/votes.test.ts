/**
 * Answer votes (src/search/votes.ts): when several outlets tell one story, the number, date or name a
 * question asks is said by several of them; a sentence of another event that holds the question's
 * words as well gains nothing, and a copy of an article is no second outlet.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadLibrary, type Library } from '../../src/library.ts';
import { HAND } from '../eval/fit.ts';
import { tempCorpus } from '../helpers/tempCorpus.ts';

/**
 * One ferry sinking told by three outlets, each with the count (312) in its own words, and an
 * article on the route's history whose 2009 grounding holds every question word in one short
 * sentence, with another count (95): without votes it ranks first. weather/ is there so that 312,
 * in 3 of 16 sentences, is rare enough to count (at most √16 = 4).
 */
const FERRY = {
  'wire/ferry.txt':
    'Ferry sinks off Lanmore\n\nThe Lanmore ferry sank on Sunday after striking rocks in a storm, the coast guard said.\nRescuers said 312 passengers were on board the ferry when it sank.\n',
  'courier/lanmore.txt':
    'Storm sinks Lanmore ferry\n\nA ferry went down off Lanmore on Sunday during a storm.\nThe ferry was carrying 312 people, officials said.\n',
  'herald/rescue.txt':
    'Rescue after Lanmore sinking\n\nDivers searched the wreck off Lanmore on Monday.\nThe coast guard said all 312 passengers had been accounted for.\n',
  'gazette/history.txt':
    "Lanmore's ferry route has a long history\n\nThe route opened in 1990.\nIn 2009 a Lanmore ferry carrying 95 passengers ran aground.\n",
  'weather/forecast.txt': [
    'Storms to ease by midweek',
    '',
    'Forecasters expect the storms to ease on Wednesday.',
    'Winds reached gale force along the coast on Sunday.',
    'Schools in the region will reopen on Tuesday.',
    'Farmers said the rain came too late for the harvest.',
    'Roads along the coast were closed for several hours.',
    'Power was restored to most homes by Monday evening.',
  ].join('\n'),
};
/**
 * Three outlets give the captain's age (54) in a sentence on the crew; one article gives the crew's
 * number. Counted as votes, the age would lift wire#2 (15.0 × 1.25) past the count (16.3).
 */
const CREW = {
  'wire/ferry.txt':
    'Ferry sinks off Lanmore\n\nThe Lanmore ferry sank on Sunday after striking rocks in a storm.\nIts captain, Rhys Dunn, 54, was among the crew of the ferry pulled from the water.\n',
  'courier/lanmore.txt':
    'Storm sinks Lanmore ferry\n\nA ferry went down off Lanmore on Sunday during a storm.\nCaptain Dunn, 54, had led its crew for years.\n',
  'herald/rescue.txt':
    'Rescue after Lanmore sinking\n\nDivers searched the wreck off Lanmore on Monday.\nThe ferry crew, led by Dunn, 54, were all rescued.\n',
  'gazette/numbers.txt':
    'Lanmore ferry in numbers\n\nThe route opened in 1990.\nThe Lanmore ferry had a crew of nine.\n',
  'weather/forecast.txt': FERRY['weather/forecast.txt'],
};
// The gazette's article run word for word by another outlet: a copy, not a second voice for 95.
const COPIED = { ...FERRY, 'tribune/route.txt': FERRY['gazette/history.txt'] };
const QUESTION = 'how many passengers were on the lanmore ferry';
const at = (h: { source: string; paragraph: number }): string => `${h.source}#${h.paragraph}`;

const corpora: { cleanup: () => Promise<void> }[] = [];
const libraries: Record<string, Library> = {};
beforeAll(async () => {
  for (const [name, files, rank] of [
    ['votes', FERRY, {}],
    ['no votes', FERRY, { answerVoteWeight: 0 }],
    ['copied', COPIED, {}],
    // The age read as a count's answer (ageNotCount off, as before it was on), so that the votes'
    // own rule is what keeps it from counting.
    ['crew', CREW, { ageNotCount: false }],
    ['crew, no votes', CREW, { answerVoteWeight: 0, ageNotCount: false }],
  ] as const) {
    const corpus = await tempCorpus(files);
    corpora.push(corpus);
    // The orders below were worked out with the hand-set weights, as the other ranking specs pin them.
    libraries[name] = await loadLibrary(corpus.dir, { rank: { ...HAND, ...rank } });
  }
});
afterAll(async () => {
  for (const corpus of corpora) await corpus.cleanup();
});

describe('answer votes', () => {
  it('ranks first the count two other outlets give too, over another event of the topic', () => {
    const hits = libraries.votes!.search(QUESTION, { limit: 4, abstain: false }).hits;
    // wire#2 (312, said by courier and herald) gains a quarter; the 2009 grounding's 95, said by no one else, nothing.
    expect(hits.map(at)).toEqual(['wire/ferry#2', 'gazette/history#2', 'herald/rescue#2', 'courier/lanmore#2']);
  });

  it('leaves the other event first without them (answerVoteWeight 0)', () => {
    const hits = libraries['no votes']!.search(QUESTION, { limit: 3, abstain: false }).hits;
    expect(hits.map(at)).toEqual(['gazette/history#2', 'wire/ferry#2', 'herald/rescue#2']);
  });

  it('gives the lone sentence nothing and takes nothing from it', () => {
    const score = (name: string): number =>
      libraries[name]!.search(QUESTION, { limit: 4, abstain: false }).hits.find((h) => h.source === 'gazette/history')!
        .score;
    expect(score('votes')).toBe(score('no votes'));
  });

  it('counts a word-for-word copy of an article as no second outlet', () => {
    const hits = libraries.copied!.search(QUESTION, { limit: 2, abstain: false }).hits;
    // The copy is collapsed into the gazette's hit (alsoIn) and lends its 95 no vote: the order is as without it.
    expect(hits.map(at)).toEqual(['wire/ferry#2', 'gazette/history#2']);
    expect(hits[1]!.alsoIn.map((c) => c.source)).toEqual(['tribune/route']);
  });

  it('reads the runner-up before the votes: a first hit that votes moved past a higher score is unsure', () => {
    // The gazette's 2009 sentence scores more than wire#2 before votes: judged on those scores, a close alternative.
    const result = libraries.votes!.search(QUESTION, { limit: 2 });
    expect(result.confidence).toBe('low');
    expect(result.reason).toBe('close-alternatives');
    // Without votes the 2009 sentence is first, and wire#2 too far below it to doubt it.
    expect(libraries['no votes']!.search(QUESTION, { limit: 2 }).confidence).toBe('high');
  });

  it('counts no age for a question that asks a count: every outlet gives the ages in its story', () => {
    const ask = (name: string) =>
      libraries[name]!.search('how many crew were on the lanmore ferry', { limit: 2, abstain: false }).hits;
    expect(ask('crew').map(at)).toEqual(['gazette/numbers#2', 'wire/ferry#2']);
    expect(ask('crew')[1]!.score).toBe(ask('crew, no votes')[1]!.score);
  });

  it('counts the age when an age is asked: two other outlets give 54, a quarter more', () => {
    const first = (name: string) =>
      libraries[name]!.search('how old is the captain of the lanmore ferry', { limit: 1, abstain: false }).hits[0]!;
    expect(at(first('crew'))).toBe('wire/ferry#2');
    expect(first('crew').score / first('crew, no votes').score).toBeCloseTo(1.25, 6);
  });
});
