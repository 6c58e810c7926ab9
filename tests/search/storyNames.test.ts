import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../src/library.ts';
import { DEFAULT_RANK } from '../../src/search/rank.ts';
import { tempCorpus } from '../helpers/tempCorpus.ts';

// Two sentencing stories of one kind from ECB+ (3_6ecb, Brian Nichols; 16_10ecbplus, Jose Luis
// Orozco), as ECB+ 5's `did the judge give orozco the death penalty in the end` finds them in the
// whole archive: Nichols's `did not recieve the death penalty` went first, from an article that
// never names Orozco. The question types the name in lower case; the articles write it as a name.
const STORIES = {
  'nichols.txt':
    "Nichols sentenced\n\nAn Atlanta judge sentenced Brian Nichols to life in prison Saturday morning.\nHe's the former Kutztown University football player who went on a shooting rampage at an Atlanta courthouse in 2005, killing four people.\nWhile Nichols did not recieve the death penalty, he will likely die in prison.",
  'orozco.txt':
    'Orozco sentenced\n\nA Norwalk Superior Court judge on Thursday upheld a jury\'s recommendation that convicted cop killer Jose Luis Orozco die for his crimes.\nJudge Philip Hickok told a packed courtroom that he weighed all the aggravating factors and mitigating circumstances in the ambush slaying of Los Angeles County Sheriff\'s Deputy Jerry Ortiz in June 2005, and he concluded that the case "absolutely warrants death instead of life without parole."',
  'peru.txt': 'Floods in Peru\n\nHeavy rain flooded towns in Peru on Monday.\nRoads were closed and power was cut.',
};

/** Each hit's place and score in whole-archive search, story names weighed by `weight`. */
async function scores(dir: string, question: string, weight: number): Promise<Map<string, number>> {
  const library = await loadLibrary(dir, { rank: { ...DEFAULT_RANK, storyNameWeight: weight } });
  const hits = library.search(question, { limit: 6, abstain: false }).hits;
  return new Map(hits.map((h) => [`${h.source}#${h.paragraph}`, h.score]));
}

describe('story names (whole archive: RankParams.storyNameWeight)', () => {
  it('scores × 0.85 the sentences of an article lacking a name of the question another article holds, typed in lower case or not', async () => {
    const corpus = await tempCorpus(STORIES);
    expect(DEFAULT_RANK.storyNameWeight).toBe(0.15);
    for (const question of [
      'did the judge give orozco the death penalty in the end',
      'Did the judge give Orozco the death penalty in the end?',
    ]) {
      const off = await scores(corpus.dir, question, 0);
      const on = await scores(corpus.dir, question, 0.15);
      // Nichols's article never names Orozco: its sentences lose 15%; Orozco's keep their score.
      expect(on.get('nichols#3')! / off.get('nichols#3')!).toBeCloseTo(0.85, 6);
      expect(on.get('orozco#2')).toBeCloseTo(off.get('orozco#2')!, 6);
    }
    await corpus.cleanup();
  });

  it('reads no day as a name: outlets write it as `Thursday`, `on Saturday` or `this morning`', async () => {
    const corpus = await tempCorpus(STORIES);
    // `thursday` is written capitalised, but as a date's word: Nichols's article keeps its score.
    const question = 'what did the judge decide on thursday about the death penalty';
    const off = await scores(corpus.dir, question, 0);
    const on = await scores(corpus.dir, question, 0.15);
    expect(on.get('nichols#3')).toBeCloseTo(off.get('nichols#3')!, 6);
    await corpus.cleanup();
  });
});
