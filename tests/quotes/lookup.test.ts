import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLibrary, type Library } from '../../src/library.ts';
import { useLibrary } from '../helpers/tempCorpus.ts';
import { damerauLevenshtein, Match, matchSpeaker, nameWords, queryWords } from '../../src/quotes/lookup.ts';

let library: Library;
beforeAll(async () => {
  library = await loadLibrary(join(import.meta.dirname, '../../seeds'));
});

describe('quote SPEAKER', () => {
  it.each([
    'bruce',
    'Bruce',
    'Tammy Bruce',
    'TAMMY',
    'tammy bruce',
    'Bruse',
    'Tamy',
    'spokesperson Bruce',
    'Ms Bruce',
    'bru',
  ])('finds Tammy Bruce by %j', (query) => {
    const result = library.quotes.lookup(query);
    expect(result.query).toBe(query);
    expect(result.speakers.map((s) => s.name)).toEqual(['Tammy Bruce']);
    expect(result.speakers[0]!.description).toBe('State Department spokesperson');
  });

  it('returns direct quotes first in corpus order, then reported statements', () => {
    const { quotes } = library.quotes.lookup('Bruce');
    expect(quotes.map((q) => q.kind)).toEqual([
      'direct',
      'direct',
      'direct',
      'reported',
      'reported',
      'reported',
      'reported',
      'reported',
    ]);
    const direct = quotes.filter((q) => q.kind === 'direct');
    expect(direct.map((q) => q.paragraph)).toEqual([3, 11, 14]);
    expect(quotes.filter((q) => q.kind === 'reported').map((q) => q.paragraph)).toEqual([3, 3, 5, 10, 10]);
    for (const q of quotes) {
      expect(q.speaker).toBe('Tammy Bruce');
      expect(q.title).toBe('US hopes Trump can help resolve Kashmir dispute, State Department says');
      expect(q.sentence).toBeGreaterThan(0);
    }
  });

  it.each(['Trump', 'donald', 'President Trump', 'President Donald Trump', 'Trumpp'])(
    'finds Donald Trump by %j',
    (query) => {
      const result = library.quotes.lookup(query);
      expect(result.speakers.map((s) => s.name)).toEqual(['Donald Trump']);
      expect(result.quotes).toHaveLength(1);
      expect(result.quotes[0]!.text).toContain('thousand years');
    },
  );

  it('answers an unknown name with nobody and the closest speakers within a cut-off (an answer, not an error)', () => {
    const hooker = library.quotes.lookup('Hooker');
    expect([hooker.speakers, hooker.quotes, hooker.others]).toEqual([[], [], []]);
    // Named in the article, never quoted: no far-fetched suggestions, the name itself instead.
    expect(hooker.suggestions).toEqual([]);
    expect(hooker.mentioned).toEqual({ name: 'Allison Hooker', articles: 1 });
    expect(library.quotes.lookup('Brace Tammie Smith').suggestions[0]).toBe('Tammy Bruce');
    expect(library.quotes.lookup('xyz').speakers).toEqual([]);
    expect(library.quotes.lookup('   ').speakers).toEqual([]);
    // Found: no suggestions.
    expect(library.quotes.lookup('Bruce').suggestions).toEqual([]);
  });

  it('lists speakers by number of quotes, for autocomplete and --list', () => {
    expect(library.quotes.speakers().map((s) => [s.name, s.quotes])).toEqual([
      ['Tammy Bruce', 3],
      ['Donald Trump', 1],
    ]);
  });
});

