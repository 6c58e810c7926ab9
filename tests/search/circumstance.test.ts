import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadLibrary, type SearchLibrary } from '../../src/library.ts';
import { CUE_CIRCUMSTANCE, CUE_REASON } from '../../src/search/sentenceIndex.ts';
import { FLAG_CIRCUMSTANCE } from '../../src/search/tokenFlags.ts';
import { tempCorpus } from '../helpers/tempCorpus.ts';

/**
 * A circumstance told as a why-question's cause with no reason word (RankParams.causeCircumstance,
 * CUE_CIRCUMSTANCE): a purpose (`so that it can take larger jets`, `hoping to gain a leg up`), an
 * ailment (`with a sprained knee`), a deed (`pulled over for speeding`). News tells causes so as
 * often as with `because`; such a cause fits a why-question below a reason word's.
 */
const CORPUS = {
  // Each sentence opens a circumstance, one kind each.
  'marked.txt': [
    'The airport will lengthen its runway so that it can take larger jets.',
    'The firm sold its shares, hoping to cut its debts.',
    'The club put Reed on the injured list with a sprained left knee.',
    'Police pulled the driver over for speeding on the M40.',
    'The council closed the road in order to repair the bridge.',
  ].join('\n'),
  // Look-alikes that open none: `with` and no ailment, `for` and a noun, `so` and no `that`,
  // `in order` and no `to`, `with` whose ailment comes after the clause ends.
  'unmarked.txt': [
    'The mayor arrived with his wife and two aides.',
    'The house is for sale at a price of £300,000.',
    'So far the airport has said nothing.',
    'The files were kept in order by a clerk.',
    'He played with the club, injured or not.',
  ].join('\n'),
  // "Why is Harbour Airport lengthening its runway": #1 tells the event, first and holding more of
  // the question's words; #2 gives the purpose and repeats the event's words but one.
  'harbour.txt': [
    'Harbour Airport is lengthening its runway by 300 metres this year, the council heard.',
    'The airport is lengthening the runway so that it can take larger jets to Spain.',
    'Residents living under the flight path oppose the plans.',
  ].join('\n'),
  // "Why did the Rovers drop Ivory": #1 gives a circumstance, #2 a reason word's cause; both hold
  // the question's words alike. The reason word's comes first: a circumstance is the weaker cause.
  'ivory.txt': [
    'The Rovers dropped Ivory with a foot injury.',
    'The Rovers dropped Ivory because he had missed training.',
    'Ivory joined the Rovers in 2019.',
  ].join('\n'),
};

let library: SearchLibrary;
let off: SearchLibrary;
let full: SearchLibrary;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  const corpus = await tempCorpus(CORPUS);
  cleanup = corpus.cleanup;
  library = await loadLibrary(corpus.dir, { quotes: false });
  off = await loadLibrary(corpus.dir, { quotes: false, rank: { causeCircumstance: 0 } });
  full = await loadLibrary(corpus.dir, { quotes: false, rank: { causeCircumstance: 1 } });
});
afterAll(() => cleanup());

const hits = (from: SearchLibrary, question: string): string[] =>
  from.search(question, { abstain: false }).hits.map((h) => `${h.source}#${h.paragraph}`);

/** The sentence ids of `source`, in order. */
function idsOf(source: string): number[] {
  const { index } = library.parts[0]!;
  const doc = library.parts[0]!.documents.findIndex((d) => d.id === source);
  const out: number[] = [];
  for (let id = index.docFirst[doc]!; id < index.docFirst[doc + 1]!; id += 1) out.push(id);
  return out;
}
const cued = (source: string, cue: number): boolean[] =>
  idsOf(source).map((id) => (library.parts[0]!.index.cues[id]! & cue) !== 0);

/** The terms of sentence `id` marked as of a circumstance, as the index spells them. */
function circumstanceTerms(id: number): string[] {
  const { index } = library.parts[0]!;
  const names = [...index.vocabulary.keys()];
  const out: string[] = [];
  for (let p = index.seqStart[id]!; p < index.seqStart[id + 1]!; p += 1)
    if ((index.termFlags[p]! & FLAG_CIRCUMSTANCE) !== 0) out.push(names[index.termSeq[p]!]!);
  return out;
}

describe('a circumstance as the cause of a why-question', () => {
  it('marks a purpose, an ailment after `with` and a deed after `for`, and no look-alike', () => {
    expect(cued('marked', CUE_CIRCUMSTANCE)).toEqual([true, true, true, true, true]);
    expect(cued('unmarked', CUE_CIRCUMSTANCE)).toEqual([false, false, false, false, false]);
    // No reason word: told apart from a cause clause.
    expect(cued('marked', CUE_REASON)).toEqual([false, false, false, false, false]);
  });

  it("marks the circumstance's own words, not the words opening it nor the event's", () => {
    // `so that`, `hoping to`, `with`, `for`, `in order to` open the clause and are not of it;
    // `runway`, `shares`, `Reed`, `driver`, `road` tell the event (terms as indexed: lemma-stems).
    expect(idsOf('marked').map(circumstanceTerms)).toEqual([
      ['larg', 'jet'],
      ['cut', 'debt'],
      ['sprain', 'left', 'knee'],
      ['speed', 'm40'],
      ['repair', 'bridg'],
    ]);
  });

  it('ranks the purpose before the sentence telling the event', () => {
    const question = 'why is harbour airport lengthening its runway';
    expect(library.search(question).answerType).toBe('reason');
    expect(hits(library, question).slice(0, 2)).toEqual(['harbour#2', 'harbour#1']);
    // Off, the event's sentence wins: more of the question's words, and first in its article.
    expect(hits(off, question).slice(0, 2)).toEqual(['harbour#1', 'harbour#2']);
  });

  it("ranks a reason word's cause before a circumstance, unless the circumstance fits as much", () => {
    const question = 'why did the rovers drop ivory';
    expect(hits(library, question).slice(0, 2)).toEqual(['ivory#2', 'ivory#1']);
    // At fit 1 the two fit alike and the first in its article wins.
    expect(hits(full, question).slice(0, 2)).toEqual(['ivory#1', 'ivory#2']);
  });

  it('counts for nothing in a question that is not a why-question', () => {
    const question = 'is harbour airport lengthening its runway';
    expect(hits(library, question)).toEqual(hits(off, question));
  });
});
