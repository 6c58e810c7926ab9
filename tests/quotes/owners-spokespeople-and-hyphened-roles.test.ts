import { describe, expect, it } from 'vitest';
import { article, directQuotes, speakersOf, useLibrary } from '../helpers/tempCorpus.ts';

// Descriptions left cut or junk by sample (g) of 2026-12-07: a firm's possessive before a role in
// lower case, a one-word firm or network before a role the name run did not reach, a spokesperson's
// run given to the titled person he speaks for (and his words, when his own name is set off before
// it), and a role cut at a hyphen. One spec per class, on
// the corpora's own sentences (shortened where marked).

const FILES = {
  // news crude/17359: a firm's possessive, a hyphenated word before it
  'vaillaud.txt': article(
    'Oil Demand Sluggish',
    `French-owned Total CFP's vice president Pierre Vaillaud said, "Demand is not going up very quickly, at best maybe one percent a year. You can't change the price with just one pct," Vaillaud said.`,
  ),
  // news acq/04064 (shortened): a one-word firm opening the sentence, a participle after it
  'cashin.txt': article(
    'Renouf Sells NZI Stake',
    `Renouf managing director Mike Cashin said in a statement it had been Renouf's intention to build up a long-term strategic position in NZI. "But it became clear to us that it was in the best interests of both NZI and ourselves to sell," he said.`,
  ),
  // ECB+ 34_12ecb (the quote added): a network's acronym after an article, an adjective after it
  'gupta.txt': article(
    'Obama Picks Gupta',
    'Barack Obama has asked the CNN medical correspondent Dr Sanjay Gupta to join his fledgling administration as the US surgeon general, according to reports.',
    '"I am honoured," Gupta said.',
  ),
  // (made up on the pattern of acq/04064): a place after a preposition says where, it owns no role
  'wellington.txt': article(
    'Fletcher Sells Stake',
    'In Wellington managing director Hugh Fletcher said the sale had been planned for a year.',
  ),
  // news acq/19411 (shortened): a spokesman for a titled person
  'perpich.txt': article(
    'Dayton Hudson Not Interested in Acquisition',
    'Dayton Hudson Thursday night met with Minnesota governor Rudy Perpich, appealing for legislative help.',
    "A spokesman for Governor Perpich earlier said the governor is expected later today to recommend stiffening the state's anti-takeover law to help the Minneopolis retailer defend itself.",
  ),
  // ECB+ 36_7ecbplus: the spokesman set off after his own name
  'strickland.txt': article(
    'Jeffs Faces Texas Charges',
    'Jerry Strickland, a spokesman for Texas Attorney General Greg Abbott told TIME: "Whenever Warren Jeffs is brought to Texas, we stand ready to try him on felony charges returned by a Schleicher County grand jury."',
  ),
  // news alum/07263 (shortened): a spokesman for a body, no title after `for`
  'alcan.txt': article(
    'Alcan Smelter Ruling',
    'A spokesman for Montreal-based Alcan said, "The decision is 48 pages long and is in legal-ese, so it certainly will be a long time before we can make a decision."',
  ),
  // ECB+ 2_11ecb: a participle joined by a hyphen, then a work's title in quote marks
  'howard.txt': article(
    'Actors Strike Looms',
    '"A strike, if one occurred, would be nothing short of horrible," said Ron Howard, the former actor and Oscar-winning director of "A Beautiful Mind" whose latest film, "Frost/Nixon," is considered a strong Oscar contender.',
  ),
};

const library = useLibrary(FILES);
const { speaker } = speakersOf(library);
const { quoted, reported } = directQuotes(library);

describe("a firm's possessive before a role in lower case", () => {
  // `vice president` alone lost whose: Total CFP's (`French-owned` qualifies the firm, no part of its name).
  it('is part of the role', () => {
    expect(speaker('Pierre Vaillaud')!.description).toBe("Total CFP's vice president");
  });
});

describe('a one-word firm or network before a role the name run did not reach', () => {
  // `managing` and `medical` are no role nouns, so the run stopped before them and lost the owner.
  it('is part of the role', () => {
    expect(speaker('Mike Cashin')!.description).toBe('Renouf managing director');
    expect(speaker('Sanjay Gupta')!.description).toBe('CNN medical correspondent');
  });
  // (`In Wellington`: the object of a preposition is nobody's employer, nor is a verb's, `told Reuters`.)
  it('is not taken after a preposition', () => {
    expect(speaker('Hugh Fletcher')!.description).toBe('managing director');
  });
});

describe('a spokesperson for a titled person', () => {
  // The spokesman's words stand for the governor's office: the governor's own role in the article is
  // the role at them, never `spokesman for Governor` (which was his description too).
  it("gives the person his own title, not the spokesperson's role", () => {
    const statement = reported('A spokesman for Governor Perpich');
    expect(statement?.speaker).toBe('Rudy Perpich');
    expect(statement?.role).toBe('Minnesota governor');
    expect(speaker('Rudy Perpich')!.description).toBe('Minnesota governor');
    expect(speaker('Rudy Perpich')!.aliases).not.toContain('spokesman for Governor Perpich');
  });
  // Set off after his own name, the spokesman is that person: the quote was the attorney general's.
  it('leaves the words to a spokesperson set off after his name', () => {
    expect(quoted('Whenever Warren Jeffs')?.speaker).toBe('Jerry Strickland');
    expect(quoted('Whenever Warren Jeffs')?.role).toBe('spokesman for Texas Attorney General Greg Abbott');
  });
  // (No title after `for`: the spokesman speaks for a body, as before.)
  it('leaves a body the spokesperson speaks for as it was', () => {
    expect(quoted('The decision is 48 pages long')?.speaker).toBe('Alcan');
  });
});

describe('a role with a word joined by a hyphen', () => {
  // Cut at the hyphen it read `former actor and Oscar-`; the film's title after `of` ends it.
  it('goes on past the hyphen', () => {
    expect(speaker('Ron Howard')!.description).toBe('former actor and Oscar-winning director');
  });
});
