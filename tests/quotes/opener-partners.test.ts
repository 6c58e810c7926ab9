import { describe, expect, it } from 'vitest';
import { article, directQuotes, useLibrary } from '../helpers/tempCorpus.ts';

// The one wrong speaker of the 2026-12-07 held-out check's news sample that a rule can tell
// (`tests/quotes/reuters-sample-2026-12-07.md`, news #5): in `In his talks with X, he said, …`
// the possessor of `his` is the clause's `he`, so X, the one he talked with, is not who `he` is.

const FILES = {
  // general/19516 of the news corpus, shortened: Weinberger's words, given to Kurihara before.
  'talks.txt': article(
    'Japan to Help U.S. on Anti-Submarine Defences',
    'Japan has agreed to help the United States strengthen anti-submarine defences, U.S. Defence Secretary Caspar Weinberger said.',
    'Weinberger gave no details of the anti-submarine program.',
    "In his talks with Japanese Defence Minister Yuko Kurihara, he said, he made a pitch for American companies seeking to build Japan's new fighter aircraft for the 1990's.",
    '"I assured Minister Kurihara that I support his plans to increase Japanese air defence capabilites and that I believe American aircraft can do this," he said.',
  ),
  // The guard: a name after the opening phrase's comma is the clause's subject, the possessor
  // itself, and `he` is that person's as before.
  'subject.txt': article(
    'Japan to Help U.S. on Anti-Submarine Defences',
    'Weinberger gave no details of the anti-submarine program.',
    'In his speech to parliament, Japanese Defence Minister Yuko Kurihara said he would study the offer.',
    '"We will decide by the summer," he said.',
  ),
};

describe('`In his talks with X, he said, …`', () => {
  const library = useLibrary(FILES);
  const { quoted } = directQuotes(library);
  it('does not read `he` as the person the possessive phrase names, nor the next `he`', () => {
    expect(quoted('I assured Minister Kurihara')?.speaker).toBe('Caspar Weinberger');
  });
  it('leaves `he` to a name after the opening phrase, the possessor itself', () => {
    expect(quoted('We will decide by the summer')?.speaker).toBe('Yuko Kurihara');
  });
});
