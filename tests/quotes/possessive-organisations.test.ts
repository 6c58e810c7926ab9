import { describe, expect, it } from 'vitest';
import { article, directQuotes, useLibrary } from '../helpers/tempCorpus.ts';

// Organisations whose names end in a possessive (`Standard and Poor's`, `Moody's`, `Lloyd's`) speak
// under the name as written (issue 18). wink splits `Poor's` into `Poor` + `'s`, so these names
// used to go to nobody, or to the firm word after them (`Corp`). One spec per class on the news
// corpus's own sentences (the articles cut to the paragraphs that matter), and two guards: a noun
// after the possessive is the speaker, not the possessor.

const FILES = {
  // bop/05554
  'denmark.txt': article(
    'Danish Credit Downgrading Not Dramatic - Minister',
    "Standard and Poor's said it had downgraded the Kingdom of Denmark's long-term external debt to AA from AA-Plus, following the country's loss of the top AAA rating in January 1983.",
  ),
  // general/02988
  'chiyoda.txt': article(
    'Japanese Insurers Rated',
    "Strong Japanese insurers can accumulate cash to ward off shocks from any foreign investment, Standard and Poor's said.",
  ),
  // general/04966
  'texas.txt': article(
    'S and P Downgrades Four Texas Banks',
    "Standard and Poor's Corp said it downgraded four Texas banks in a move that affects a combined 800 mln dlrs of debt securities and preferred stock.",
  ),
  // general/07575
  'eurobonds.txt': article(
    "Moody's Assigns Eurobond Ratings",
    "Moody's Investors Service said it assigned the following ratings to new eurobonds.",
    "Moody's said it assigned a AA2 rating to Toyota Motor Credit Co's 23 billion yen of 4-1/2 pct euroyen bonds due 1992.",
  ),
  // general/10013
  'lloyds.txt': article(
    "Lloyd's Appoints Four New Council Members",
    "Four new outsiders were appointed to the policy-making Council of the Lloyd's of London insurance market, shifting the voting balance on the Council away from Lloyd's professionals, Lloyd's said.",
  ),
  // general/10271: inside a phrase, a participle after the possessive is an adjective.
  'ldp.txt': article(
    'Nakasone Orders Economic Package',
    "The date for the government to announce its package, based on the LDP's suggested measures, is not yet known but it may be before the fiscal 1987 budget passes the Parliament around late May, the officials said.",
  ),
  // Written for this file: the possessor owns the noun after it, which speaks.
  'analyst.txt': article(
    'Rating Agency Sees Steady Debt',
    "Moody's analyst John Smithers said downgrades would ease this year.",
    "Lloyd's chairman said the market would reform its council.",
  ),
};

const library = useLibrary(FILES);
const { reported } = directQuotes(library);

describe('a name ending in a possessive, right before its speech verb, is the organisation', () => {
  it("`Standard and Poor's said` opening the sentence", () => {
    expect(reported("Standard and Poor's said it had downgraded")?.speaker).toBe("Standard and Poor's");
  });

  it("`…, Standard and Poor's said.` closing it", () => {
    expect(reported('Strong Japanese insurers')?.speaker).toBe("Standard and Poor's");
  });

  it("`Moody's said`", () => {
    expect(reported("Moody's said it assigned a AA2")?.speaker).toBe("Moody's");
  });

  it("`…, Lloyd's said.`: the possessive earlier in the sentence owns a noun and is no cue", () => {
    expect(reported('Four new outsiders')?.speaker).toBe("Lloyd's");
  });

  it('and is an organisation, not a person', () => {
    const speaker = library()
      .quotes.speakers()
      .find((s) => s.name === "Moody's");
    expect(speaker?.kind).toBe('organisation');
  });
});

// (Written with and without its closing words, a firm is one speaker, under the name without them:
// `Standard and Poor's` for `Standard and Poor's Corp`, `Moody's` for `Moody's Investors Service`.)
describe("a firm's words between the possessive and the verb belong to the name", () => {
  it("`Standard and Poor's Corp said` is not a speaker `Corp`", () => {
    expect(reported("Standard and Poor's Corp said")?.speaker).toBe("Standard and Poor's");
  });

  it("`Moody's Investors Service said`", () => {
    expect(reported("Moody's Investors Service said")?.speaker).toBe("Moody's");
  });
});

describe('a noun after the possessive is the speaker, never the possessor', () => {
  it("`Moody's analyst John Smithers said` is John Smithers", () => {
    expect(reported("Moody's analyst John Smithers")?.speaker).toBe('John Smithers');
  });

  // An unnamed chairman blocks any guess: the statement is nobody's, least of all Lloyd's.
  it("`Lloyd's chairman said` is not Lloyd's", () => {
    const attributed = library()
      .quotes.all()
      .filter((q) => q.text.includes('reform its council') && q.speaker !== null);
    expect(attributed).toEqual([]);
  });

  // `based on the LDP's suggested measures`: the possessive does not open its clause, `suggested`
  // describes the measures, and the statement is the unnamed officials'.
  it("`based on the LDP's suggested measures, …, the officials said` is not the LDP's", () => {
    const attributed = library()
      .quotes.all()
      .filter((q) => q.text.startsWith('The date for the government') && q.speaker !== null);
    expect(attributed).toEqual([]);
  });
});
