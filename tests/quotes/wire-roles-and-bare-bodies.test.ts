import { describe, expect, it } from 'vitest';
import { article, directQuotes, useLibrary } from '../helpers/tempCorpus.ts';

// The faults of the held-out sample tests/quotes/reuters-sample-2026-12-06e.md (issue 18's
// thirteenth round), one spec a class, on sentences of the news corpus and sentences written for
// this file. The rules are general: none names an organisation, a person or a story.

const FILES = {
  // alum/19540 and general/05622 of the news corpus; a third written here.
  'venture.txt': article(
    'Victoria in talks on China smelter',
    '"A joint venture opens up the potential for penetrating markets that would not otherwise be possible (for China)," Victoria state treasurer Rob Jolly said.',
  ),
  'index.txt': article(
    'CME to trade world index futures',
    '"The EAFE is the only instrument by which world markets are measured," CME special counsel Leo Melamed said at a news conference announcing the agreement.',
  ),
  'plant.txt': article(
    'Car parts plant to close',
    '"They found out this morning from a notice pinned up in the canteen," TGWU regional officer Tony Bishop said.',
    '"It is far too early to say what the market will do," Lucky Stores chairman John Lillie said.',
    'The market reacted to the "Big Bang," Frankfurt stock exchange president Michael Hauck said.',
  ),
};

describe('a role and a full name after the quote, a body or a place before the role', () => {
  const library = useLibrary(FILES);
  const { quoted } = directQuotes(library);
  it('is that person, with the whole phrase as the role', () => {
    expect(quoted('A joint venture opens up')?.speaker).toBe('Rob Jolly');
    expect(quoted('A joint venture opens up')?.role).toBe('Victoria state treasurer');
    expect(quoted('The EAFE is the only')?.speaker).toBe('Leo Melamed');
    expect(quoted('The EAFE is the only')?.role).toBe('CME special counsel');
    expect(quoted('They found out this morning')?.speaker).toBe('Tony Bishop');
    expect(quoted('They found out this morning')?.role).toBe('TGWU regional officer');
    // The shape taken before this round still is.
    expect(quoted('It is far too early')?.speaker).toBe('John Lillie');
  });
  it("gives no speaker to a name in quotes after `the`, its comma the sentence's", () => {
    expect(quoted('Big Bang')?.speaker ?? null).toBeNull();
  });
});
