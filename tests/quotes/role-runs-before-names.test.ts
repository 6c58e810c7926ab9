import { describe, expect, it } from 'vitest';
import { article, directQuotes, useLibrary } from '../helpers/tempCorpus.ts';

// Issue 18, ECB+ unattributed sample (d) of 2026-12-07: `said lead prosecutor Eric Nichols` and `said
// the 36-year-old Klitschko, who …` left without a speaker. After a speech verb, lower-case words run
// right up to a person's name that ends the tag, but the run the pass read stopped at a word the tagger
// calls a verb (`lead`), a common noun's possessive (`sheriff's`), an article or a hyphenated age. Real
// sentences of the ECB+ corpus (stories named), shortened where marked.

const FILES = {
  // 36_3ecbplus (shortened): `lead` is tagged a verb
  'nichols.txt': article(
    'Jeffs Trial',
    'Lead prosecutor Eric Nichols played the tape for jurors.',
    '"You have heard the defendant make repeated arguments about religious freedoms," said lead prosecutor Eric Nichols.',
  ),
  // 16_5ecbplus: a common noun's possessive inside the role
  'whitmore.txt': article(
    'Deputy Shot',
    '"He should be considered armed and very dangerous," said sheriff\'s spokesman Steve Whitmore.',
  ),
  // 27_7ecb: an article, a possessive and three words of role
  'ferguson.txt': article(
    'IE Patch',
    '"This vulnerability is being actively exploited by cyber-criminals and getting worse every day," said the company\'s advanced threat researcher Paul Ferguson.',
  ),
  // 7_3ecbplus (shortened): an article and an age, the name set off by a comma; no role
  'klitschko.txt': article(
    'Klitschko Stops Thompson',
    'Wladimir Klitschko stopped Tony Thompson in the sixth round to keep a comfortable hold on his WBA, IBF and WBO heavyweight title belts on Saturday in Bern, Switzerland.',
    '"Thompson was not so easy to box," said the 36-year-old Klitschko, who improved his record to 58-3 (51 KO).',
  ),
};

const library = useLibrary(FILES);
const { quoted } = directQuotes(library);

describe('lower-case words of role running up to a name after the verb', () => {
  it('reads a role word the tagger calls a verb (lead prosecutor)', () => {
    expect(quoted('You have heard the defendant')).toMatchObject({ speaker: 'Eric Nichols', role: 'prosecutor' });
  });
  it("reads a common noun's possessive in the role (sheriff's spokesman)", () => {
    expect(quoted('He should be considered armed')).toMatchObject({ speaker: 'Steve Whitmore', role: 'spokesman' });
  });
  it("reads an article and a possessive before the role (the company's advanced threat researcher)", () => {
    expect(quoted('This vulnerability is being')).toMatchObject({
      speaker: 'Paul Ferguson',
      role: 'threat researcher',
    });
  });
});

describe('an article and an age before the name', () => {
  // `36-year-old` is no role: the speaker without a description.
  it('gives the name, with no role', () => {
    expect(quoted('Thompson was not so easy')).toMatchObject({ speaker: 'Wladimir Klitschko', role: null });
  });
});
