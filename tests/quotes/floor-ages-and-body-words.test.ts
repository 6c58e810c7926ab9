import { describe, expect, it } from 'vitest';
import { article, directQuotes, useLibrary } from '../helpers/tempCorpus.ts';

// The misses of issue 18's held-out articles (news-dev 27-56 as first scored) that the code still
// left at its fourteenth round, one spec a class, on sentences written in their shape. The rules are
// general: none names an organisation, a person or a story.

const FILES = {
  // The shape of news-dev 56 (and of 42's `John Pegg keeps …` then `the 58-year-old said`).
  'pier.txt': article(
    'Fire destroys pier pavilion',
    'Holidaymakers gathered on the seafront on Sunday morning.',
    'Sheila Duckworth, 64, who has lived in the town all her life, remembered dances in the pavilion in the 1960s.',
    '"I met my husband in there. Every Saturday night it was packed," the grandmother said.',
  ),
  'allotment.txt': article(
    'Allotment holders fight sale',
    'Dorcas Pelling, 71, has kept a plot on the site since 1974.',
    '"They will have to carry me off it," the pensioner said.',
  ),
};

describe('a full name with an age set off after it (`Sheila Duckworth, 64, who …`)', () => {
  const library = useLibrary(FILES);
  const { quoted } = directQuotes(library);
  it('is a person a description after the next quote goes back to, whatever the given name', () => {
    expect(quoted('I met my husband')?.speaker).toBe('Sheila Duckworth');
    expect(quoted('They will have to carry me')?.speaker).toBe('Dorcas Pelling');
  });
});
