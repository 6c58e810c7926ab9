import { describe, expect, it } from 'vitest';
import { article, directQuotes, useLibrary } from '../helpers/tempCorpus.ts';

// Person pages (issue 18's descriptions bar): a title is no role (`Professor`, `defence analyst
// Professor`), the role set off before a titled name is the role at the quote, and a firm named
// after a person the article names in full leaves that person's surname a person's. On sentences
// written for this file and on the news corpus's acq/03023 (shortened).

const FILES = {
  'physics.txt': article(
    'Physics department wins grant',
    'Vice-chancellor Professor Helen Marwick said the grant was "the best news in years".',
    'Its president, Professor Simon Ashdown, said: "This puts the university on the map."',
    '"The money will pay for two new laboratories," said materials scientist Professor Karen Dole.',
    '"We have waited a long time," said Professor Tom Ridley.',
    '"Nobody saw this coming," said Tokyo University professor Ken Mori.',
  ),
  'union.txt': article(
    'Lecturers to ballot over job cuts',
    "The lecturers' union said it would ballot its members.",
    'Its branch secretary, Dr Maria Hollis, who has taught at the college for 20 years, said: "These cuts are about money, not standards."',
    'Parents\' association chairman Derek Fenn said: "We were never asked."',
  ),
  // ship/14959 of the news corpus, shortened.
  'port.txt': article(
    'Independent chairman for Dutch cargo dispute',
    "The two sides in the Rotterdam port general cargo dispute have agreed to appoint an independent chairman, Han Lammers, to preside over future meetings, employers' spokesman Gerard Zeebregts said.",
  ),
  'coach.txt': article(
    'Club appoints new coach',
    'Director of football Alan Pryce said the club had found "exactly the right man" for the job.',
    '"He knows the league inside out," head of recruitment Sarah Keel said.',
  ),
  // general/02614 of the news corpus, shortened.
  'debt.txt': article(
    'South Africa to resume debt talks',
    'South Africa\'s director-general of finance Chris Stals said the country would "honour its obligations" to foreign banks.',
  ),
  // general/00223 and veg-oil/18781 of the news corpus, shortened.
  'bonds.txt': article(
    'Japanese investors stay with U.S. bonds',
    '"We will keep buying Treasuries, but with less money," said Shinichi Kobuse, manager of Yamaichi Securities Co Ltd\'s international fixed income activities.',
    '"Palm oil use will grow more slowly," said Siegfried Mielke, editor of the Hamburg-based newsletter Oil World.',
  ),
  // coffee/12701 of the news corpus, shortened.
  'coffee.txt': article(
    'Supermarket chain enters gourmet coffee market',
    'Paul Gallant, president of A and P\'s Compass Foods subsidiary that makes the new A and P gourmet line, described its potential appeal as "a status thing."',
    '"We think we\'ll do extremely well in the gourmet market," Gallant said.',
  ),
  // acq/16277 of the news corpus, shortened.
  'banks.txt': article(
    'Boston Five and Neworld to merge',
    'Boston Five said its President, Peter J. Blampied, will become vice chairman and chief operating officer of the holding company. The board will have an equal number of directors from each institution.',
    '"Unlike many recent combinations, this merger has no acquisition premium associated with it," Blampied said.',
  ),
  'caesars.txt': article(
    'Sosnoff starts bid for Caesars World',
    'MTS Acquisition Corp, a company formed by Martin T. Sosnoff, said it has started a tender offer for all shares of Caesars World Inc.',
    'In September 1986, Sosnoff, who is chairman of Atalanta/Sosnoff Capital Corp, filed for clearance under U.S. antitrust laws to raise his interest in Caesars World.',
    'Sosnoff said, in a letter to Caesars World chairman Henry Gluck, that "The decision to go directly to the shareholders was made at the urging of my advisers."',
  ),
};

const library = useLibrary(FILES);
const { quoted } = directQuotes(library);

