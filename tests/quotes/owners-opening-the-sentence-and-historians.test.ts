import { describe, expect, it } from 'vitest';
import { article, directQuotes, useLibrary } from '../helpers/tempCorpus.ts';

// Roles round 24 (articles 113 and 116 of tests/quotes/news-dev/) left short, on their sentences:
// a club's or a field's word opening the sentence before a lower-case role (`Sale director of rugby
// Colin Ferris`, `Art historian Prof Geoffrey Dunnett`) is a common word too (`sale`, `art`), so the
// pass read it as the sentence's capital and left it out of the role. The article writes the same
// word capitalised inside a sentence (`Sale's hopes`, `Works of Art`): there it is a name, and goes
// with the role. `historian` was a role noun no list held.

const FILES = {
  // 113 of news-dev, shortened.
  'sale.txt': article(
    "Sale's Brocklehurst out of Six Nations with knee injury",
    'Sale director of rugby Colin Ferris said the club would not rush him back.',
    '"Jamie\'s had a great season, and it\'s cruel for him," said Ferris.',
    "Ferris conceded that losing Brocklehurst was a blow to Sale's hopes of finishing in the top two.",
  ),
  // 116 of news-dev, shortened.
  'turner.txt': article(
    'Export bar to keep Turner watercolour in Britain',
    'The decision follows a recommendation by the Reviewing Committee on the Export of Works of Art.',
    'Art historian Prof Geoffrey Dunnett, of the University of York, said the Lucerne pictures were "the summit of his work in watercolour".',
  ),
  // The same role after a word the article never writes capitalised inside a sentence.
  'club.txt': article(
    'Flanker banned',
    'Club director of rugby Martin Haworth said: "We will not appeal against the ban."',
  ),
};

const library = useLibrary(FILES);
const { quoted } = directQuotes(library);

describe('a word opening the sentence before a lower-case role', () => {
  it('goes with the role when the article writes it capitalised inside a sentence', () => {
    expect(quoted("Jamie's had a great season")?.speaker).toBe('Colin Ferris');
    expect(quoted("Jamie's had a great season")?.role).toBe('Sale director of rugby');
    expect(quoted('the summit of his work')?.speaker).toBe('Geoffrey Dunnett');
    expect(quoted('the summit of his work')?.role).toBe('Art historian');
  });
  it('stays the sentence capital when the article never does', () => {
    expect(quoted('We will not appeal')?.speaker).toBe('Martin Haworth');
    expect(quoted('We will not appeal')?.role).toBe('director of rugby');
  });
});
