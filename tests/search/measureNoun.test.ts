import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadLibrary, type SearchLibrary } from '../../src/library.ts';
import { tempCorpus } from '../helpers/tempCorpus.ts';

/**
 * "How deep was the Aceh quake": #1, the lede, shorter, holds both of the question's words and a
 * length (a distance from the coast, next to `Aceh`); #2 holds them too and gives the depth (`at a
 * depth of`), which the measure's noun tells. ("How deep" asks a length: a lede with a count and no
 * length, `killing 12 people`, loses to #2 without the noun.)
 */
const CORPUS = {
  'quake.txt': [
    'A strong quake hit Aceh 50 km off the coast on Tuesday.',
    'The quake struck Aceh at a depth of 10 km, officials said on Wednesday.',
    'Rescuers searched the rubble in Aceh through the night.',
  ].join('\n'),
  'road.txt': 'The new road will open next year.',
};

let shipped: SearchLibrary;
let measured: SearchLibrary;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  const corpus = await tempCorpus(CORPUS);
  cleanup = corpus.cleanup;
  shipped = await loadLibrary(corpus.dir, { quotes: false });
  measured = await loadLibrary(corpus.dir, { quotes: false, rank: { measureNoun: 2 } });
});
afterAll(() => cleanup());

const first = (from: SearchLibrary, question: string): string => {
  const hit = from.search(question, { limit: 1, abstain: false }).hits[0];
  return hit === undefined ? 'none' : `${hit.source}#${hit.paragraph}`;
};

describe("the measure's noun (RankParams.measureNoun, off)", () => {
  it('ranks the sentence naming what "how deep" measures first when on', () => {
    expect(first(shipped, 'how deep was the aceh quake')).toBe('quake#1');
    expect(first(measured, 'how deep was the aceh quake')).toBe('quake#2');
  });

  it('lends no support: a question whose other words no article holds is declined either way', () => {
    for (const library of [shipped, measured])
      expect(library.search('how deep is the mariana trench')).toMatchObject({ abstained: true, hits: [] });
  });
});
