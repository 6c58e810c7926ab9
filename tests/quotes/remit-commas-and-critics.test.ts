import { describe, expect, it } from 'vitest';
import { article, directQuotes, useLibrary } from '../helpers/tempCorpus.ts';

// The classes missed on held-out articles 81-86 of tests/quotes/news-dev/ (scored once before these
// rules), each on sentences written for this file (not those articles'): a spokesperson for a body
// whose name has a comma in its list of remits, and `the critic` for a person introduced as
// `Music critic X`. The rules are general: none names a person, a word of a quote or an article.

const FILES = {
  'badgers.txt': article(
    'Farmers call for badger cull',
    'Cattle farmers in Gloucestershire have called for a cull of badgers to stop the spread of bovine TB.',
    'A spokesman for the Department for Environment, Food and Rural Affairs said a decision would be made "in the new year".',
    'The Department for Culture, Media and Sport said: "This is a matter for the county council."',
  ),
  'shops.txt': article(
    'Retailers report quiet Christmas',
    'High street shops have reported their weakest Christmas trading for a decade.',
    'In Manchester, Marks and Spencer said sales had been "disappointing".',
    'Speaking at the Bank of England, Smith and Nephew said the figures were "no surprise".',
  ),
  'opera.txt': article(
    'New opera divides audiences',
    'A new opera about the miners’ strike has opened in Sheffield to mixed reviews.',
    'Theatre critic Helen Ashby, who saw the first night, said the second act dragged.',
    '“The singing is superb. The story never quite catches fire,” the critic wrote in The Stage.',
  ),
};

const library = useLibrary(FILES);
const { quoted } = directQuotes(library);

// `A spokeswoman for the Department for Environment, Food and Rural Affairs said ministers were "…"`
// (81-86) was given to `Food and Rural Affairs`: the comma of a body's remits cut its name.
describe('a spokesperson for a body with a comma in its list of remits', () => {
  it('names the whole body, after `a spokesman for` or opening the sentence', () => {
    expect(quoted('in the new year')?.speaker).toBe('Department for Environment, Food and Rural Affairs');
    expect(quoted('This is a matter for')?.speaker).toBe('Department for Culture, Media and Sport');
  });
  // A comma after a setting phrase is no part of the name: the part before it has no `for`/`of`
  // (`In Manchester,`), or the whole would open nothing (`Speaking at the Bank of England,`).
  it('keeps a setting phrase out of the name', () => {
    expect(quoted('disappointing')?.speaker).toBe('Marks and Spencer');
    expect(quoted('no surprise')?.speaker).toBe('Smith and Nephew');
  });
});

// `Music critic Jonathan Pell, who …, said …` then `"…," the critic wrote` (81-86) was unattributed:
// `critic` was no role noun before a name, so `the critic` pointed at nobody.
describe('`the critic` for a person introduced with the role before the name', () => {
  it('gives the critic’s words to the person the role introduced', () => {
    expect(quoted('The singing is superb')?.speaker).toBe('Helen Ashby');
  });
});
