import { describe, expect, it } from 'vitest';
import { article, useLibrary } from '../helpers/tempCorpus.ts';

// Issue 18's lookups on the news corpus, where nobody quoted is a prince, a lord, a baroness or a
// Mrs: a title in the query still says who is asked for. Sentences from the news corpus
// (shortened; the Howard, Haughey and Nichols quotes made up on the corpus's patterns).

const FILES = {
  'mager.txt': article(
    'Defense Stocks',
    '"It\'s a case of companies paying for things that in a different environment the Defense Department would have paid for," said Howard Mager of Donaldson Lufkin Jenrette Securities Corp.',
  ),
  'howard.txt': article(
    'UK Takeover Rules',
    '"We will look at the rules again," corporate affairs minister Michael Howard said.',
  ),
  'haughey.txt': article('Irish Budget', '"The budget will be tough," Prime Minister Charles Haughey said.'),
  'nichols.txt': article(
    'TransCanada Results',
    '"We expect a better year," TransCanada chief financial officer Neil Nichols said.',
  ),
  'berman.txt': article(
    'Sugar Definition',
    'Rep. Howard Berman, D-Calif., would like to see the definition extended to include sugar cane.',
    'Its first chairman was Joseph Kennedy, an industrial magnate who was also the father of John Kennedy.',
    'Sugar cane is "a breeding ground for one of the scandals of the nation," Gene Smith, a spokesman for Berman, said.',
  ),
};

const library = useLibrary(FILES);
const lookup = (query: string) => library().quotes.lookup(query);
const names = (query: string) => lookup(query).speakers.map((s) => s.name);

describe('a title in the query that no speaker was seen with', () => {
  // An honorific's word is a surname: `Howard` is Howard Mager's first name, and `Mrs` no man's.
  it('after an honorific, keeps only speakers of that surname', () => {
    expect(names('Mrs Howard')).toEqual([]);
    expect(names('Mr Howard')).toEqual(['Michael Howard']);
  });
  // A peer or a royal goes by the title: no Charles quoted is the prince, no Nichols is Lord Nicholls.
  it("after a peer's or a royal's title, keeps nobody", () => {
    expect(names('Prince Charles')).toEqual([]);
    expect(names('Lord Nicholls')).toEqual([]);
    expect(names('Charles')).toEqual(['Charles Haughey']);
  });
  // Nor is someone merely mentioned offered by a first name or across a gender.
  it('names no one mentioned by a first name or of the other gender', () => {
    expect(lookup('Mrs Howard').mentioned).toBeNull();
    expect(lookup('Baroness Kennedy').mentioned).toBeNull();
    expect(lookup('Berman').mentioned).toEqual({ name: 'Howard Berman', articles: 1 });
    expect(lookup('Mr Kennedy').mentioned).toEqual({ name: 'Joseph Kennedy', articles: 1 });
  });
});
