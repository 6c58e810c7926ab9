import { describe, expect, it } from 'vitest';
import { article, directQuotes, useLibrary } from '../helpers/tempCorpus.ts';

// ECB+ writes a sentence a line: a speaker's next sentence after `…, X said.` is a quoted line of its
// own with no tag, the news convention's continuation paragraph (tests/quotes/ecbplus-unattributed-
// 2026-12-07b.md and -07c.md: the largest class in both samples). Each case is made of real sentences
// (the story is named), shortened; the rules are general: none names a person, a word of a quote or a story.

const FILES = {
  // 4_13ecb
  'page.txt': article(
    'Bettie Page dies',
    'Bettie Page, the notorious Southern gal-turned-dominatrix-turned pin-up-queen-turned born again Christian, died Thursday at age 85.',
    '"She looked so fresh and wholesome," said Bunny Yeager, whose photographs of Page appeared in virtually every men\'s magazine in the nineteen fifties.',
    'By 1952, Page was breaking taboos, posing with a ball strapped in her mouth, whip in hand and devilish look on face.',
    'Page was hardly tawdry, though, Yeager said.',
    '"She was so at ease, so wholesome."',
  ),
  // 43_3ecb
  'ati.txt': article(
    'AMD to buy ATI',
    'AMD would round out its graphics processing unit portfolio, said Eddie Chan, lead analyst, mobile and personal computing at research firm IDC Canada in Toronto.',
    'On the flip side, AMD allows ATI to hitch a ride on the integrated chip bandwagon.',
    'Discrete graphics components have been suffering over the years as the market moves on to integrated chips such as those sold by Intel, said Chan.',
    '"A tie-up with AMD allows ATI to move towards integrated solutions or the so-called system-on-a-chip platform."',
  ),
  // 37_6ecb: the sentence splitter ends the sentence at `Inf.`, inside the name
  'quake.txt': article(
    'Papua quakes',
    'The quakes forced thousands of people to take refuge, including in military fields in the city, said Manokwari Military Commander Col. Inf. Irham Waroiham.',
  ),
  // 3_4ecb
  'verdict.txt': article(
    'Nichols spared death',
    'Brian Nichols was sentenced to life in prison without parole.',
    'Family members of the four murder victims expressed outrage that Nichols had escaped the death penalty.',
    '"I feel in some ways he is proud of what he did," said Deborah Teasley, widow of a sheriff\'s deputy Nichols murdered.',
    '"He was constantly sitting there at the defense table with a smirk on his face."',
  ),
  // 3_9ecb
  'families.txt': article(
    'Nichols families',
    'In a tearful post-trial press conference, the families of the victims thanked the prosecutors for going through with the trial, as painful as it was.',
    '"I believe Brian Nichols did not win.',
    'In his own words, he said it\'s not his DNA to stay in jail," said Christina Greenway, daughter of slain court reporter Julie Ann Brandau.',
    '"Which is what he has to look forward to the rest of his life. I\'m not disappointed and I have no regrets."',
  ),
  // general/05587 (Reuters)
  'att.txt': article(
    'MCI proposal',
    'The company would become more competitive because it would not have to wait for FCC authorization before introducing new services, spokeswoman Edith Herman said.',
    'The analysts said the proposal would benefit MCI because ATT would no longer impose price cuts.',
    '"I\'m sort of mystified by those comments," retorted Herman, a district manager for ATT.',
  ),
};

const library = useLibrary(FILES);
const { quoted, reported } = directQuotes(library);

// Rule G (a bare quoted line goes on in the words of the one person the line before reports) refused
// whenever the line before named anyone else: Page, whom Yeager's words are about. A name inside the
// words a closing tag (`…, Yeager said.`) reports is no speaker.
describe("a bare quoted line after a line closed by its speaker's tag", () => {
  it("is the tag's speaker's, though the reported words name another person", () => {
    expect(quoted('She was so at ease')?.speaker).toBe('Bunny Yeager');
  });
});

// `…, said Chan.`: the verb-last reading found `Intel` before `said`, no subject after a comma, and
// gave up without trying the verb-first reading: no reported statement, so nothing for the next line.
describe('a verb-first closing tag after a name that is no subject', () => {
  it("reports the statement as the named speaker's", () => {
    expect(reported('Discrete graphics components')?.speaker).toBe('Eddie Chan');
  });
  it('and the bare quoted line after it is theirs', () => {
    expect(quoted('A tie-up with AMD')?.speaker).toBe('Eddie Chan');
  });
  it("but a name cut by a period read as the sentence's end is not taken", () => {
    // Without the check the speaker is `Inf`, the first half of a name cut at a title's period.
    expect(reported('The quakes forced thousands')?.speaker ?? null).toBeNull();
  });
});

describe('retorted', () => {
  it('is a speech verb', () => {
    expect(quoted("I'm sort of mystified")?.speaker).toBe('Edith Herman');
  });
});

// Rule E (a paragraph that is all quote goes on in the words of the speaker of the paragraph before)
// refused when the paragraph before named anyone else: the person the speaker's own description
// names (`widow of a sheriff's deputy Nichols murdered`, `daughter of slain court reporter Julie Ann
// Brandau`), or a name inside the speaker's own quote (`I believe Brian Nichols did not win`).
describe('a bare quoted line after a verb-first tag with a described speaker', () => {
  it("is the speaker's, though the description names another person", () => {
    expect(quoted('He was constantly sitting there')?.speaker).toBe('Deborah Teasley');
  });
  it("and though the speaker's own quote names one", () => {
    expect(quoted('Which is what he has to look forward to')?.speaker).toBe('Christina Greenway');
  });
});
