import { describe, expect, it } from 'vitest';
import { article, speakersOf, useLibrary } from '../helpers/tempCorpus.ts';

// Descriptions left unclean by the held-out sample (d) of 2026-12-07 (news 37/40): each a firm's name
// broken by the name finder, its pieces taken for a person's name or a role. One spec per class, on
// the news corpus's own sentences (Reuters).

const FILES = {
  // news acq (Exco / RMJ, shortened): a firm named by two letters joined by `and`
  'goldie.txt': article(
    'Exco To Buy RMJ',
    'B and C managing director Peter Goldie said RMJ would be bought at about the same multiple as Exco, suggesting net income of around 16 mln dlrs.',
  ),
  // news interest/05127 (shortened): a firm's name ending in its legal form, then a role the run does
  // not take (`senior` is no role noun)
  'connery.txt': article(
    'Bond Futures Drift',
    'Refco Inc senior vice president Michael Connery also noted that the market is showing very little momentum.',
    '"All of the movement occurs at the opening," Connery said.',
  ),
  // news crude/11118 (shortened): the firm's name cut at the comma before its legal form
  'hall.txt': article(
    'Exxon Sees Synfuels Role',
    'Ashland Oil, Inc. chairman John Hall, who also spoke at the meeting, advocated some form of federal tax incentives to help spur development of synthetic fuels.',
    '"We must encourage research now in order to make synfuels competitive later," Hall said.',
  ),
  // news general/03815 and interest/06922: a futures house whose first word is a given name
  'quinn.txt': article(
    'Night Trading Debut',
    'Some credit market analysts, including Norman Quinn, president of Golden Gate Futures, said the night session would likely be dominated by institutions, because the larger local traders would refuse to return at night.',
  ),
  // news general/17153 (shortened): a firm's arm named for its country
  'vw.txt': article(
    'Volkswagen to Idle U.S. Plant, 1,650 Workers',
    'Volkswagen of America said it will shut down its U.S. car assembly plant for two weeks and idle 1,650 workers.',
    'The wholly owned subsidiary of Volkswagen A.G. said the facility will be closed for two weeks starting today to adjust inventories.',
    "Volkswagen's sales of U.S.-made cars this year have dropped sharply below last year's figures, a spokeswoman said.",
  ),
  // news general/08444 and general/04402 (shortened): the parent speaking, which makes `Volkswagen`
  // an organisation
  'vw2.txt': article(
    'German Banking Authorities Drawn Into Vw Case',
    "West Germany's banking authorities are being drawn into the currency scandal surrounding Volkswagen AG VOWG.F as the repercussions and allegations in the financial community widen, banking sources said.",
    'Earlier this month Volkswagen said it had incurred potential losses of 480 mln marks in an alleged fraud involving the hedging of open currency positions.',
  ),
  'vw3.txt': article(
    'Data Tapes Erased in Vw Fraud, Chairman Says',
    'A Volkswagen spokesman said the company had made sufficient provision in previous years to cover the losses from the fraud.',
  ),
};

const library = useLibrary(FILES);
const { speaker, names } = speakersOf(library);

describe("a firm's name before a role widened from lower case", () => {
  // `B and C` is a firm (no person is called `C`): the role is the firm's post, not a bare
  // `managing director` with `B and C` made a person apart.
  it('keeps the firm in the role', () => {
    expect(speaker('Peter Goldie')!.description).toBe('B and C managing director');
    expect(names()).not.toContain('C');
  });
  // `Refco Inc`: a run ending in a legal form is a firm's, and the post is there (`senior vice
  // president` alone lost whose it is).
  it('keeps a firm ending in its legal form in the role', () => {
    expect(speaker('Michael Connery')!.description).toBe('Refco Inc senior vice president');
  });
});

describe("a firm's name cut at the comma before its legal form", () => {
  // `Ashland Oil, Inc. chairman`: the run the name finder starts at `Inc.` lost the firm's name.
  it('takes the name back into the role', () => {
    expect(speaker('John Hall')!.description).toBe('Ashland Oil, Inc. chairman');
  });
});

describe('a futures house', () => {
  // `Futures` ends a firm's name, as `Securities` does: `Golden Gate Futures` is no person
  // (`Gate Futures`, described `president of Golden`).
  it('is the employer, not a person', () => {
    expect(names()).not.toContain('Gate Futures');
    expect(speaker('Norman Quinn')!.description).toBe('president of Golden Gate Futures');
  });
});

describe('a firm named `X of America`', () => {
  // `of America` is part of the subsidiary's name, not where a person works: no description
  // `America` for the firm.
  it('gives no country as the role or the description', () => {
    const statement = library()
      .quotes.all()
      .find((q) => q.text.startsWith('Volkswagen of America said'));
    expect(statement).toMatchObject({ speaker: 'Volkswagen', role: null });
    expect(speaker('Volkswagen')!.description).not.toBe('America');
  });
});
