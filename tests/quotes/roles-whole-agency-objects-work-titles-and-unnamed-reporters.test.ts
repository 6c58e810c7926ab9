import { describe, expect, it } from 'vitest';
import { article, directQuotes, useLibrary } from '../helpers/tempCorpus.ts';

// Roles at the quote cut short or junk in the 2026-12-08(a) blind check (wt-qprec3's
// descriptions-sample-2026-12-08a.md), one spec per class, on the corpora's own sentences.

const FILES = {
  // news acq/17839
  'eppler.txt': article(
    'Crazy Eddie Bid Weighed',
    '"I have mixed feelings," said analyst Dennis Telzrow of Eppler, Geurin and Turner, a Dallas brokerage.',
  ),
  // ECB+ 12_3ecbplus
  'nambiar.txt': article(
    'Navy Foils Pirate Attack',
    'At about 9:25 Thursday morning, navy personnel aboard warship INS Sukanya spotted a group of five suspicious boats.',
    '"The pirate skiffs reversed course and tried to flee the area," Captain Manohar Nambiar, Chief Public Relations Officer, Defence, said.',
  ),
  // ECB+ 18_9ecbplus
  'craft.txt': article(
    'Gunman Kills Three In Troy',
    'Though they would not say what his relationship was with any of the victims or what led to the shootings, “it doesn’t appear it was random,” the Troy police chief, Charles Craft, said.',
    'The three-story office building houses other tenants in addition to the accounting firm, and appeared to have no formal security system, Chief Craft said.',
  ),
  // news general/18005
  'volcker.txt': article(
    'Reagan Says Volcker Will Not Serve New Term',
    'President Reagan said Paul Volcker has declined to serve another term as chairman of the Federal Reserve Board, the U.S. central bank.',
    'Volcker, first appointed to the Fed post by President Jimmy Carter in 1979, said "there is a time to leave and a time to come ... I have no feeling I was being pushed."',
  ),
  // news general/00350
  'ongpin.txt': article(
    'Philippine Planners Differ On Debt',
    "Monsod told Reuters Finance Secretary Jaime Ongpin had decided not to insist on Manila's creditor banks pledging to fund half of a projected 1988/92 financing gap of seven billion dlrs.",
    'Ongpin acknowledged there was a dispute over tactics. "Secretary Monsod and I get along famously," he said.',
  ),
  // ECB+ 1_2ecb
  'reid.txt': article(
    'Tara Reid Enters Rehab',
    'A publicist says Tara Reid has checked herself into rehab.',
    'Jack Ketsoyan said Friday that the "American Pie" star went to the Promises Treatment Center.',
  ),
  // news general/18163
  'balladur.txt': article(
    'Balladur Undecided on Future, Spokesman Says',
    "Finance Minister Edouard Balladur is undecided over his future in office after next Spring's presidential election, his spokesman said.",
    'But the spokesman said Balladur was having no second thoughts about the direction of his policies. "The Minister of State (Balladur) has one current ambition, which is to achieve his mission of national economic recovery," he said.',
  ),
};

const library = useLibrary(FILES);
const { inFile, quoted } = directQuotes(library);

describe('roles at the quote are whole', () => {
  // `Eppler, Geurin and Turner` is one firm, named for its partners: its kind set off after it
  // (`, a Dallas brokerage`) ends the name, which is the analyst's employer, not a name cut at a comma.
  it('keep a partners’ firm after `of` whole', () => {
    expect(quoted('I have mixed')).toMatchObject({
      speaker: 'Dennis Telzrow',
      role: 'analyst, Eppler, Geurin and Turner',
    });
  });

  // `…, Chief Public Relations Officer, Defence, said`: the ministry set off after the post, before the
  // speech verb, is whose the post is (as `…, HP Services.` ending the sentence is).
  it('keep a ministry set off after the post', () => {
    expect(quoted('The pirate skiffs')).toMatchObject({
      speaker: 'Manohar Nambiar',
      role: 'Chief Public Relations Officer, Defence',
    });
  });

  // `the Troy police chief, Charles Craft,`: a name after `the` before a role's words in lower case
  // is the town the post is of, no other person; the role set off before the name is his at the quote.
  it('take a role set off before the name with a town in it', () => {
    expect(quoted('it doesn’t appear')).toMatchObject({ speaker: 'Charles Craft', role: 'Troy police chief' });
  });
});

describe('roles at the quote are no junk', () => {
  // `Volcker, first appointed to the Fed post by …, said`: a participle's clause says what befell him,
  // no role (`first` was shown); the story gives him none at a mention.
  it('take no participle clause for a role', () => {
    expect(quoted('there is a time to leave')).toMatchObject({ speaker: 'Paul Volcker', role: null });
  });

  // `Monsod told Reuters Finance Secretary Jaime Ongpin had decided …`: the agency is the object of
  // `told`, no part of Ongpin's title.
  it('take no news agency told something into a title', () => {
    expect(quoted('Secretary Monsod and I')).toMatchObject({ speaker: 'Jaime Ongpin', role: 'Finance Secretary' });
  });
});

describe('speakers are who said the words', () => {
  // `the "American Pie" star`: a work's name in quote marks inside a noun phrase is a title, no
  // quote of the publicist's.
  it('take no work’s name for a quote', () => {
    expect(inFile('reid.txt', 'American Pie')).toBeUndefined();
  });

  // `But the spokesman said Balladur was …. "…," he said.`: the unnamed spokesman whose verb reports
  // the clause naming Balladur still has the floor; `he` is the spokesman, nobody the story names.
  it('give a pronoun after an unnamed reporter no name reported about', () => {
    expect(quoted('The Minister of State')).toMatchObject({ speaker: null });
  });
});
