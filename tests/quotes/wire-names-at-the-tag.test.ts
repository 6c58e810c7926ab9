import { describe, expect, it } from 'vitest';
import { article, directQuotes, useLibrary } from '../helpers/tempCorpus.ts';

// Issue 18, news unattributed sample (c) of 2026-12-07 (tests/quotes/reuters-unattributed-2026-12-07c.md,
// quotes 8, 12 and 16): wire copy names the speaker at the tag, but in forms the pass did not read: a
// surname opened by a lower-case particle after the verb, a role set off by a comma before the name
// after the verb (no article), and a day word between the name and the verb. Real sentences of the
// news corpus (stories named), shortened where marked.

const FILES = {
  // general/17195 (shortened): the story's first line names him in full
  'clercq.txt': article(
    'EC Says Japan Car Export Restraint Not Enough',
    'Japan"s 1987 car export restraint to the European Community (EC) is not enough, EC external trade chief Willy de Clercq said.',
    '"We think there is some diversion there," said de Clercq.',
  ),
  // gnp/04165 (shortened): the firm's name opens the role, a comma before the name
  'koido.txt': article(
    'Japanese Economy Seen Bottoming Out',
    'Japanese bank economists polled by Reuters said the slowdown is likely to end in the first half of this year. "The economy will bottom out in the middle of the year," said Sumitomo Bank Ltd chief economist, Masahiko Koido.',
  ),
  // general/16198: a role word first, its firm after `at`, then the comma and the name
  'malt.txt': article(
    'Tokyo Stocks',
    '"Until we see some concerted effort by the Japanese to halt the yen\'s rise against the dollar and settle trade disputes, the market will stay low," said head of equities at Jardine Fleming Securities Co, Mario Malt.',
  ),
  // crude/16636 (shortened): `today` between the name and the verb
  'yates.txt': article(
    'Texaco Re-establishes Supply Lines',
    "Texaco Inc has re-established some key oil supply lines, said Elton Yates, Texaco's coordinator of worldwide operations.",
    'But Yates today said, "a big U.K. company has in fact said they would go on supplying."',
  ),
  // general/04946 (shortened): with `yesterday` passed over, the clause set off after the person's
  // employer named again (`, FCA, which …,`) is still inside his appositive
  'naylor.txt': article(
    'Farm Credit Market',
    'Frank Naylor, chairman of the Farm Credit Administration, FCA, which regulates the farm credit system, yesterday said a farm loan secondary market would be positive for agriculture "as long as the farm credit system is a key player."',
  ),
  // acq/12195 (shortened, `today` left out: main read the tag so without it): `a spokesman for` a
  // person's surname
  'gardner.txt': article(
    'Purolator Buyout',
    'The buyout was surrounded by controversy since a Purolator board member, Doresy Gardner resigned in March. Gardner said he believed a better offer could be made by another entity.',
    'A spokesman for Gardner said the former director had no contact with Emery.',
  ),
};

const library = useLibrary(FILES);
const { quoted, reported } = directQuotes(library);

describe('a name at a verb-first tag', () => {
  // `de Mel said` was read; after the verb the particle stopped the run before the name.
  it('reads a surname opened by a lower-case particle (said de Clercq)', () => {
    expect(quoted('We think there is some diversion')).toMatchObject({ speaker: 'Willy de Clercq' });
  });
  it('reads a role with no article set off by a comma before the name (said … chief economist, Masahiko Koido)', () => {
    expect(quoted('The economy will bottom out')).toMatchObject({
      speaker: 'Masahiko Koido',
      role: 'Sumitomo Bank Ltd chief economist',
    });
  });
  it('reads a role word and its firm after `at` before the comma (said head of equities at …, Mario Malt)', () => {
    expect(quoted('Until we see some concerted effort')).toMatchObject({
      speaker: 'Mario Malt',
      role: 'head of equities at Jardine Fleming Securities Co',
    });
  });
});

describe('a day word between the name and the verb', () => {
  it('passes over `today` as over `also` (Yates today said,)', () => {
    expect(quoted('a big U.K. company')).toMatchObject({ speaker: 'Elton Yates' });
  });
  it('gives the person, not the employer named again before `which` (…, FCA, which …, yesterday said)', () => {
    expect(quoted('as long as the farm credit system')).toMatchObject({ speaker: 'Frank Naylor' });
  });
  // A spokesperson for a person speaks for that person: no body called `Gardner`, and not his own words.
  it('gives nobody for `a spokesman for` the surname of a person named in full', () => {
    expect(reported('A spokesman for Gardner')).toBeUndefined();
    expect(reported('Gardner said he believed')).toMatchObject({ speaker: 'Doresy Gardner' });
  });
});
