import { describe, expect, it } from 'vitest';
import { article, directQuotes, useLibrary } from '../helpers/tempCorpus.ts';

// Descriptions and speakers the held-out Reuters sample (d) found wrong or missing
// (tests/quotes/reuters-sample-2026-12-06d.md), one spec per class, on sentences written for this
// file in the shape of that wire copy.

const FILES = {
  'mill.txt': article(
    'Harbour Mill Shares Fall',
    '"The placing came at a bad moment for the market," said Peter Crane, director of Lantern Securities Ltd. Harbour Mill\'s shares fell two pct after the announcement.',
  ),
  'wells.txt': article(
    'Texas Output Seen Steady',
    '"The mood in the room is far better than last winter," Commissioner Thomas R. (Tom) Whitby told Reuters.',
  ),
  'brokers.txt': article(
    'Halden Brothers Trading Revenue Fell',
    'Halden Brothers Inc had lower trading revenue in May, managing director Walter Ferris said.',
    '"May was a hard month for every bond desk," Ferris said.',
  ),
  'orders.txt': article(
    'Factory Orders Fall Sharply',
    'Orders for durable goods fell 4.1 pct in May, said Laura Pike of Marlow Economics Inc.',
    'Economists said the drop was wider than they had expected.',
    '"There is no reason for rates to rise on these figures," Marlow Economics\' Pike said.',
  ),
  'reserve.txt': article(
    'Central Bank Sees Slower Money Growth',
    'Money supply growth slowed in the first quarter, the Norbank said in its annual report.',
    '"Nothing points to a rise in prices this year," the Norbank said.',
  ),
  'bancorp.txt': article(
    'Lakeside Bancorp Report Qualified',
    "Lakeside Bancorp's 1986 results were qualified by its auditors.",
    'There is no assurance that Lakeside will meet these terms. However, the company "expects to do so," Lakeside said.',
  ),
  'tokyo.txt': article(
    'Tokyo Budget Plan Welcomed',
    '"This is a large step in the right direction," said Eastern Trust Bank Ltd senior economist Kenji Arata.',
  ),
  'weather.txt': article(
    'Dry Autumn Hurts Wheat',
    '"The crop is off to a poor start this year," Joan Barlow, chief meteorologist for R.J. Keller said.',
  ),
};

const library = useLibrary(FILES);
const { quoted } = directQuotes(library);

describe('descriptions at the quote', () => {
  // A firm ending in `Ltd.` may end the sentence: the next sentence is no part of the role.
  it('end with a firm whose abbreviation closes the sentence', () => {
    expect(quoted('The placing came')).toMatchObject({
      speaker: 'Peter Crane',
      role: 'director of Lantern Securities Ltd.',
    });
  });

  // A nickname in brackets between a name's pieces belongs to the name, not the role; the name is
  // given without it, its initial kept as written (`Eugene A. Gordon`).
  it('keep a bracketed nickname and the given name out of the role', () => {
    expect(quoted('The mood in the room')).toMatchObject({ speaker: 'Thomas R. Whitby', role: 'Commissioner' });
  });

  // `managing` is tagged a verb, but `managing director` is one role.
  it('keep `managing` in `managing director`', () => {
    expect(quoted('May was a hard month')).toMatchObject({ speaker: 'Walter Ferris', role: 'managing director' });
  });
});

describe('speakers named at the quote', () => {
  // The firm's possessive before a surname the story gave in full: the surname's person.
  it('`"…," Firm\'s Surname said` is the person of that surname', () => {
    expect(quoted('There is no reason for rates')?.speaker).toBe('Laura Pike');
  });

  // A body that speaks in the story (`said in its annual report`) speaks again by its name alone.
  it('`"…," the Norbank said` is the organisation', () => {
    expect(quoted('Nothing points to a rise')?.speaker).toBe('Norbank');
  });

  // A lone word that opens the name of a firm the story names in full speaks as that firm, under
  // the name the story first gives it (round qwrong: firms-by-their-short-names.test.ts).
  it('`"…," Lakeside said` after `Lakeside Bancorp` is the firm', () => {
    expect(quoted('expects to do so')?.speaker).toBe('Lakeside Bancorp');
  });

  // After the verb: a firm, then a role, then the name (no possessive between firm and role).
  it('`said Firm Ltd senior economist Name` is the person, with the firm in the role', () => {
    expect(quoted('This is a large step')).toMatchObject({
      speaker: 'Kenji Arata',
      role: 'Eastern Trust Bank Ltd senior economist',
    });
  });

  // An appositive the verb closes, its role ending in a firm written with initials.
  it('`Name, role for A.B. Firm said` is the person', () => {
    expect(quoted('The crop is off')).toMatchObject({
      speaker: 'Joan Barlow',
      role: 'chief meteorologist for R.J. Keller',
    });
  });
});
