import { describe, expect, it } from 'vitest';
import { article, directQuotes, useLibrary } from '../helpers/tempCorpus.ts';

// Issue 18, ECB+ unattributed samples (d) and (e) (tests/quotes/ecbplus-unattributed-2026-12-07d.md,
// -07e.md). Each case is made of real sentences (the story is named), shortened; the rules are
// general: none names a person, a word of a quote or a story.

const FILES = {
  // 36_10ecbplus
  'mohave.txt': article(
    'Jeffs charged',
    'Jeffs will not be tried in Texas until he goes to court in Arizona.',
    'Matt Smith, the county attorney in Mohave County, Az. said in a press release Wednesday that he had heard about the charges, but "the indictments in Texas do not affect the Arizona case at all."',
  ),
  // 14_1ecbplus
  'wellington.txt': article(
    'Waitrose fire',
    'Half the roof at the entrance of the building has collapsed, fire crews said.',
    'Matt Goodman, from the fire service, said: "It would appear the fire started on the outside of the building."',
  ),
  // 26_9ecbplus: the sentence's subject opens before a quote (`Salvatore "Sammy the Bull" Gravano`), and
  // the name after it, set off by a comma with no description, is no subject read so
  'gigante.txt': article(
    'Gigante dies',
    'His fall from power was sealed in a Brooklyn courtroom where six turncoat mobsters, led by Salvatore "Sammy the Bull" Gravano, described "Chin\'s" power in the Genovese clan.',
  ),
  // 19_4ecb
  'athens.txt': article(
    'Athens protests',
    'The protests drew thousands of young people into the streets.',
    '"I feel sorry for the young, "said 40-year-old Tsikala Stephania, a public sector worker.',
  ),
  // 2_7ecb
  'oscars.txt': article(
    'Jackman to host',
    '"He is so sparkling and personable, and he delivers, "said academy President Sid Ganis.',
    'The ratings for the show have fallen in recent years.',
    '"We hope [Jackman\'s] appeal is going to broaden us out," Ganis said.',
    '"We all know the ratings are down, but we are going to put on a great show."',
  ),
};

const library = useLibrary(FILES);
const { quoted } = directQuotes(library);

// A partial quote far into a sentence that opens with a name and its set-off description, then the
// speech verb: the verb's subject was not read across the description (nor across the period the
// tokenizer split from `Az.`, which ended the window before the quote).
describe('a partial quote after a speech verb whose subject is a name and a set-off description', () => {
  it("is the named person's, across an abbreviation's period", () => {
    expect(quoted('the indictments in Texas')?.speaker).toBe('Matt Smith');
  });
  it("is the named person's, after a description with no role word (`from the fire service`)", () => {
    expect(quoted('It would appear the fire started')?.speaker).toBe('Matt Goodman');
  });
  it('nor from a name set off with no description, after a quote inside the sentence', () => {
    // (Read so, the name made the two-word quote a partial quote of a person's, not a scare quote.)
    expect(quoted("Chin's")).toBeUndefined();
  });
});

// `, "said`: the closing mark typed after the comma's space, glued to the verb, was read as an
// opening one (a quote nested in the open one), so the quote ran on to its paragraph's end with no
// tag; its speaker, never a person, left the next lines unattributed too.
describe('a straight closing mark typed after the space, before the tag verb', () => {
  it('closes the quote, and the tag after it names the speaker', () => {
    const q = quoted('I feel sorry for the young');
    expect(q?.text).toBe('I feel sorry for the young');
    expect(q?.speaker).toBe('Tsikala Stephania');
  });
  it('so the speaker is known by surname later, and the bare quoted line after that is theirs', () => {
    expect(quoted('He is so sparkling')?.speaker).toBe('Sid Ganis');
    expect(quoted('We hope')?.speaker).toBe('Sid Ganis');
    expect(quoted('We all know the ratings are down')?.speaker).toBe('Sid Ganis');
  });
});
