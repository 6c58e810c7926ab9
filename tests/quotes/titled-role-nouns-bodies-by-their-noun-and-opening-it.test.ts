import { describe, expect, it } from 'vitest';
import { article, directQuotes, useLibrary } from '../helpers/tempCorpus.ts';

// Issue 18, round 25 (articles 117-122 of tests/quotes/news-dev/, scored before this rule):
// - a role for the person: `the conductor told the BBC` after `The orchestra's principal conductor,
//   Sir Alexander Wedgwood, …` stayed unattributed: the article taught `conductor` as his role, but
//   the honorific inside the name's run hid the comma before it.

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
};

const library = useLibrary(FILES);
const { quoted } = directQuotes(library);

describe('a role noun set off before a titled name', () => {
  it('is that person later, the honorific or style no role of its own', () => {
    expect(quoted('These are wonderful players')?.speaker).toBe('Alexander Wedgwood');
    expect(quoted('We can now operate on Saturdays')?.speaker).toBe('Ruth Kellaway');
  });
});
