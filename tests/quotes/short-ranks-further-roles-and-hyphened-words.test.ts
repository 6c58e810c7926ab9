import { describe, expect, it } from 'vitest';
import { article, directQuotes, speakersOf, useLibrary } from '../helpers/tempCorpus.ts';

// Descriptions left junk or cut by sample (i) of 2026-12-07 and the 30 most-quoted: a police rank
// written short (`Const.`) taken for a role, a rank written out after a role noun, a role cut where
// the person's other articles write the same post out further, a spokesperson's `for` and a firm
// after `-based` made a person, a word joined by a hyphen before a role left out, and a show's name
// cut at its capitalised `Who`. One spec per class, on the corpora's own sentences (shortened where
// marked).

const FILES = {
  // ECB+ 18_6ecb (shortened): the rank written short at the quotes, the article's role before
  'fanning.txt': article(
    'Gunman Kills Co-worker',
    'Vancouver Police spokesman Constable Tim Fanning said the suspect had been let go from TallGrass on Thursday.',
    'The other people at the office party were able to escape without injury, Const. Fanning said.',
    '"The shock was tremendous but all the other people in the business - and a dozen other people who were there for a Christmas party - managed to get out safely," Const. Fanning said.',
    '"It\'s something no business can prepare for," Const. Fanning said.',
  ),
  // ECB+ 12_11ecb: a rank written out after a role noun in lower case
  'sinha.txt': article(
    'Navy Repels Pirates',
    'Indian forces repulsed the pirates as they were about to board the merchant ship, navy spokesman Commander Nirad Sinha said.',
  ),
  // ECB+ 43_12ecbplus (shortened): a title-case role cut at its division's name after a comma …
  'su-cut.txt': article(
    'AMD Buys SeaMicro',
    '“Cloud data centers are the fastest growing segment of the server market,” said Lisa Su, Senior Vice President and General Manager, Global Business Units.',
    '“The cloud has changed the dynamics of the data center and how people think about servers.”',
    'Su said AMD will offer SeaMicro servers with AMD chips to provide continuity for existing customers.',
  ),
  // … and ECB+ 43_7ecbplus (shortened): the same post written out in another article
  'su-whole.txt': article(
    'AMD to Acquire SeaMicro',
    '"SeaMicro\'s leading-edge fabric technology together with AMD Opteron processors point the way to a compelling roadmap for the cloud data center market," said Lisa Su, senior vice president and general manager of AMD\'s Global Business Units, in a discussion with reporters.',
  ),
  // news acq/15149 (shortened): a spokesman for a firm named after `-based`
  'dominion.txt': article(
    'Burlington Rises on Takeover Talk',
    'Edelman would not comment, and a spokesman for Montreal-based Dominion called the report just "rumors."',
  ),
  // news general/17959 (shortened): a word joined by a hyphen before the role noun
  'pert.txt': article(
    'AIDS Drug Tested',
    'The U.S. National Institute of Mental Health announced that Peptide T, first identified by institute neuro-scientist Dr. Candace Pert, "potently blocks entry of the AIDS virus into cells..."',
    'Pert said that the clinical testing in the United States would involve at least a dozen AIDS patients.',
  ),
  // ECB+ 39_3ecbplus: a show's name with `Who` in a role set off after the name
  'spilsbury.txt': article(
    'Doctor Who Regeneration',
    '"We\'re getting towards the end of the incarnation cycle and everyone always remembers that bit of the overall plot," said Tom Spilsbury, editor of the official Doctor Who magazine.',
  ),
};

const library = useLibrary(FILES);
const { speaker } = speakersOf(library);
const { quoted, reported } = directQuotes(library);

describe('a police rank written short', () => {
  // `Const.` is the name's title, as `Sgt.` is: no role by itself. The quotes take the role the
  // article gave him (it was `Const.` at each, and his description).
  it('is no role; the role the article gives him is', () => {
    expect(quoted('The shock was tremendous')?.role).toBe('Vancouver Police spokesman');
    expect(speaker('Tim Fanning')!.description).toBe('Vancouver Police spokesman');
  });
});

describe('a rank written out right after a role noun in lower case', () => {
  // `Commander` is Sinha's title, not a word of the spokesman's role (it read `navy spokesman Commander`).
  it('is the name’s title', () => {
    expect(reported('Indian forces repulsed the pirates')?.role).toBe('navy spokesman');
  });
});

describe('a role that another article writes out further', () => {
  // The cut role wins by count (three statements to one); the other article says whose post it is.
  it('describes the person by the role written out', () => {
    expect(quoted('Cloud data centers')?.role).toBe('Senior Vice President and General Manager');
    expect(speaker('Lisa Su')!.description).toBe(
      "senior vice president and general manager of AMD's Global Business Units",
    );
  });
});

describe('a spokesperson for a firm named after `-based`', () => {
  // `Montreal-based` says where the firm is: Dominion is a firm that speaks through its spokesman,
  // not a person described `spokesman for Montreal-based`.
  it('speaks for the firm', () => {
    expect(quoted('rumors')?.speaker).toBe('Dominion');
    expect(quoted('rumors')?.role).toBe('spokesman');
    expect(speaker('Dominion')!.kind).toBe('organisation');
  });
});

describe('a word joined by a hyphen before a role noun', () => {
  // Cut at the hyphen it read `scientist`, losing the field and the institute before it.
  it('is part of the role', () => {
    expect(reported('Pert said that the clinical testing')?.role).toBe('institute neuro-scientist');
    expect(speaker('Candace Pert')!.description).toBe('institute neuro-scientist');
  });
});

describe('a capitalised `Who` right after a capitalised word in a role', () => {
  // Read as a relative pronoun it cut the role to `editor of the official Doctor`.
  it('is a word of a name, not a relative clause', () => {
    expect(quoted("We're getting towards the end")?.role).toBe('editor of the official Doctor Who magazine');
    expect(speaker('Tom Spilsbury')!.description).toBe('editor of the official Doctor Who magazine');
  });
});
