import { describe, expect, it } from 'vitest';
import { article, directQuotes, useLibrary } from '../helpers/tempCorpus.ts';

// Issue 18, ECB+ unattributed samples (g) and (h) of 2026-12-07: a name at the quote the pass did not
// read. The name after the quote goes on in a relative clause before the verb (`X, who …, said`), the
// name of an inverted tag goes on in one with no comma (`said X who extended …`), an adjective the
// tagger calls a proper noun stands before the title (`said new Interior Secretary Ken Salazar`), a
// person's kin noun is set off before the name (`Jeffs' nephew, Brent Jeffs, told`). Real sentences of
// the ECB+ corpus (stories named), shortened where marked.

const FILES = {
  // 28_9ecb (the sentences before shortened): a `who` clause of 18 words, with a pronoun and a
  // possessive of its own, between the name and `said`.
  'bradlee.txt': article(
    'Deep Throat',
    'W. Mark Felt was revealed as Deep Throat in 2005.',
    '"The thing that stuns me is that the goddamn secret has lasted this long," Ben Bradlee, who oversaw almost 400 stories on Watergate when he was the Washington Post\'s executive editor, said after the May 2005 revelations.',
  ),
  // 9_13ecbplus: the quote's clause runs on (`the plan,`), the tag is verb first, `new` is tagged a
  // proper noun and the name goes on in `who extended …`.
  'salazar.txt': article(
    'Offshore Drilling',
    'The Obama administration put off a Bush-era plan to open the coasts to oil drilling.',
    '"To establish an orderly process that allows us to make wise decisions based on sound information, we need to set aside" the plan, said new Interior Secretary Ken Salazar who extended the public comment period on offshore drilling by six months.',
  ),
  // 36_2ecbplus (shortened): the possessor (`Jeffs'`, a bare apostrophe) is the man sentenced, its kin
  // noun set off before the speaker's name.
  'jeffs.txt': article(
    'Jeffs Sentenced',
    'Polygamist leader Warren Jeffs was sentenced Tuesday to life in prison plus 20 years.',
    '"Justice has been served," Jeffs\' nephew, Brent Jeffs, told InSession soon after the sentence.',
  ),
  // The same inverted tag with a plain adjective the tagger reads as one (no relative clause): a
  // shortened variant of 9_13ecbplus, to keep the two rules apart.
  'salazar-plain.txt': article(
    'Offshore Plan',
    '"We need to set aside the plan," said new Interior Secretary Ken Salazar.',
  ),
  // 25_11ecbplus (shortened): a role word in lower case, none the lexicon knows, before the name.
  'brees.txt': article(
    'Saints Backs',
    'The Saints lost both of their top running backs to injury this week.',
    '"That\'s tough," quarterback Drew Brees said of the loss of both running backs this week.',
  ),
  // 29_4ecb (shortened): a team's name, then the role.
  'nelson.txt': article(
    'Colts Win',
    'Peyton Manning threw for 364 yards as the Colts beat the Jaguars.',
    '"Peyton Manning is a good quarterback," Jaguars safety Reggie Nelson said.',
  ),
  // Made up, the limit of the run: a preposition makes a clause the name is in, not a role.
  'run-limit.txt': article(
    'Board Meeting',
    '"We will not sell," he told the board after Robert Jones spoke.',
    '"We have made our decision," at lunch Robert Jones said.',
  ),
  // 28_6ecb (shortened): a description of 16 words set off between the name and `told`.
  'child.txt': article(
    'Felt Letters',
    'Letters of support for Felt reached the White House in 1973.',
    '"He has the integrity, the ability, the experience and the image to insure that our FBI will continue to deserve and maintain world esteem," Harold L. Child Jr., legal attache to the embassy in Japan and a 30-year FBI veteran, told Nixon in an April 1973 letter.',
  ),
  // Made up, the limit: names in a list after the quote (the word after the comma is a name) are
  // three speakers, none alone.
  'list.txt': article(
    'Band Split',
    '"We are going our separate ways," Tom Smith, Bill Jones and Ann Brown, the founders of the band, said in a statement.',
  ),
  // 43_12ecbplus (shortened): a bare quoted line after a verb-first tag whose description is a title
  // with `and` and a comma before the unit it heads (`Global Business Units`, no second voice).
  'su.txt': article(
    'AMD Buys SeaMicro',
    "AMD executives said the acquisition of SeaMicro will boost the company's offerings for cloud computing providers.",
    '\u201cCloud data centers are the fastest growing segment of the server market,\u201d said Lisa Su, Senior Vice President and General Manager, Global Business Units.',
    '\u201cThe cloud has changed the dynamics of the data center and how people think about servers.\u201d',
  ),
  // Made up, the limit: a verb after the comma makes a second clause with a speaker of its own.
  'su-limit.txt': article(
    'Chip Deal',
    '\u201cThe deal closes in April,\u201d said Lisa Su, and Chief Executive Rory Read agreed.',
    '\u201cWe will keep every customer.\u201d',
  ),
};

