import { describe, expect, it } from 'vitest';
import { article, directQuotes, useLibrary } from '../helpers/tempCorpus.ts';

// The classes missed on held-out articles 99-104 of tests/quotes/news-dev/ (scored once before these
// rules), each on those articles' sentences (shortened) or the news corpus's: a couple named by two
// given names and one surname, a body's name whose remit the name finder cut to a person's
// (`Commission for Social Care Inspection`), a description qualified by a word the person was given
// in a role (`the Burnley councillor`), a party before a name set off after a role, a brand written
// in lower case with a capital inside (`eBay`), a lone surname with a reflexive pronoun beside
// namesakes of two genders, `now` before a description set off after a name, a kin's name set off
// inside a `whose` clause, and a body's words after `described … as` with more of the clause after them. The rules are general: none names a person, a word of a quote or an
// article.

const FILES = {
  // 100 of news-dev, shortened: Gary, the son, is named in full only after his father's quotes.
  'cliff.txt': article(
    'Cliff-top couple told to leave',
    'Ron and Margaret Featherstone have lived on Cliff Lane in Skipsea for 22 years.',
    'East Riding of Yorkshire Council served an emergency notice on Thursday.',
    '"We knew it would come one day, but we thought we would be long gone before it did," said Mr Featherstone, 74, a former lorry driver.',
    '"We sat up most of the night listening to it."',
    'Mrs Featherstone, 71, said she had cried. "Where are two pensioners supposed to go?" she said.',
    "The area's MP, Conservative Jonathan Harrop, said he would raise the couple's case with ministers.",
    '"It cannot be right that a couple lose everything," the MP said.',
    "The Featherstones' son, Gary Featherstone, who lives in Bridlington, has hired a van.",
    '"Dad keeps going back out to the garden to look at it," he said.',
  ),
  // 102 of news-dev, shortened.
  'care.txt': article(
    'Care home to close',
    'A spokesman for the Commission for Social Care Inspection said the home had been found to give "good, safe care" at its last inspection.',
    'Secretary of State for Social Security Alistair Darling said: "Every resident will be found a place."',
  ),
  // 101 of news-dev, shortened; the second councillor is given no seat.
  'fire.txt': article(
    'Fire stations to close',
    'Its chairman, Bernard Haworth, a Labour county councillor for Burnley, said no decision had been made.',
    '"Members will listen to everyone before they vote," the Burnley councillor said.',
    'Another member, Joan Entwistle, a county councillor, said the plan was rushed.',
    '"We were given a week to read it," the Pendle councillor said.',
  ),
  // 104 of news-dev, shortened.
  'tickets.txt': article(
    'Reunion tickets resold',
    'Tickets for the tour sold out in nine minutes.',
    'An eBay spokesman said: "Listings for these tickets are legal."',
    'The promoter, a firm from Leeds, said it would cancel resold tickets. One fan said: "I was on three phones and got nothing."',
  ),
  // 103 of news-dev, shortened: a father and daughter, then a lone surname with `herself`.
  'tennis.txt': article(
    'Teenager refused wildcard',
    'British teenager Chloe Hollis has been left out of the Wimbledon draw.',
    "The club gave its eight wildcards in the women's singles to four British players and four from overseas.",
    'Her father and coach, Martin Hollis, said the family were "devastated" by the decision.',
    '"She has done everything they asked of her," he said.',
    'Hollis herself was more guarded. "Of course I\'m disappointed," she said.',
  ),
  // Two women of one surname: `herself` picks neither.
  'sisters.txt': article(
    'Sisters split',
    'Anna Reeve and her sister, Claire Reeve, run the shop.',
    'Reeve herself was less sure. "We may have to sell," she said.',
  ),
  // 103 of news-dev, shortened: a lower-case role before the name, and `now` before the description set off after it.
  'wildcard.txt': article(
    'Teenager refused wildcard',
    'The All England Club turned down her request for a wildcard.',
    'Former British number two Linda Penhaligon, now a BBC commentator, said the club had made "a poor call".',
  ),
  // 102 of news-dev, shortened: a kin's name set off inside a `whose` clause.
  'home.txt': article(
    'Care home to close',
    'Families were told at a meeting. Pat Guscott, whose mother, Edna, 93, has lived at Brackenwood since 1999, said: "There were people in tears."',
  ),
  // general/17680 of the news corpus, shortened: a past role keeps its `formerly`.
  'genentech.txt': article(
    'Genentech drug nears approval',
    '"Genentech\'s advantage is being first in the market," said industry consultant Scott King, formerly an analyst with Montgomery Securities in San Francisco.',
  ),
  // 102 of news-dev, shortened, and 27_7ecb of ECB+: a body's `described`/`labelled … as "…"` with words after the quote.
  'notice.txt': article(
    'Care home notice',
    'The Relatives and Residents Association, an advice charity, described six weeks\' notice as "unacceptably short" for people in their 80s and 90s.',
    'Microsoft labelled the bug as "critical," the most serious threat ranking in its four-step scoring programme.',
  ),
  // general/14100 of the news corpus, shortened.
  'sweden.txt': article(
    'Swedish Finance Firms Seen Hit by Deregulation',
    'Up to 70 pct of the 240 finance companies operating in Sweden are likely to be squeezed out over the next few years, the Association of Swedish Finance Companies said.',
  ),
  // grain/18408 of the news corpus, shortened.
  'grain.txt': article(
    'Weather not hurting crops',
    '"I don\'t see any reduction in yield potential yet," Norton Strommen, chief meteorologist at USDA told Reuters.',
    'The USDA meteorologist said the only effects of the warm, dry weather on crops so far has probably been to speed up development of the crop.',
  ),
};

