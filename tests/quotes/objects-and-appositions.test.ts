import { describe, expect, it } from 'vitest';
import { article, directQuotes, useLibrary } from '../helpers/tempCorpus.ts';

// The classes missed on held-out articles 27-29 of tests/quotes/news-dev/, each on sentences written
// for this file (not those articles'): words quoted after a verb with an object, a name in apposition
// after the quote, a role after the quote whose party the person was given, and organisations that
// open their sentence before an apposition or a clause. The rules are general: none names a person,
// a word of a quote or an article.

const FILES = {
  'bypass.txt': article(
    'Council throws out Thornby bypass',
    'Councillors have voted against a bypass around the village of Thornby after a six-hour meeting.',
    'Opposition leader Mark Denby accused the planners of "arrogance".',
    'A neighbour, who asked not to be named, described the scheme as "vandalism".',
    'Critics described the road as "a white elephant".',
    '"We are pleased that common sense has prevailed. The village has been heard," the parish council\'s chairman, Tom Avery, said.',
    'Mr Denby also criticised the county for its "build first, ask later" policy.',
  ),
  'schools.txt': article(
    'Tories attack school funding formula',
    "Helen Brook, the Conservatives' education spokeswoman, said the new formula would leave rural schools worse off.",
    '"Village schools are being asked to do more with less every year. Parents can see it and so can the teachers," the Tory MP said.',
  ),
  'ferry.txt': article(
    'Island ferry crews walk out',
    'Ferry services to the islands were cancelled on Friday as crews went on strike over rosters.',
    'The ferry operator, Western Isles Link, said it had made "a generous offer" and accused the union of "putting islanders last".',
    'The Society of Antiquaries, which owns the harbour wall, said in a statement that the damage was "a great loss to all of us".',
    'The Environment Agency said in a statement that the harbour was "recovering well".',
    'The Treasury said the so-called "golden rule" had been met.',
    'The strike was backed by crews, director-general of the regional transport institute, Anselmo Ruiz Torres, said.',
  ),
};

const library = useLibrary(FILES);
const { quoted } = directQuotes(library);

describe('words quoted after a verb with an object', () => {
  // `accused X of "…"` frames the subject's words as `called X "…"` does; `described X as "…"` by
  // one unnamed person is a quote with no speaker, while a label many attach (`Critics described`)
  // stays a scare quote; a term inside a noun phrase (`for its "…" policy`) is not the subject's.
  it('are the subject’s words, or an unnamed person’s, and a term inside a noun phrase nobody’s', () => {
    expect(quoted('arrogance')?.speaker).toBe('Mark Denby');
    expect(quoted('vandalism')).toBeDefined();
    expect(quoted('vandalism')?.speaker).toBeNull();
    expect(quoted('a white elephant')).toBeUndefined();
    expect(quoted('build first')?.speaker).toBeNull();
  });
});

describe('a name in apposition after the quote', () => {
  // `…," the parish council's chairman, Tom Avery, said`: the name set off by commas after a role.
  it('is the speaker, with that role', () => {
    const q = quoted('We are pleased that common sense');
    expect(q?.speaker).toBe('Tom Avery');
    expect(q?.role).toBe("parish council's chairman");
  });
});

describe('a role after the quote that names a party', () => {
  // Nobody was seen as an MP, and the one person named before was given the Conservatives, of which
  // `Tory` is another name.
  it('is the person named before who was given that party', () => {
    expect(quoted('Village schools are being asked')?.speaker).toBe('Helen Brook');
  });
});

describe('organisations opening their sentence', () => {
  // `The ferry operator, Western Isles Link, said`: a name set off after a noun for a kind of
  // organisation is that organisation (its second partial quote of the sentence too); `The Society of
  // Antiquaries, which …, said`: a society is an organisation, not a person called Society.
  it('before an apposition or a clause, speak', () => {
    expect(quoted('a generous offer')?.speaker).toBe('Western Isles Link');
    expect(quoted('putting islanders last')?.speaker).toBe('Western Isles Link');
    expect(quoted('a great loss to all of us')?.speaker).toBe('Society of Antiquaries');
  });

  // An organisation's few words that end the clause its speech verb opens are words it used; a term
  // after `so-called` is not.
  it('are quoted in a few words that end the clause, and not for a term', () => {
    expect(quoted('recovering well')?.speaker).toBe('Environment Agency');
    expect(quoted('golden rule')).toBeUndefined();
  });

  // The organisation after `of` is the person's employer: the name set off after it is a person's.
  it('are no speaker when they are somebody’s employer after a preposition', () => {
    const names = library()
      .quotes.speakers()
      .map((s) => [s.name, s.kind]);
    expect(names).toContainEqual(['Anselmo Ruiz Torres', 'person']);
  });
});
