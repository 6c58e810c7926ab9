import { describe, expect, it } from 'vitest';
import { article, directQuotes, useLibrary } from '../helpers/tempCorpus.ts';

// Issue 18, news unattributed sample (c) of 2026-12-07 (tests/quotes/reuters-unattributed-2026-12-07c.md,
// quote 26): `"…," she said` after `Monsod said …` was nobody's, because the story's first sentence
// (`Solita Monsod accusing the chief negotiator of softening his stand`) had taught Monsod a man's
// gender by `his`, the only person named in that sentence. The possessive is the unnamed negotiator's:
// a role noun with no name after an article, a few words before a possessive, may own it, so the
// possessive teaches the named person nothing. Real sentences of the news corpus (general/00350,
// shortened).

const FILES = {
  'monsod.txt': article(
    'Manila Officials Split Over Debt Strategy',
    'A rift has occured among Philippine officials over debt talks opening tomorrow in New York with Economic Planning Secretary Solita Monsod accusing the chief negotiator of softening his stand to gain a quick agreement.',
    "Monsod said a firm commitment from the banks on bridging the financing gap would have aided the government's pump-priming program and 1987/92 medium-term development plan.",
    '"If you don\'t get those seven billion dlrs there is no plan. How can there be a program if there is no finance?" she said.',
  ),
};

const library = useLibrary(FILES);
const { quoted } = directQuotes(library);

describe('a possessive after an unnamed role noun', () => {
  it('teaches the person named before it no gender, so a later `she` is hers', () => {
    expect(quoted("If you don't get those seven billion")).toMatchObject({ speaker: 'Solita Monsod' });
  });
});
