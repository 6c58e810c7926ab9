import { describe, expect, it } from 'vitest';
import { article, directQuotes, useLibrary } from '../helpers/tempCorpus.ts';

// The organisations' classes missed on held-out article 116 of tests/quotes/news-dev/ (scored once
// before these rules), on its sentences (shortened) and the news corpus's: a body's `which` right
// before the speech verb, wherever the body stands (`a recommendation by the Reviewing Committee on
// the Export of Works of Art, which said …`), a body set off by its kind with a relative clause (`The
// Art Fund, the charity which helps museums …, said`), and a bare spokesperson after a sentence a
// body opens before a `which` clause though it spoke no words (`Christie's, which handled the sale,
// would not name the buyer. A spokeswoman said:`), and (111) a Commons committee written in lower
// case (`The Commons home affairs committee said`). The rules are general: none names a body, a word
// of a quote or an article.

const FILES = {
  // 116 of news-dev, shortened.
  'turner.txt': article(
    'Export bar to keep Turner watercolour in Britain',
    'The government has placed a temporary export bar on a Turner watercolour of Lake Lucerne.',
    'The decision follows a recommendation by the Reviewing Committee on the Export of Works of Art, which said the watercolour was of "outstanding aesthetic importance".',
    'The Art Fund, the charity which helps museums buy works of art, said it would "look very sympathetically" at any application from the gallery.',
    'Christie\'s, which handled the sale, would not name the buyer. A spokeswoman said: "The buyer is aware of the export process and will respect it."',
  ),
  // 111 of news-dev, shortened; and a committee with no House before it, which names nobody.
  'files.txt': article(
    'MPs condemn Home Office over missing asylum files',
    'The Commons home affairs committee said record-keeping at the immigration and nationality directorate had been "chaotic" for at least three years.',
    'A select committee said the directorate had been "overwhelmed".',
  ),
  // Two names in the sentence before the spokesperson: whose she is, is not said.
  'auction.txt': article(
    'Painting sold',
    'Bonhams, which handled the sale for Lord Harewood, would not name the buyer. A spokeswoman said: "The buyer will be named in due course."',
  ),
  // crude/03798 of the news corpus, shortened: a firm set off by its kind with a `that` clause.
  'reserves.txt': article(
    'Oil reserve prices rise',
    'Strevig and Associates, a Houston firm that tracks oil and gas reserve sales, said growing interest among foreign buyers had helped push reserve prices in recent months higher.',
  ),
  // 41_3ecb of ECB+, shortened: `on` before a day is no body's remit.
  'gaza.txt': article(
    'UN denies claims',
    'The United Nations on Wednesday denied Israel Defense Forces claims that there were Palestinian militants in the school.',
  ),
};

const library = useLibrary(FILES);
const { quoted } = directQuotes(library);
const all = () => library().quotes.all();

// The short quote had no speaker, so it was read as a scare quote and dropped; the body's name was
// cut at its `on the` (`Export of Works of Art`).
describe("a body's `which` right before the speech verb", () => {
  it('is that body wherever it stands, its remit after `on the` in its name', () => {
    expect(quoted('outstanding aesthetic importance')?.speaker).toBe(
      'Reviewing Committee on the Export of Works of Art',
    );
  });
  it('does not take `on` and a day into a name', () => {
    expect(all().some((q) => q.speaker?.includes('Wednesday'))).toBe(false);
  });
});

// Only a noun phrase ending in the noun for a kind of body set a body off (`the NHS watchdog`).
describe("a body set off by a noun for its kind with that noun's relative clause", () => {
  it('is the speaker (`the charity which helps museums …`, `a Houston firm that tracks …`)', () => {
    expect(quoted('look very sympathetically')?.speaker).toBe('Art Fund');
    const statement = all().find((q) => q.kind === 'reported' && q.text.startsWith('Strevig'));
    expect(statement?.speaker).toBe('Strevig and Associates');
  });
});

// A bare spokesperson spoke only for a body that had spoken just before.
describe('a bare `A spokeswoman said:` after a sentence a body opens before `, which`', () => {
  it("is that body's voice, though it spoke no words", () => {
    expect(quoted('The buyer is aware')?.speaker).toBe("Christie's");
    expect(quoted('The buyer is aware')?.role).toBe('spokeswoman');
  });
  it('is nobody when that sentence names someone else too', () => {
    expect(quoted('The buyer will be named')).toBeDefined();
    expect(quoted('The buyer will be named')!.speaker).toBeNull();
  });
});

// `The Commons home affairs committee` was no one (no capitalised body's name), so the one-word
// quote had no speaker and was dropped as a scare quote.
describe('`the Commons`/`the Lords` and lower-case words before `committee`', () => {
  it("name the House's committee, a body", () => {
    expect(quoted('chaotic')?.speaker).toBe('Commons home affairs committee');
  });
  it('a committee with no House before it names nobody', () => {
    expect(quoted('overwhelmed')?.speaker ?? null).toBeNull();
  });
});
