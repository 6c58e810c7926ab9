import { describe, expect, it } from 'vitest';
import { article, directQuotes, useLibrary } from '../helpers/tempCorpus.ts';

// Issue 18, `no wrong speaker` (round qwrong): a firm the story first names in full and then by its
// first word alone (`Fellwind Energy wanted …`, then `Fellwind said in a statement`) is one body,
// named as the story first names it; the short name was filed as a speaker of its own (news-dev 50,
// 145). Wire copy often names a parent and its unit by the same first word (`Transco Exploration
// Partners Ltd`, `Transco Energy Co`): there the lone word is no one firm, and keeps its name. A word
// that only ends another's name (`J.P. Morgan and Co Inc`) is not where the story first writes it.

const FILES = {
  // news-dev 50 (shortened): the firm named in full as a subject
  'wind.txt': article(
    'Councillors throw out fell wind farm',
    'Fellwind Energy wanted to put up the 100-metre turbines on Hartside Moor, east of Penrith, in a scheme it said would provide enough electricity for 20,000 homes.',
    'Fellwind said in a statement that it was "very disappointed" and would consider an appeal to the planning inspectorate.',
    '"The site has one of the best wind resources in England and the scheme met every national planning test," the company said.',
  ),
  // news-dev 145 (shortened): the firm named in full only as a modifier
  'dairy.txt': article(
    'Farmers blockade dairy in milk price protest',
    'The protest at the Meadowvale Dairies plant in Nantwich began at 2200 GMT on Wednesday and ended at 0600 GMT on Thursday, when police asked the farmers to move.',
    'Meadowvale cut its price by 1.5p to 16.5p a litre this month. Farmers say it costs them about 19p a litre to produce.',
    'Meadowvale said in a statement that it had been forced to cut its price because the supermarkets it supplies had cut what they paid for milk.',
    '“We understand the anger of our farmers. We are paying the highest price we can while the market stays as it is,” the company said.',
  ),
  // news acq/02475 (shortened): wire copy, the firm's legal form written
  'hughes.txt': article(
    'Hughes Ht Changes Stance on Merger After Suit',
    'A one billion dlr lawsuit pushed Hughes Tool Co into an about-face on its rejection of a proposed merger with Baker International Corp BKO, Wall Street analysts said.',
    'Last night, Hughes said the planned merger with Baker was off.',
  ),
  // news nat-gas/07408 (shortened): a unit and its owner share the word
  'transco.txt': article(
    'Transco Partnership Txp Gas Reserves Rise',
    'Transco Exploration Partners Ltd said participation in 14 new discoveries increased its proved gas reserves to 558.1 billion cubic feet in 1986, up from 541.5 billion cubic feet in the previous year.',
    'Proved reserves of liquids remained about the same at 25.1 mln barrels, the company said in the 1986 annual just released by Transco Energy Co E, the majority owner of the Transco Exploration partnership.',
    'Transco said its gas pipeline delivered more than 1.2 trillion cubic feet last year and its marketing affiliate sold an average of 1.6 billion cubic feet of gas per day.',
  ),
};

const library = useLibrary(FILES);
const { quoted, reported } = directQuotes(library);

describe('a firm named in full, then by its first word', () => {
  it('is named in full at the short name', () => {
    expect(quoted('very disappointed')).toMatchObject({ speaker: 'Fellwind Energy' });
    expect(quoted('The site has one')).toMatchObject({ speaker: 'Fellwind Energy' });
    expect(quoted('We understand the anger')).toMatchObject({ speaker: 'Meadowvale Dairies' });
    expect(reported('Last night, Hughes said')).toMatchObject({ speaker: 'Hughes Tool Co' });
  });

  it('is one speaker, not two', () => {
    const names = library()
      .quotes.speakers()
      .map((s) => s.name);
    expect(names).not.toContain('Fellwind');
    expect(names).not.toContain('Meadowvale');
  });
});

describe('a word that opens two firms of the story', () => {
  it('keeps its short name', () => {
    expect(reported('Transco said its gas pipeline')).toMatchObject({ speaker: 'Transco' });
  });
});