describe('matching words', () => {
  it('measures Damerau-Levenshtein distance with transpositions', () => {
    expect(damerauLevenshtein('bruce', 'bruce')).toBe(0);
    expect(damerauLevenshtein('bruse', 'bruce')).toBe(1);
    expect(damerauLevenshtein('burce', 'bruce')).toBe(1);
    expect(damerauLevenshtein('bruce', 'brce')).toBe(1);
    expect(damerauLevenshtein('', 'abc')).toBe(3);
    expect(damerauLevenshtein('kitten', 'sitting')).toBe(3);
  });

  it('allows one typo in short words, two in long ones, none in very short ones', () => {
    const words = nameWords(['Tammy Bruce', 'Jean-Pierre Raffarin']);
    expect(matchSpeaker(queryWords('bruce'), words)).toBe(Match.Exact);
    expect(matchSpeaker(queryWords('Bruse'), words)).toBe(Match.Typo);
    expect(matchSpeaker(queryWords('Brusw'), words)).toBe(Match.None);
    expect(matchSpeaker(queryWords('Rafarinn'), words)).toBe(Match.Typo);
    expect(matchSpeaker(queryWords('pierre'), words)).toBe(Match.Exact);
    expect(matchSpeaker(queryWords('raff'), words)).toBe(Match.Prefix);
    expect(matchSpeaker(queryWords('ab'), words)).toBe(Match.None);
    expect(matchSpeaker(queryWords('tammy smith'), words)).toBe(Match.None);
  });

  it('ignores case, accents and titles in the query', () => {
    expect(queryWords('President  TRUMP')).toEqual(['trump']);
    expect(queryWords('Ségolène Royal')).toEqual(['segolene', 'royal']);
    expect(queryWords('president')).toEqual(['president']);
  });
});

describe('quote SPEAKER among people who share names', () => {
  // Two Howards by surname (Michael and Sandra, told apart by Mr and Mrs) and one by first name.
  const FILES = {
    'tories.txt': [
      'Howard rallies activists',
      '',
      'Conservative leader Michael Howard spoke in Folkestone.',
      '"The election is there to be won," Mr Howard said.',
      '"We will cut taxes," Mr Howard added.',
      'His wife Sandra Howard joined him on the platform.',
      '"I believe in what he is doing," Mrs Howard said.',
    ].join('\n'),
    'radio.txt': [
      'Stern signs deal',
      '',
      'Radio host Howard Stern signed a new contract.',
      '"Satellite is the future," Stern said.',
    ].join('\n'),
  };
  const people = useLibrary(FILES);

  it('ranks a whole name first and lists the others it matched, less well', () => {
    const found = people().quotes.lookup('Michael Howard');
    expect(found.speakers.map((s) => s.name)).toEqual(['Michael Howard']);
    expect(found.quotes.every((q) => q.speaker === 'Michael Howard')).toBe(true);
  });

  it('ranks surnames over first names, groups the quotes by person and says who else matched', () => {
    const found = people().quotes.lookup('howard');
    expect(found.speakers.map((s) => s.name)).toEqual(['Michael Howard', 'Sandra Howard']);
    expect(found.quotes.map((q) => q.speaker)).toEqual(['Michael Howard', 'Michael Howard', 'Sandra Howard']);
    expect(found.others.map((s) => s.name)).toEqual(['Howard Stern']);
  });

  it('narrows by a title in the query: Mrs Howard is Sandra, Mr Howard is Michael', () => {
    expect(
      people()
        .quotes.lookup('Mrs Howard')
        .speakers.map((s) => s.name),
    ).toEqual(['Sandra Howard']);
    expect(
      people()
        .quotes.lookup('Mr Howard')
        .speakers.map((s) => s.name),
    ).toEqual(['Michael Howard']);
  });
});

describe('quote SPEAKER by a typo that two name parts are as near to', () => {
  // The news corpus's case (issue 18's `Wegner`): one edit from the surname Wagner and from the first
  // name Werner. As with whole words, the surname ranks first; the first name is listed as matched less well.
  const FILES = {
    'bonn.txt': [
      'German rates',
      '',
      'Gerhard Wagner, economist at a Frankfurt bank, expects no cut.',
      '"The Bundesbank will wait," Wagner said.',
      'Werner Rein, an analyst in Duesseldorf, disagreed.',
      '"A cut is coming," Rein said.',
    ].join('\n'),
  };
  const people = useLibrary(FILES);

  it('`Wegner`: Gerhard Wagner (a surname one edit off), then Werner Rein (a first name one edit off)', () => {
    const found = people().quotes.lookup('Wegner');
    expect(found.speakers.map((s) => s.name)).toEqual(['Gerhard Wagner']);
    expect(found.others.map((s) => s.name)).toEqual(['Werner Rein']);
  });
});
