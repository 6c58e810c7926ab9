import { describe, expect, it } from 'vitest';
import { article, directQuotes, useLibrary } from '../helpers/tempCorpus.ts';

// Issue 18, a role for the person (round 23's article 106 of tests/quotes/news-dev/): `the coxswain
// said` stayed unattributed because `coxswain` is in no role list, and no list can hold every trade.
// A lower-case noun the article wrote as a person's role by the name (`The lifeboat's coxswain, Huw
// Meredith,`, `Lifeboat coxswain Brian Pengelly`, `Alison Clegg, the park's head keeper,`) is a role
// noun in that article: `the coxswain said` later is the one person given it; two, or none: nobody.

const FILES = {
  // 106 of news-dev, shortened: the role set off before the name.
  'lifeboat.txt': article(
    'Lifeboat crew rescue father and son from sinking yacht',
    'A father and son have been rescued from a sinking yacht off Anglesey after a lifeboat crew spent five hours at sea in a gale.',
    'The lifeboat’s coxswain, Huw Meredith, said the crew had faced waves of up to six metres and “the worst sea I’ve been out in for ten years”.',
    '“We had to bring the boat alongside three times before we could get a line across. The yacht was so low in the water that every wave was breaking right over her,” the coxswain said.',
  ),
  // The role right before the name, as British copy writes it.
  'pengelly.txt': article(
    'Cornish lifeboat saves trawler crew',
    'Lifeboat coxswain Brian Pengelly said the trawler had lost power two miles off Lizard Point.',
    '“There was a big swell running, but the crew handled it superbly,” said the coxswain.',
  ),
  // 105 of news-dev, changed: the role set off after the name.
  'lynx.txt': article(
    'Lynx on the loose after escaping from wildlife park',
    'His wife, Alison Clegg, the park’s head keeper, is leading the search with a team of eight staff.',
    '“He knows our voices. If we can get close enough, I think we can bring him home,” the keeper said.',
  ),
  // Two people given the noun: it names neither.
  'two.txt': article(
    'Two lifeboats launched',
    'Lifeboat coxswain Brian Pengelly and fellow coxswain Martin Rowe were called out at dawn.',
    '“It was a long night for everyone on board,” the coxswain said.',
  ),
  // A noun phrase set off after a preposition is no role (`In the report, …`), nor one never set by a name.
  'report.txt': article(
    'Council criticised over flooding',
    'In the report, John Whitfield, the council leader, was criticised for the delays.',
    '“The council failed to act on the warnings it was given,” the report said.',
    '“Nobody came to help us,” the ferryman said.',
  ),
};

const library = useLibrary(FILES);
const { quoted } = directQuotes(library);

describe('a role noun the article gave a person before', () => {
  it('is that person later, whichever side of the name it was written', () => {
    expect(quoted('We had to bring the boat alongside')?.speaker).toBe('Huw Meredith');
    expect(quoted('There was a big swell running')?.speaker).toBe('Brian Pengelly');
    expect(quoted('He knows our voices')?.speaker).toBe('Alison Clegg');
  });
  it('names nobody when two were given it', () => {
    expect(quoted('It was a long night')?.speaker).toBeNull();
  });
  it('is no role after a preposition, nor when no name was given it', () => {
    expect(quoted('The council failed to act')?.speaker).toBeNull();
    expect(quoted('Nobody came to help us')?.speaker).toBeNull();
  });
});
