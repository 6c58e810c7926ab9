import { describe, expect, it } from 'vitest';
import { article, directQuotes, speakersOf, useLibrary } from '../helpers/tempCorpus.ts';

// Descriptions and a speaker left wrong by samples (i) and (j) of 2026-12-07: a home town named for
// its kind of place taken for a role, another body's spokesman given to the organisation whose
// spokesman spoke before, and a remit's list cut at its first comma. One spec per class, on the
// corpora's own sentences (shortened where marked).

const FILES = {
  // ECB+ 45_1ecbplus (shortened): a home town after `of`, never written `in Fort Coffee`
  'flynn.txt': article(
    'Spiro Man Found Guilty',
    "Christopher Kenyon Simpson of Fort Coffee is accused of fatally shooting Ka'Loni Marie Flynn of Fort Smith, Ark.",
    "Flynn's father Herbert Flynn of Fort Coffee said later, \"I'm glad it's over.\"",
  ),
  // news alum/07263 (shortened): Alcan's spokesman, then the utility's
  'alcan.txt': article(
    'Kentucky Smelters Get Relief on Higher Rates',
    'A spokesman for Montreal-based Alcan said, "The decision is 48 pages long and is in legal-ese, so it certainly will be a long time before we can make a decision."',
    'A spokesman for the utility, a cooperative that generates and wholesales electricity to four distributors, said the requested increase was 7.5 mln dlrs a year over 1985 rates.',
    'The Kentucky Public Service Commission, in denying the increase, asked the utility to meet with creditors to renegotiate a rate plan, the utility spokesman said.',
  ),
  // ECB+ 9_5ecbplus (shortened): a remit of three fields after `of`
  'kovacs.txt': article(
    'Bush Rule Reversed',
    'But William L. Kovacs, the U.S. Chamber of Commerce\'s vice president of environment, technology and regulatory affairs, said that reviving another layer of review "will result in even greater delays to projects."',
  ),
};

const library = useLibrary(FILES);
const { speaker } = speakersOf(library);
const { quoted, reported } = directQuotes(library);

describe('a home town named for its kind of place', () => {
  // `of Fort Coffee` is where he lives: no role (it described him `Fort Coffee`).
  it('is no description', () => {
    expect(quoted("I'm glad it's over")?.speaker).toBe('Herbert Flynn');
    expect(speaker('Herbert Flynn')!.description).toBeNull();
  });
});

describe('a spokesman of a kind of body the last speaking organisation is not', () => {
  // `the utility spokesman` is Big Rivers Electric's, which the pass does not name: not Alcan's, whose
  // spokesman spoke a paragraph before (the statement was Alcan's, described `utility spokesman`).
  it('is not that organisation’s', () => {
    expect(quoted('The decision is 48 pages long')?.speaker).toBe('Alcan');
    expect(reported('The Kentucky Public Service Commission')?.speaker ?? null).toBeNull();
    expect(speaker('Alcan')!.description).toBe('spokesman');
  });
});

describe('a remit’s list after `of`', () => {
  // Cut at its first comma it read `vice president of environment`.
  it('is the role’s whole', () => {
    expect(quoted('will result in even greater delays')?.role).toBe(
      "U.S. Chamber of Commerce's vice president of environment, technology and regulatory affairs",
    );
  });
});
