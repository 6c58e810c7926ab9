import { describe, expect, it } from 'vitest';
import { article, directQuotes, useLibrary } from '../helpers/tempCorpus.ts';

// Issue 18, round 25 (articles 117-122 of tests/quotes/news-dev/, scored before these rules):
// - a role for the person: `the conductor told the BBC` after `The orchestra's principal conductor,
//   Sir Alexander Wedgwood, …` stayed unattributed: the article taught `conductor` as his role, but
//   the honorific inside the name's run hid the comma before it;
// - an organisation's spokesperson: `A spokeswoman for the trust said:` went to the Royal College of
//   Nursing, which spoke the sentence before, not to the one trust the story named
//   (`West Pennine Hospitals NHS Trust`): the noun says which body;
// - an organisation by a pronoun: `Solent Air's shares fell 9p to 142p. It said … "at the lower
//   end"` stayed unattributed: the splitter reads `142p.` as an abbreviation, so `It` was taken for
//   a name, and `It said` opening its sentence had no reading.

const FILES = {
  // 122 of news-dev, shortened.
  'orchestra.txt': article(
    'Humber Sinfonia fears closure after Arts Council cut',
    "The orchestra's principal conductor, Sir Alexander Wedgwood, who has worked with it for 17 years, said he would give up his fee for the rest of the season.",
    '"These are wonderful players. They go into schools, they play in village halls and churches where no other orchestra goes. If they disappear, nobody will replace them," the conductor told the BBC.',
  ),
  // A style (`Dr`) is no role either.
  'surgery.txt': article(
    'Surgery waiting list falls',
    "The hospital's senior surgeon, Dr Ruth Kellaway, said the new theatre had cut the wait by a month.",
    '"We can now operate on Saturdays, which has made all the difference," the surgeon said.',
  ),
  // 121 of news-dev, shortened.
  'mrsa.txt': article(
    'Hospital MRSA cases rise despite clean-up drive',
    'Figures from the Health Protection Agency show that West Pennine Hospitals NHS Trust recorded 96 cases of MRSA in the bloodstream in 2004-05, up from 77 the year before.',
    "The trust's medical director, Dr Ian Cathcart, said the rise was partly down to better testing.",
    'The Royal College of Nursing said nurses were too often moved between wards to cover staff shortages, which helped infections to spread.',
    'A spokeswoman for the trust said: "Every ward will have alcohol gel at the end of each bed by the end of May, and we are asking visitors to use it too."',
  ),
  // Two trusts named: the noun names neither, and the body that spoke just before is no trust.
  'two-trusts.txt': article(
    'Hospital trusts to merge',
    'North Fell Hospitals NHS Trust and South Fell Primary Care Trust are to merge next year.',
    'The Royal College of Nursing said staff had not been consulted.',
    'A spokeswoman for the trust said: "Nobody will lose their job."',
  ),
  // 118 of news-dev, shortened.
  'airline.txt': article(
    'Solent Air adds fuel charge to every ticket',
    'Southampton-based Solent Air is to add a £4 fuel surcharge to every one-way ticket, blaming the record price of oil.',
    'Solent Air\'s shares fell 9p to 142p. It said profits for the year to March would be "at the lower end" of expectations.',
  ),
  // `It said` opening a paragraph: the body that opens the sentence before.
  'brewer.txt': article(
    'Brewer warns on profits',
    'Cropton Brewery has closed two of its pubs in Ipswich.',
    'It added: "Trading over Christmas was very disappointing."',
  ),
  // ECB+'s 13_1ecb: a capitalised word opening the sentence before, no subject (`Early in …`), is no `it`.
  'church.txt': article(
    'Fire at Palin church',
    'Early in her campaign, the church was criticised for promoting a Focus on the Family "Love Won Out Conference" in Anchorage.',
    'It promised to "help men and women dissatisfied with living homosexually understand that same-sex attractions can be overcome".',
  ),
  // A person opening the sentence before is no `it`.
  'person.txt': article(
    'Shop owner counts the cost',
    'Margaret Tolland lost £2,000 of stock in the flood.',
    'It said on the insurance form that damage was "an act of God".',
  ),
};

const library = useLibrary(FILES);
const { quoted } = directQuotes(library);

describe('a role noun set off before a titled name', () => {
  it('is that person later, the honorific or style no role of its own', () => {
    expect(quoted('These are wonderful players')?.speaker).toBe('Alexander Wedgwood');
    expect(quoted('We can now operate on Saturdays')?.speaker).toBe('Ruth Kellaway');
  });
});

describe('a spokesperson for a body named by its noun', () => {
  it('speaks for the one body the story named whose name ends in that noun', () => {
    expect(quoted('Every ward will have alcohol gel')?.speaker).toBe('West Pennine Hospitals NHS Trust');
  });
  it('speaks for nobody when two such bodies were named', () => {
    expect(quoted('Nobody will lose their job')?.speaker).toBeNull();
  });
});

describe('`It said` opening its sentence', () => {
  it('is the body whose name opens the sentence before, whatever the splitter read', () => {
    expect(quoted('at the lower end')?.speaker).toBe('Solent Air');
    expect(quoted('Trading over Christmas')?.speaker).toBe('Cropton Brewery');
  });
  it('is never a person', () => {
    expect(quoted('an act of God')?.speaker).toBeNull();
  });
  it("is nobody when the sentence before opens with no subject's name", () => {
    expect(quoted('help men and women')?.speaker).toBeNull();
  });
});
