/**
 * Compounds: "northern lights" names one thing. A sentence holding both words apart ("a light
 * earthquake has struck Northern California") does not answer a question about it, however well
 * its words match one by one: the answer is given unsure, with the compound named.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadLibrary, type SearchLibrary } from '../../src/library.ts';
import { reasonInWords } from '../../src/replies/confidence.ts';
import { brokenCompounds, compoundsOf } from '../../src/search/compounds.ts';
import { tempCorpus } from '../helpers/tempCorpus.ts';

let corpus: Awaited<ReturnType<typeof tempCorpus>>;
let library: SearchLibrary;
beforeAll(async () => {
  corpus = await tempCorpus({
    'quake.txt':
      'Quake Shakes California\n\nA light earthquake has struck Northern California, and there are no reports of damage.\n\nThe tremor was felt in three counties.',
    'sky.txt':
      'Skies Glow Over Norway\n\nThe northern lights were seen over Tromso on Monday night.\n\nVisitors filled the hotels.',
    'press.txt':
      'Publishers Adopt New Tools\n\nDesktop publishing spread to small offices this year.\n\nPublishing on the desktop now costs less than a typesetter.',
    'trial.txt': 'Verdict Due\n\nTimmons went on trial before a jury of seven women and five men.',
  });
  library = await loadLibrary(corpus.dir, { quotes: false });
});
afterAll(() => corpus.cleanup());

const analyze = (q: string) => library.settings.analyzer.analyze(q);

describe('compounds of a question', () => {
  it('are a modifier and a noun side by side, never a name', () => {
    expect(compoundsOf(analyze('What causes the northern lights?')).map((c) => c.text)).toEqual(['northern lights']);
    // "Ellen DeGeneres" is a name: the names check looks after it.
    expect(compoundsOf(analyze('When did Ellen DeGeneres host the show?'))).toEqual([]);
  });

  it('tell a name by its capital as typed, not by the tagger, whose tag for a lower-case "china" depends on what it read before', () => {
    expect(compoundsOf(analyze("newspaper china's mills")).map((c) => c.text)).toEqual(['newspaper china']);
    expect(compoundsOf(analyze("newspaper China's mills"))).toEqual([]);
  });
});

describe('a sentence holding a compound', () => {
  const sentenceIn = (source: string, text: string): number => {
    const { index, documentIndex } = library.parts[0]!;
    const doc = documentIndex.get(source)!;
    for (let id = index.docFirst[doc]!; id < index.docFirst[doc + 1]!; id += 1) {
      const found = library.parts[0]!.documents[doc]!.text.slice(index.start[id]!, index.end[id]!);
      if (found.startsWith(text)) return id;
    }
    throw new Error(`no sentence "${text}" in ${source}`);
  };
  const compounds = () => compoundsOf(analyze('what is desktop publishing'));
  const northern = () => compoundsOf(analyze('What causes the northern lights?'));

  it('holds it together side by side, or one indexed word apart in either order', () => {
    const index = library.parts[0]!.index;
    expect(brokenCompounds(index, sentenceIn('sky', 'The northern lights'), northern())).toEqual([]);
    expect(brokenCompounds(index, sentenceIn('press', 'Desktop publishing'), compounds())).toEqual([]);
    // "publishing on the desktop": the stop words between are not indexed.
    expect(brokenCompounds(index, sentenceIn('press', 'Publishing on the desktop'), compounds())).toEqual([]);
  });

  it('holds it apart when both words are there but far from each other', () => {
    const index = library.parts[0]!.index;
    expect(brokenCompounds(index, sentenceIn('quake', 'A light earthquake'), northern())).toEqual(['northern lights']);
  });

  it('with namesApart, holds a noun it writes as a name apart from the head freely: "timmons jury" (AbstentionPolicy.namedModifier)', () => {
    const index = library.parts[0]!.index;
    const jury = compoundsOf(analyze('how many women are on the timmons jury'));
    const jurySentence = sentenceIn('trial', 'Timmons went on trial');
    expect(brokenCompounds(index, jurySentence, jury)).toEqual(['timmons jury']);
    expect(brokenCompounds(index, jurySentence, jury, true)).toEqual([]);
    // An adjective typed before the head is a compound's modifier whatever the sentence writes:
    // `Northern California` does not hold "northern lights".
    expect(brokenCompounds(index, sentenceIn('quake', 'A light earthquake'), northern(), true)).toEqual([
      'northern lights',
    ]);
  });
});

describe('a question about a compound', () => {
  it('is answered unsure when the best sentence has its words apart, and says so', () => {
    const result = library.search('Did the northern lights light up Northern California?', { limit: 1 });
    expect(result.hits[0]!.text).toBe(
      'A light earthquake has struck Northern California, and there are no reports of damage.',
    );
    expect(result.confidence).toBe('low');
    expect(result.reason).toBe('words-apart');
    expect(reasonInWords(result)).toBe(
      'the closest passage has the words of “northern lights” only apart, not together.',
    );
  });
});
