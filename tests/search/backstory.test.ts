import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadLibrary, type SearchLibrary } from '../../src/library.ts';
import { CUE_BACKSTORY, CUE_REASON } from '../../src/search/sentenceIndex.ts';
import { tempCorpus } from '../helpers/tempCorpus.ts';

/**
 * A backstory as a why-question's cause (RankParams.causeBackstory, CUE_BACKSTORY): someone's
 * account, after a word of saying, of what had happened before (`his solicitor said his client had
 * been travelling to see his mother`), which news gives as the circumstances behind its event with
 * no reason word and often with none of the event's words.
 */
const CORPUS = {
  // "Why was Tom Reed speeding": #1 tells the event; #2 gives the account behind it and holds none
  // of the question's words nor a pronoun (no candidate by referring back); #3 names Reed again.
  'speeding.txt': [
    'Tom Reed was banned from driving for six months for speeding on the M40.',
    'A solicitor said the driver had been travelling to a hospital where a relative lay ill.',
    'Magistrates in Banbury also fined Reed £1,200.',
  ].join('\n'),
  // "Why did Severn Air collapse": #1 tells the event without the word `collapse`; #2 gives the
  // cause right after it and names none of the question's words; #3 names Severn Air with no cause.
  'airline.txt': [
    'Severn Air has stranded 6,000 passengers abroad.',
    'Receivers said fuel bills had doubled because oil prices rose sharply.',
    'Flights to Spain were cancelled as Severn Air staff were sent home.',
  ].join('\n'),
  // Sentences that are not a backstory: `had` as a main verb before a number; `had` before the
  // word of saying; a past perfect with no one saying it.
  'other.txt': [
    'The trust said it had 1,140 people on its waiting list.',
    'The line had been closed for two days, a spokesman said.',
    'The crane had broken down on Sunday night.',
    'The council said the centres had not been used enough.',
  ].join('\n'),
};

let library: SearchLibrary;
let untold: SearchLibrary;
let candidateOnly: SearchLibrary;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  const corpus = await tempCorpus(CORPUS);
  cleanup = corpus.cleanup;
  library = await loadLibrary(corpus.dir, { quotes: false });
  untold = await loadLibrary(corpus.dir, { quotes: false, rank: { causeBackstory: 0 } });
  // A candidate, but fitting no better than a sentence with no reason (0.5).
  candidateOnly = await loadLibrary(corpus.dir, { quotes: false, rank: { causeBackstory: 0.5 } });
});
afterAll(() => cleanup());

const hits = (from: SearchLibrary, question: string): string[] =>
  from.search(question, { abstain: false }).hits.map((h) => `${h.source}#${h.paragraph}`);

/** The cue bits of each sentence of `source`, in order. */
function cuesOf(source: string): number[] {
  const { index } = library.parts[0]!;
  const doc = library.parts[0]!.documents.findIndex((d) => d.id === source);
  const out: number[] = [];
  for (let id = index.docFirst[doc]!; id < index.docFirst[doc + 1]!; id += 1) out.push(index.cues[id]!);
  return out;
}

describe('a backstory as the cause of a why-question', () => {
  it('marks a past perfect after a word of saying, and no other `had`', () => {
    const backstory = (source: string): boolean[] => cuesOf(source).map((c) => (c & CUE_BACKSTORY) !== 0);
    expect(backstory('speeding')).toEqual([false, true, false]);
    // `had 1,140 people` (the tagger reads that `had` as AUX too), `had been closed` before
    // `a spokesman said`, `had broken down` said by no one: none. `had not been used`: one.
    expect(backstory('other')).toEqual([false, false, false, true]);
    // No reason word: the account is told apart from a cause clause.
    expect(cuesOf('speeding').map((c) => (c & CUE_REASON) !== 0)).toEqual([false, false, false]);
  });

  it('takes the account next to the event as a candidate and ranks it before a sentence that only repeats a name', () => {
    const question = 'why was tom reed speeding';
    expect(library.search(question).answerType).toBe('reason');
    // Next to the event: a candidate though it holds none of the question's words, and fitting a
    // why-question as a reason (0.75 of a cause clause's fit) it comes before #3.
    expect(hits(library, question)).toEqual(['speeding#1', 'speeding#2', 'speeding#3']);
    // Without it, no candidate at all: only the sentences holding the question's words.
    expect(hits(untold, question)).toEqual(['speeding#1', 'speeding#3']);
    // A candidate fitting no better than any sentence: after #3, which holds `Reed`.
    expect(hits(candidateOnly, question)).toEqual(['speeding#1', 'speeding#3', 'speeding#2']);
  });

  it('counts for nothing in a question that is not a why-question', () => {
    expect(hits(library, 'was tom reed speeding')).toEqual(hits(untold, 'was tom reed speeding'));
  });
});
