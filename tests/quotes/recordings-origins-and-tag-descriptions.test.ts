import { describe, expect, it } from 'vitest';
import { article, directQuotes, useLibrary } from '../helpers/tempCorpus.ts';

// Issue 18, ECB+ unattributed sample (j) of 2026-12-07 (round qecb2), names at the quote the pass
// did not read and a bare quoted line after its speaker's line:
// 1. `X is heard saying` (a recording): the subject of `heard` speaks;
// 2. `X, from the Egyptian ministry, said:`: a `from` phrase set off after a name is where the person
//    works, as `, of …,` is;
// 3. `central Aceh district resident Bensu Elianita told`: lower-case words before a name whose own
//    run opens with its role are the role's;
// 4. names joined by `and` in the description set off after a verb-first tag's speaker (`says Roger
//    Hoole, an attorney for Elissa Wall and Susie Barlow,`) are no second voice before a bare quoted line.
// Real sentences of the corpora (stories named), the articles shortened.

const FILES = {
  // 36_4ecbplus.
  'jeffs.txt': article(
    'Jeffs Trial',
    'Polygamist sect leader Warren Jeffs is on trial in Texas.',
    'Lead prosecutor Eric Nichols played the tape for jurors, who followed along using transcripts.',
    '"A good wife is trained for her husband and follows the spirit of peace," Jeffs is heard saying.',
  ),
  // 30_10ecb.
  'cable.txt': article(
    'Cable Cut',
    'Indian ISPs said their problems were due to the cable damage off Egypt.',
    'Rafaat Hindy, from the Egyptian ministry, said: "Despite this being an international cable affecting many Gulf and Arab countries, we are closest to it and so we have a lot of responsibility.',
    '"We are working as fast as we can."',
  ),
  // 37_7ecbplus.
  'aceh.txt': article(
    'Aceh Quake',
    'The quake appears to have shaken the provincial capital of Banda Aceh, which is located at the northern tip of the Sumatran land mass.',
    '"I see many houses were damaged and their roofs fell onto some people," central Aceh district resident Bensu Elianita told the Associated Press.',
    '"Many people were injured but it is difficult to evacuate them due to traffic jams."',
  ),
  // 36_8ecbplus.
  'hoole.txt': article(
    'Jeffs Case',
    "Jeffs' legal team says the Utah case must be resolved before their client is moved to Texas.",
    'The ordeal also has been difficult for his alleged victims, says Roger Hoole, an attorney for Elissa Wall and Susie Barlow, former FLDS members and child brides.',
    '"They have been reviled.',
    'They have been cast out."',
  ),
};

const library = useLibrary(FILES);
const { quoted } = directQuotes(library);

describe('names at the quote', () => {
  it('gives a recording to the subject of `is heard saying`', () => {
    expect(quoted('A good wife is trained')).toMatchObject({ speaker: 'Warren Jeffs' });
  });
  it('reads a name set off by `, from the Egyptian ministry,` before `said:`', () => {
    expect(quoted('Despite this being an international cable')).toMatchObject({ speaker: 'Rafaat Hindy' });
  });
  it('reads `central Aceh district resident Bensu Elianita told`, and the line after it is hers', () => {
    expect(quoted('I see many houses were damaged')).toMatchObject({ speaker: 'Bensu Elianita' });
    expect(quoted('Many people were injured')).toMatchObject({ speaker: 'Bensu Elianita' });
  });
});

describe("a bare quoted line after its speaker's line", () => {
  it('goes on in the words of `says Roger Hoole, an attorney for Elissa Wall and Susie Barlow, …`', () => {
    expect(quoted('They have been reviled')).toMatchObject({ speaker: 'Roger Hoole' });
  });
});
