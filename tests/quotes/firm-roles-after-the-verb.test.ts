import { describe, expect, it } from 'vitest';
import { article, directQuotes, useLibrary } from '../helpers/tempCorpus.ts';

// Issue 18, a wrong speaker seen beside the blind ECB+ sample (o) of 2026-12-07 (docs/quality.md,
// round qblind): after a verb-first tag, a firm the story names before, a role in lower case and a
// person's name that ends the tag: the person speaks, with the firm's role, not the firm. Real
// sentences of ECB+ 27_11ecb (shortened).

const FILES = {
  'trend.txt': article(
    'Microsoft to patch IE flaw',
    'According to researchers at software security firm Trend Micro, attacks based on the vulnerability were spreading "like wildfire" with millions of computers already compromised.',
    '"People should run, not walk, to get it installed," said Trend Micro advanced threat researcher Paul Ferguson.',
    '"The patch is urgent," said Trend Micro in a statement.',
  ),
};

const library = useLibrary(FILES);
const { quoted } = directQuotes(library);

describe('a firm, a role in lower case and a name after the verb', () => {
  it('gives the quote to the person, the firm and role as his role (said Trend Micro advanced threat researcher Paul Ferguson)', () => {
    expect(quoted('People should run, not walk')).toMatchObject({
      speaker: 'Paul Ferguson',
      role: 'Trend Micro advanced threat researcher',
    });
  });
  // With no name after it the firm speaks, as before.
  it('leaves the firm its own tag (said Trend Micro in a statement)', () => {
    expect(quoted('The patch is urgent')).toMatchObject({ speaker: 'Trend Micro' });
  });
});