const library = useLibrary(FILES);
const { quoted } = directQuotes(library);

describe('a relative clause or a description between the name after the quote and the speech verb', () => {
  // The clause's own `he` and `the Washington Post's` are inside it: the name before it speaks.
  it('gives the quote to the name before `, who …,` (Ben Bradlee)', () => {
    expect(quoted('The thing that stuns me')).toMatchObject({ speaker: 'Ben Bradlee', role: null });
  });
  it('gives the quote to the name before a long description set off (Harold L. Child Jr.)', () => {
    expect(quoted('He has the integrity')).toMatchObject({ speaker: 'Harold L. Child Jr.' });
  });
  it('gives no one of a list of names the quote', () => {
    expect(quoted('We are going our separate ways')?.speaker ?? null).toBeNull();
  });
});

describe("an inverted tag's name going on in a relative clause with no comma", () => {
  it('gives the quote whose clause runs on to the name (Ken Salazar, Interior Secretary)', () => {
    expect(quoted('To establish an orderly process')).toMatchObject({
      speaker: 'Ken Salazar',
      role: 'Interior Secretary',
    });
  });
});

describe('a lower-case adjective the tagger calls a proper noun before the title', () => {
  it('reads `said new Interior Secretary Ken Salazar`', () => {
    expect(quoted('We need to set aside the plan')).toMatchObject({
      speaker: 'Ken Salazar',
      role: 'Interior Secretary',
    });
  });
});

describe("a person's kin set off before the name after the quote", () => {
  // The kin speaks, not the possessor named in the sentence before (Warren Jeffs).
  it("gives the quote to the nephew (Jeffs' nephew, Brent Jeffs,)", () => {
    expect(quoted('Justice has been served')).toMatchObject({ speaker: 'Brent Jeffs', role: "Jeffs' nephew" });
  });
});

describe('nouns and adjectives of a role before the name that ends at the verb', () => {
  it('reads a lower-case role the lexicon does not know (quarterback Drew Brees said)', () => {
    expect(quoted("That's tough")).toMatchObject({ speaker: 'Drew Brees' });
  });
  it("reads a team's name and its role (Jaguars safety Reggie Nelson said)", () => {
    expect(quoted('Peyton Manning is a good quarterback')).toMatchObject({ speaker: 'Reggie Nelson' });
  });
  // `at lunch` is no role: the pass leaves the quote as before this rule (nobody from this tag).
  it('reads no run with a preposition in it (at lunch Robert Jones said)', () => {
    expect(quoted('We have made our decision')).toMatchObject({ speaker: null });
  });
});

describe("a bare quoted line after a tag whose speaker's title runs on with `and` and a comma", () => {
  it('goes on in the speaker of the line before (Lisa Su)', () => {
    expect(quoted('The cloud has changed')).toMatchObject({ speaker: 'Lisa Su' });
  });
  // `and Chief Executive Rory Read agreed` is no title run (a word in lower case, a verb): Rory Read
  // is a second voice, the line is nobody's.
  it('does not pass over a second clause in the tag', () => {
    expect(quoted('We will keep every customer')?.speaker ?? null).toBeNull();
  });
});