const library = useLibrary(FILES);
const { quoted } = directQuotes(library);
const reported = (start: string) =>
  library()
    .quotes.all()
    .find((q) => q.kind === 'reported' && q.text.includes(start));

// `Ron and Margaret Featherstone` was one mention, `Margaret Featherstone` with `Ron` for its
// description, so `Mr Featherstone` went to the son named later (a wrong speaker).
describe('two given names joined by `and` before one surname', () => {
  it('are two people of that surname: `Mr` is the husband named before, not the son named after', () => {
    expect(quoted('We knew it would come')?.speaker).toBe('Ron Featherstone');
    expect(quoted('We sat up most of the night')?.speaker).toBe('Ron Featherstone');
    expect(quoted('Where are two pensioners')?.speaker).toBe('Margaret Featherstone');
    expect(quoted('Dad keeps going back')?.speaker).toBe('Gary Featherstone');
  });
});

// The name finder cut the body's name after its last body word (`Social`) and took `Care Inspection`
// for a person, the spokesman's employer.
describe("a body's word and `for`/`of` in a run, then words that hold no given name", () => {
  it("are the end of the body's name, no person's", () => {
    expect(quoted('good, safe care')?.speaker).toBe('Commission for Social Care Inspection');
    expect(reported('Up to 70 pct')?.speaker).toBe('Association of Swedish Finance Companies');
  });
  it('leave a person named after the remit (`… for Social Security Alistair Darling`)', () => {
    expect(quoted('Every resident will be found')?.speaker).toBe('Alistair Darling');
  });
});

// `the Burnley councillor` was nobody's: `Burnley` is in none of the names Haworth was called by,
// only in his role.
describe('a description with a capitalised word the person was given in a role', () => {
  it('is that person (`councillor for Burnley`, `chief meteorologist at USDA`)', () => {
    expect(quoted('Members will listen')?.speaker).toBe('Bernard Haworth');
    expect(reported('The USDA meteorologist said')?.speaker).toBe('Norton Strommen');
  });
  it('is nobody when no one seen with the role was given the word', () => {
    expect(quoted('We were given a week')).toBeDefined();
    expect(quoted('We were given a week')!.speaker).toBeNull();
  });
});

// The party before the name was taken for his role, so the `MP` set off before it was never his.
describe('a party alone before a name set off after a role', () => {
  it('leaves the role set off before it the role at the quote, which `the MP` then finds', () => {
    expect(reported('raise the couple')?.role).toBe("area's MP");
    expect(quoted('It cannot be right')?.speaker).toBe('Jonathan Harrop');
  });
});

describe('a brand in lower case with a capital inside, between an article and a spokesperson', () => {
  it('is the body the spokesperson speaks for', () => {
    expect(quoted('Listings for these tickets')?.speaker).toBe('eBay');
    expect(quoted('Listings for these tickets')?.role).toBe('spokesman');
  });
  it('is never a plain lower-case word (`One fan said`: nobody named)', () => {
    expect(quoted('I was on three phones')).toBeDefined();
    expect(quoted('I was on three phones')!.speaker).toBeNull();
  });
});

// `Hollis herself` stood for both Hollises, so the `she` after it was nobody's.
describe('a lone surname with a reflexive pronoun beside namesakes of two genders', () => {
  it('is the one namesake of its gender, whom the pronoun after it goes back to', () => {
    expect(quoted("Of course I'm disappointed")?.speaker).toBe('Chloe Hollis');
  });
  it('is nobody when two namesakes have that gender', () => {
    expect(quoted('We may have to sell')).toBeDefined();
    expect(quoted('We may have to sell')!.speaker).toBeNull();
  });
});

// `, now a BBC commentator,` was no description set off (no article right after the comma), so the
// partial quote after `said` had no subject.
describe('`now` or `still` before a description set off after a name', () => {
  it('leaves the description set off, and the name the subject', () => {
    expect(quoted('a poor call')?.speaker).toBe('Linda Penhaligon');
  });
  it('is not taken for a past role (`formerly an analyst …` keeps its adverb)', () => {
    expect(quoted("Genentech's advantage")?.role).toBe(
      'formerly an analyst with Montgomery Securities in San Francisco',
    );
  });
});

// `Edna, 93,` set off inside the clause was taken for the subject of `said`, and she is nobody.
describe('a name set off after `whose` and a noun', () => {
  it('is inside the clause: the person before `whose` speaks', () => {
    expect(quoted('There were people in tears')?.speaker).toBe('Pat Guscott');
  });
});

// A body's short quote had to end its clause (or follow a verb of the clause it reports) to be kept;
// after `described … as` a person's is kept whatever follows, and a body's now is too.
describe('a body that describes something as "…", the clause going on after the quote', () => {
  it('used those words', () => {
    expect(quoted('unacceptably short')?.speaker).toBe('Relatives and Residents Association');
    expect(quoted('critical')?.speaker).toBe('Microsoft');
  });
});
