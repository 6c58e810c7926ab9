import { describe, expect, it } from 'vitest';
import { article, directQuotes, useLibrary } from '../helpers/tempCorpus.ts';

// Held-out article 96 of tests/quotes/news-dev/ (round 21) crashed the quote pass, and with it the
// whole library build: `Mr X said` in a document that also names X's son is a doubtful name (either
// of them), which the pronoun pass keeps as a candidate standing for nobody; a possessive `His` in
// the next sentence (`His son, …`) then tried to teach that nobody a gender. Sentences written for
// this file, of the same shape.

const FILES = {
  'river.txt': article(
    'Angling club counts the cost of a fish kill',
    'The secretary of Tenbury Angling Club, Roy Whitcombe, said it would take years for the river to recover.',
    '"I have never seen anything like it," Mr Whitcombe said.',
    'His son, Luke Whitcombe, 19, who helped clear the bank, said the smell was "unbearable".',
    '"Dad could not speak for an hour," he said.',
  ),
};

const library = useLibrary(FILES);
const { quoted } = directQuotes(library);

describe('a possessive pronoun after a doubtful name', () => {
  it('builds the library and attributes the son his own words', () => {
    expect(quoted('unbearable')?.speaker).toBe('Luke Whitcombe');
    expect(quoted('Dad could not speak')?.speaker).toBe('Luke Whitcombe');
  });
});
