import { describe, expect, it } from 'vitest';
import { article, directQuotes, useLibrary } from '../helpers/tempCorpus.ts';

// Issue 18, round qfix3: the three wrong speakers of the hand check of 2026-12-07 (b)
// (tests/quotes/attributed-sample-2026-12-07b.md), each as a general reading rule.
// Real sentences of the news and ECB+ corpora (stories named), the articles shortened.

const FILES = {
  // news general/07540: a ministry's spokesman speaks first, then the firm's, then its quote.
  'reebok.txt': article(
    'JAPAN TURNS AWAY FAKE REEBOK SNEAKERS',
    'A Ministry of Finance spokesman said officials at the ports of Tokyo, Osaka, Yokohama and Kobe had begun barring counterfeit footwear but declined to say how many pairs.',
    'A spokesman for Reebok Japan, the local subsidiary of Reebok International RBK of Avon, Massachussetts, said the firm had complained of the influx to the Ministry last July.',
    '"They use our trademark and everything. And it\'s easy to fake our trademark," the Reebok spokesman said.',
    'He said customs had sent back some 100,000 pairs to South Korea, but the Finance Ministry declined to confirm this.',
    '"Because of various reasons, we cannot say how many pairs have been turned away," the ministry spokesman said.',
  ),
  // The guard, news general/18134's shape: the firm's spokeswoman, then `the Goldman spokeswoman`.
  'goldman.txt': article(
    'Goldman Sachs mortgage sales',
    'A spokeswoman for Goldman Sachs said the firm had sold the loans last week.',
    '"Sales were strong," the Goldman spokeswoman said.',
  ),
  // ECB+ 40_2ecb: Apple's marketing chief is named; then an unnamed customer, and `he said`.
  'battery.txt': article(
    'Apple unveils a battery',
    'The battery has been integrated into the case to make the device thinner while increasing battery life, according to Apple senior vice president of marketing Phil Schiller.',
    'The Macworld crowd did not let out its characteristic whoops of excitement when Schiller announced the battery, even when he said that its capacity for 1,000 full recharges would give the average battery a five-year life.',
    'However, one Mac customer from the show floor was sceptical of the claims.',
    '"Apple says five years, but for some it might only be two or three," he said.',
    '"Look at the way guys like us travel."',
  ),
  // The guard: the unnamed person is the object, not the subject, of the sentence before.
  'keynote.txt': article(
    'Apple keynote',
    'The battery will give the average battery a five-year life, according to Apple senior vice president of marketing Phil Schiller.',
    'Schiller then handed one Mac customer the new laptop.',
    '"It is the best notebook we have ever made," he said.',
  ),
  // ECB+ 31_2ecbplus: the crowd's chants, in a sentence whose subject is the player.
  'creighton.txt': article(
    'Creighton wins',
    'As for the entirety of his afternoon, Doug McDermott was usual Dependable Doug.',
    'He left the court to chants of \u201cONE MORE YEAR! ONE MORE YEAR! ONE MORE YEAR!\u201d',
    '\u201cWe came here to win,\u201d McDermott said.',
    // The guard: a noun of voice with its owner (`his calls of`) is the owner's.
    'McDermott repeated his calls of \u201ca fair schedule\u201d for the league.',
  ),
};

const library = useLibrary(FILES);
const { quoted } = directQuotes(library);

describe("`the Reebok spokesman said`: a name before the spokesperson must be the earlier body's", () => {
  it("never gives the firm's spokesman's quote to the ministry whose spokesman spoke before", () => {
    // (No body named Reebok spoke before: the `spokesman for Reebok Japan` line is reported of a
    // place, `Massachussetts`, a fault of its own; so nobody, rather than the wrong body.)
    expect(quoted('They use our trademark')?.speaker).toBeNull();
  });

  it('still refers back to the body that holds the name (`Goldman Sachs` then `the Goldman spokeswoman`)', () => {
    expect(quoted('Sales were strong')).toMatchObject({ speaker: 'Goldman Sachs', role: 'Goldman spokeswoman' });
  });

  it('leaves `the ministry spokesman said` (no name before the spokesman) as it was: nobody named', () => {
    expect(quoted('Because of various reasons')?.speaker).toBeNull();
  });
});

describe('an unnamed person who is the subject of the sentence just before the quote', () => {
  it('blocks `he` from a person named earlier (`one Mac customer … was sceptical`, then `he said`)', () => {
    expect(quoted('Apple says five years')?.speaker).toBeNull();
    // (The bare line after it is the same unnamed man's.)
    expect(quoted('Look at the way guys like us travel')?.speaker).toBeNull();
  });

  it('does not when the unnamed person is the object (`Schiller then handed one Mac customer …`)', () => {
    expect(quoted('It is the best notebook')?.speaker).toBe('Phil Schiller');
  });
});

describe('a quote after a noun of voice and `of` (`chants of`, `cries of`)', () => {
  it("is nobody's: the crowd's chants, not the player's who is the sentence's subject", () => {
    expect(quoted('ONE MORE YEAR!')?.speaker).toBeNull();
  });

  it("is the owner's when the noun has one (`his calls of`)", () => {
    expect(quoted('a fair schedule')?.speaker).toBe('Doug McDermott');
  });
});
