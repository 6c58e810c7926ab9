import { describe, expect, it } from 'vitest';
import { PUBLIC_FEMALE_NAMES, PUBLIC_MALE_NAMES } from '../../src/quotes/givenNames.ts';
import { givenNameGender } from '../../src/quotes/names.ts';
import { article, directQuotes, useLibrary } from '../helpers/tempCorpus.ts';

// Given names with a gender come from public lists (tests/quotes/given-names.ts derives
// src/quotes/givenNames.ts) plus the hand lists of src/quotes/lexicon.ts. Issue 18's quote rounds
// met British names the hand lists lacked (`Philippa`, `Rupert`, `Niamh`): a `she said` went to the
// man named last, or to nobody.

const words = (list: string): Set<string> => new Set(list.trim().split(/\s+/));
const male = words(PUBLIC_MALE_NAMES);
const female = words(PUBLIC_FEMALE_NAMES);

describe('given names with a gender', () => {
  it('the public lists give British names the hand lists lacked', () => {
    for (const name of ['Caroline', 'Annabel', 'Philippa', 'Miriam', 'Sheila']) expect(givenNameGender(name)).toBe('f');
    for (const name of ['Craig', 'Rupert']) expect(givenNameGender(name)).toBe('m');
  });

  it('the hand lists add what the public lists miss', () => {
    expect(female.has('niamh')).toBe(false);
    expect(givenNameGender('Niamh')).toBe('f');
    expect(male.has('bilawal')).toBe(false);
    expect(givenNameGender('Bilawal')).toBe('m');
  });

  it('common words, dates and names in both lists are left out of the derived table', () => {
    // `will`, `hope`, `rose`, `mark`: written lower case more often than not in the news corpus;
    // `may`, `june`: months; `bill`, `grace`: in both public lists.
    for (const word of ['will', 'hope', 'rose', 'mark', 'may', 'june', 'bill', 'grace'])
      expect(male.has(word) || female.has(word)).toBe(false);
    for (const word of ['Will', 'Hope', 'Rose', 'May', 'June']) expect(givenNameGender(word)).toBeNull();
  });

  it('the hand lists take back the common words that are given names in the news (`Mark`, `Bill`, `Grace`)', () => {
    expect(givenNameGender('Mark')).toBe('m');
    expect(givenNameGender('Bill')).toBe('m');
    expect(givenNameGender('Grace')).toBe('f');
  });

  it('a place’s word, a surname and a name the news corpus uses for the other gender tell nothing', () => {
    // `West Germany`; `Roger Smith`, `Smith Barney`; `Beryl Sprinkel … he said`.
    expect(givenNameGender('West')).toBeNull();
    expect(givenNameGender('Smith')).toBeNull();
    expect(givenNameGender('Beryl')).toBeNull();
  });

  it('no name is in both derived lists', () => {
    expect([...male].filter((n) => female.has(n))).toEqual([]);
  });
});

const FILES = {
  'bakery.txt': article(
    'Bakery to reopen',
    'Philippa Wren, who runs the bakery, met Rupert Baxter, the landlord, on Monday.',
    '"We will reopen in the spring and we are grateful to our customers," she said.',
  ),
  'library.txt': article(
    'Library hours cut',
    'Councillor Rupert Hale opened the meeting before Niamh Kelly, the head librarian, spoke.',
    '"Cutting the hours will hurt children most," he said.',
  ),
  'copper.txt': article(
    'Copper miner eyes deal',
    'Phelps Dodge Corp chairman G. Robert Durham said the company is prepared to make another acquisition.',
    '"We want a good basic industrial company," Durham said.',
  ),
};

const library = useLibrary(FILES);
const { quoted } = directQuotes(library);

describe('`he said` / `she said` between two people of British names', () => {
  it('`she said` goes to the woman named first, not the man named last', () => {
    expect(quoted('We will reopen in the spring')?.speaker).toBe('Philippa Wren');
  });

  it('`he said` goes to the man named first, not the woman named last', () => {
    expect(quoted('Cutting the hours')?.speaker).toBe('Rupert Hale');
  });
});

describe('an initial before a given name', () => {
  it("stays the name's first word: `chairman G. Robert Durham` is G. Robert Durham, not Robert Durham", () => {
    expect(quoted('We want a good basic industrial company')?.speaker).toBe('G. Robert Durham');
  });
});
