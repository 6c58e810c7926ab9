import { describe, expect, it } from 'vitest';
import { article, directQuotes, useLibrary } from '../helpers/tempCorpus.ts';

// ECB+ writes a sentence a line: a speaker's next sentence after `"…," X said.` is a quoted line of its
// own (rule E of `carry`), which the pass refused when the tag's own sentence named someone else or
// when another person had spoken two lines before (ECB+ samples (k) #4 and (l) #3, #5:
// tests/quotes/ecbplus-unattributed-2026-12-07k.md, -07l.md). Real sentences, shortened; the rules are
// general: none names a person, a word of a quote or a story.

const FILES = {
  // 3_4ecb
  'howard.txt': article(
    'Nichols spared death',
    'Fulton Courthouse killer Brian Nichols was sentenced Saturday morning to seven life sentences.',
    'Fulton County District Attorney Paul Howard suggested Saturday that the possibility of a death penalty was doomed - even before jury selection - by the three holdouts.',
    '"I talked to two jurors and they both say that some people showed up for jury duty with their minds already made up," Howard said Saturday after Nichols was sentenced.',
    '"That means we didn\'t get a fair trial."',
  ),
  // 26_9ecbplus
  'gigante.txt': article(
    'Gigante sentenced',
    'Vincent "The Chin" Gigante, the powerful mob boss who avoided jail for decades, died Monday in prison, federal officials said.',
    'None of that swayed jurors, who convicted Gigante of racketeering, extortion and plotting the murder of ex-mob associate Peter Savino.',
    '"Defendant has been consistently feigning insanity for many years," U.S. District Judge Jack B. Weinstein said in sentencing Gigante to 12 years in prison.',
    '"He is a shadow of his former self-an old man finally brought to bay in his declining years."',
  ),
  // 41_4ecb
  'ging.txt': article(
    'School attack',
    "The United Nations' director of operations in Gaza, John Ging, was certain of at least one thing.",
    '"They shot back to save their own lives," said Israeli Defence Forces spokesman Ilan Tal.',
    'Three tanks shells exploded just outside the school grounds, causing pandemonium inside.',
    '"As you can imagine, this was a very distressing attack," Mr Ging said.',
    '"It has killed 40 people, and some of those who were injured may yet die."',
  ),
  // 35_3ecbplus: a participle of speech set off after the tag is the speaker's own
  'hodgkin.txt': article(
    'DUI arrests',
    '"These are just two more arrests that we\'ve had," said Pat Hodgkin, local executive director of Mothers Against Drunk Driving (MADD), noting that roughly 13,000 DUI convictions are issued every year in San Diego County.',
    '"However, these are media-worthy professionals."',
  ),
  // The same, with another speech verb in the tag's sentence: the next line may be that voice's.
  'howard-spoke.txt': article(
    'Nichols spared death',
    'Fulton Courthouse killer Brian Nichols was sentenced Saturday morning to seven life sentences.',
    'Fulton County District Attorney Paul Howard suggested Saturday that the possibility of a death penalty was doomed.',
    '"I talked to two jurors," Howard said Saturday after juror Ellen Nichols told reporters she had held out.',
    '"That means we didn\'t get a fair trial."',
  ),
  // The same, the line between naming the other speaker: a dialogue may still be going on.
  'tal.txt': article(
    'School attack',
    "The United Nations' director of operations in Gaza, John Ging, was certain of at least one thing.",
    '"They shot back to save their own lives," said Israeli Defence Forces spokesman Ilan Tal.',
    'Three tanks shells exploded just outside the school grounds, Ilan Tal conceded.',
    '"As you can imagine, this was a very distressing attack," Mr Ging said.',
    '"It has killed 40 people, and some of those who were injured may yet die."',
  ),
};

const library = useLibrary(FILES);
const { quoted } = directQuotes(library);

describe("a name in the circumstances of the speaker's own tag is no second voice", () => {
  it("`Howard said Saturday after Nichols was sentenced.` then a quoted line: Howard's", () => {
    expect(quoted("That means we didn't")?.speaker).toBe('Paul Howard');
  });
  it("`Weinstein said in sentencing Gigante to 12 years` then a quoted line: the judge's", () => {
    expect(quoted('He is a shadow')?.speaker).toBe('Jack B. Weinstein');
  });
  it('not when the circumstance has a speech verb of its own (`after … Nichols told reporters`)', () => {
    const lines = library()
      .quotes.all()
      .filter((q) => q.source === 'howard-spoke' && q.text.startsWith("That means we didn't"));
    expect(lines.map((q) => q.speaker)).toEqual([null]);
  });
});

describe("a participle of speech set off after the tag (`, noting that …`) is the speaker's own", () => {
  it('`said Pat Hodgkin, … (MADD), noting that …` then a quoted line: hers', () => {
    expect(quoted('However, these are media-worthy')?.speaker).toBe('Pat Hodgkin');
  });
});

describe('a line of narrative ends the turns before it', () => {
  it("Tal speaks, a line tells of shells, Ging speaks: the quoted line after Ging's is his", () => {
    expect(quoted('It has killed 40 people')?.speaker).toBe('John Ging');
  });
  it('not when that line names the other speaker (a dialogue may go on)', () => {
    const lines = library()
      .quotes.all()
      .filter((q) => q.source === 'tal' && q.text.startsWith('It has killed 40 people'));
    expect(lines.map((q) => q.speaker)).toEqual([null]);
  });
});
