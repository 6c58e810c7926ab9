import { describe, expect, it } from 'vitest';
import { article, directQuotes, useLibrary } from '../helpers/tempCorpus.ts';

// The classes missed on held-out articles 36-38 of tests/quotes/news-dev/, each on sentences written
// for this file (not those articles'): police ranks before a name, an organisation named after a
// noun for its kind, an organisation referred back to by its head noun, and a councillor given a
// ward after the quote. The rules are general: none names a person, a word of a quote or an article.

const FILES = {
  'arson.txt': article(
    'Police hunt arsonist after barn fires',
    'Three barns near Hexham have been set alight in a fortnight.',
    'Det Supt Alan Rigby, of Northumbria Police, said the fires were being treated as linked.',
    '"Somebody is doing this deliberately and sooner or later a person will be hurt," he said.',
    'Det Supt Rigby asked farmers to check their security.',
    '"Lock your gates at night and report anything unusual," he added.',
    'Ch Insp Joanne Pryce said extra patrols would run through the summer.',
    '"We will be visible in every village on the route," Ch Insp Pryce said.',
  ),
  'ferries.txt': article(
    'Ferry fares to rise by a fifth',
    'Fares on the Solent crossing will rise by 20% in April.',
    'The pressure group Islanders First called the rise "a tax on living here".',
    'The lobby group Coastwatch described the decision as "a betrayal of the island".',
  ),
  'library.txt': article(
    'Village libraries face closure',
    'Eleven libraries in Dorset could close under plans to save £2m.',
    'The Chartered Institute of Library Professionals said the plans would hit elderly readers hardest.',
    'Readers have started a petition which has more than 3,000 names.',
    '"Libraries are often the only warm, free place older people can go," a spokesman for the institute said.',
  ),
  'wards.txt': article(
    'Town hall rejects car park sale',
    'Councillors have voted against selling the Bridge Street car park to a developer.',
    'Council leader Peter Vance said: "We need the money for the new leisure centre."',
    'Liberal Democrat councillor Ruth Oakley accused him of "selling the family silver".',
    '"Traders on Bridge Street depend on that car park and the council was about to sell it for a song," the councillor for Abbey Ward said.',
    '"It would have been the end of the market."',
  ),
};

const library = useLibrary(FILES);
const { quoted } = directQuotes(library);

describe('a police rank before a name', () => {
  // `Det Supt`, `Ch Insp` are titles as `Det` and `Inspector` are: the name is the words after them,
  // and the rank with a surname alone (`Det Supt Rigby`) is the same officer.
  it('is the officer’s title, not part of the name', () => {
    expect(quoted('Somebody is doing this')?.speaker).toBe('Alan Rigby');
    expect(quoted('Lock your gates')?.speaker).toBe('Alan Rigby');
    expect(quoted('We will be visible')?.speaker).toBe('Joanne Pryce');
  });
});

describe('an organisation named after a noun for its kind', () => {
  // `The pressure group Islanders First called …`: the name after the kind noun is the organisation.
  it('is the speaker of the words quoted after its verb', () => {
    expect(quoted('a tax on living here')?.speaker).toBe('Islanders First');
    expect(quoted('a betrayal of the island')?.speaker).toBe('Coastwatch');
  });
});

describe('a spokesman for an organisation referred to by its head noun', () => {
  // `a spokesman for the institute` after `The Chartered Institute of … said` two paragraphs back:
  // the one organisation of the article whose name holds that noun.
  it('speaks for that organisation', () => {
    expect(quoted('Libraries are often')?.speaker).toBe('Chartered Institute of Library Professionals');
  });
});

describe('a councillor given a ward after the quote', () => {
  // `the councillor for Abbey Ward said` when the one councillor named just before was given no ward:
  // that councillor, and the bare paragraph after carries on from them (she has held the floor for
  // two paragraphs, so the leader's quote before is no turn of a dialogue).
  it('is the councillor named just before', () => {
    expect(quoted('selling the family silver')?.speaker).toBe('Ruth Oakley');
    expect(quoted('Traders on Bridge Street')?.speaker).toBe('Ruth Oakley');
    expect(quoted('Traders on Bridge Street')?.role).toBe('councillor for Abbey Ward');
    expect(quoted('It would have been the end')?.speaker).toBe('Ruth Oakley');
  });
});