describe('a title is no role', () => {
  // `defence analyst Professor`, `Vice-chancellor Professor` (news-dev 77, 92): the title of the name
  // after the role is cut; `Tokyo University professor` is the role itself.
  it('cuts a title after a role, and keeps `professor` when it is the role', () => {
    expect(quoted('the best news')?.role).toBe('Vice-chancellor');
    expect(quoted('The money will pay')?.role).toBe('materials scientist');
    expect(quoted('Nobody saw this coming')?.role).toBe('Tokyo University professor');
  });
  // A bare `Professor` (news-dev 76, 92) describes nobody.
  it('gives a bare title no role', () => {
    expect(quoted('We have waited')?.speaker).toBe('Tom Ridley');
    expect(quoted('We have waited')?.role).toBeNull();
  });
  // `Its president, Professor Alan Drinkwater, said:` (news-dev 92) was described as `Professor`.
  it('takes the role set off before a titled name', () => {
    expect(quoted('This puts the university')?.role).toBe('president');
  });
});

// coffee/12701: `Paul Gallant, president of … subsidiary that makes …,` was described as
// `president of A and P's Compass Foods subsidiary that`: the relative pronoun with its clause cut off.
describe('a role set off after the name before a `that` clause', () => {
  it('ends before the relative pronoun', () => {
    expect(quoted('We think we')?.role).toBe("president of A and P's Compass Foods subsidiary");
  });
});

// `Its branch chairman, Dr Neil Sedgwick, who is no relation …, said:` (news-dev 92) had no role: the
// role set off before a name is the role at the quote also when a `who` clause stands after the name.
describe('the role set off before a name with a `who` clause after it', () => {
  it('is the role at the quote', () => {
    expect(quoted('These cuts are about money')?.role).toBe('branch secretary');
  });
});

// `Supporters' club chairman Ken Hollowell`, `Students' union president Becky Lomax` (news-dev 88,
// 92) were `club chairman`, `union president`: a plural possessive opens the role before a name.
describe('a plural possessive opening a role before the name', () => {
  it('is part of the role', () => {
    expect(quoted('We were never asked')?.role).toBe("Parents' association chairman");
    const port = library()
      .quotes.all()
      .find((q) => q.speaker === 'Gerard Zeebregts');
    expect(port?.role).toBe("employers' spokesman");
  });
});

// general/00223, veg-oil/18781: the role set off after the name stopped at a participle before its
// noun (`… Co Ltd's international`, `editor of the Hamburg-`).
describe('a participle before a noun in a role set off after the name', () => {
  it('is part of the role', () => {
    expect(quoted('We will keep buying')?.role).toBe(
      "manager of Yamaichi Securities Co Ltd's international fixed income activities",
    );
    expect(quoted('Palm oil use')?.role).toBe('editor of the Hamburg-based newsletter Oil World');
  });
});

// `Director of rugby Gavin Ashurst said` (news-dev 88) had no role: a role noun, `of` and its field in
// lower case before the name are the role (a hyphenated one whole: `director-general of finance`).
describe('a role and its field in lower case before the name', () => {
  it('is the role at the quote', () => {
    expect(quoted('exactly the right man')?.role).toBe('Director of football');
    expect(quoted('He knows the league')?.role).toBe('head of recruitment');
    expect(quoted('honour its obligations')?.role).toBe('director-general of finance');
  });
});

// acq/16277: the words after the name, `will become vice chairman and chief`, were Blampied's role: a
// verb's clause is none.
describe('a clause after the name', () => {
  it('is no role', () => {
    expect(quoted('Unlike many recent combinations')?.speaker).toBe('Peter J. Blampied');
    expect(quoted('Unlike many recent combinations')?.role).toBeNull();
  });
});

// acq/03023: `Sosnoff said` was an organisation `Sosnoff` (the surname of `Atalanta/Sosnoff Capital
// Corp`), beside the person `Martin T. Sosnoff`.
describe('a firm named after a person the article names in full', () => {
  it('leaves the lone surname that person’s', () => {
    expect(quoted('The decision to go directly')?.speaker).toBe('Martin T. Sosnoff');
    const organisations = library()
      .quotes.speakers()
      .filter((s) => s.kind === 'organisation')
      .map((s) => s.name);
    expect(organisations).not.toContain('Sosnoff');
  });
});
