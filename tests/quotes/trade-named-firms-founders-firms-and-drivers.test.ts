import { describe, expect, it } from 'vitest';
import { article, directQuotes, useLibrary } from '../helpers/tempCorpus.ts';

// Issue 18, round 31 (articles 153-158 of tests/quotes/news-dev/, scored before these rules):
// - a firm's trade in the plural ending its name: `Fellside Renewables said …` then `"…," the firm
//   said.`, `Carewell Homes said …` then `"…," the company said in a statement.` stayed unattributed
//   (a two-word name with no other sign read as a person's full name, whom `the company` is not);
// - a body speaking under its name's first word: `In a statement, Meadowcare said:` (102) and
//   `Meadowvale said in a statement` then `the company said` (145) spoke as `Meadowcare`, `Meadowvale`,
//   not the body the article names in full (`Meadowcare Homes`, `Meadowvale Dairies`);
// - a firm named for its founder: `Harrington Travel, founded by Walter Harrington in 1946, …` then,
//   paragraphs later, `The firm said it was "disappointed" …` (the short quote dropped as a term);
// - `driver` a role noun: `Driver Amir Qureshi, 38, … said:` spoke as `Driver Amir Qureshi`;
// - a name given another age: `Tembo, 41, and Kali, 36, will make the journey …` then `Head keeper
//   Alan Pike has looked after Tembo since …` then `"…," the 59-year-old said. "…"` stayed
//   unattributed (the elephant, a lone name nobody is known by, the nearest name);
// - `zoo` a body's word: `“…,” a zoo spokeswoman said.` for Blackmoor Zoo, named ten paragraphs
//   before, stayed unattributed (`Blackmoor Zoo` a person's full name, `zoo` no body's noun).
// Checked on the news corpus (unchanged) and ECB+ (`Kraft said` now `Kraft Foods`, whom the story
// names; the founder rule's first draft gave Reliance's `The company said …` to Verizon, a phone
// company set off three bodies' statements before: mended, spec guards).

const FILES = {
  // 156 of news-dev, shortened.
  'wind.txt': article(
    'Public inquiry opens into Cumbrian wind farm plan',
    'Fellside Renewables wants to build the turbines, each 150m (490ft) tall, at Birkett Moss near Shap.',
    'Fellside Renewables said the scheme had been redesigned twice, with four turbines removed.',
    '"We have listened. This is a smaller, better project than the one we first proposed," the firm said.',
  ),
  // 158 of news-dev, shortened.
  'care.txt': article(
    'Residents given eight weeks to leave care home',
    'Carewell Homes said it had made "every effort" to keep the home open.',
    '"Oakfield loses more than £20,000 a month. That cannot go on," the company said in a statement.',
  ),
  // 102 of news-dev, shortened.
  'brackenwood.txt': article(
    'Care home residents given six weeks to move out',
    'Brackenwood House, which has 44 beds, will close on 31 March, its owner, Meadowcare Homes, said. The company blamed rising costs.',
    'In a statement, Meadowcare said: "We have tried for two years to keep Brackenwood open."',
  ),
  // A lone word two firms of the article open: neither is named for it.
  'two-firms.txt': article(
    'Care homes sold',
    'Meadowcare Homes and Meadowcare Estates were sold on Monday.',
    'In a statement, Meadowcare said: "We have tried for two years to keep Brackenwood open."',
  ),
  // 153 of news-dev, shortened.
  'bus.txt': article(
    'Bus drivers in Leicestershire to strike over pay',
    'Harrington Travel, founded by Walter Harrington in 1946 with a single charabanc, runs most of the routes in Leicester.',
    'Unite regional officer Dean Marsh said the company had "pushed drivers to the limit".',
    '"Nobody wants to strike. But the company has left them with no choice," he said.',
    'The firm said it was "disappointed" by the result of the ballot.',
    'Driver Amir Qureshi, 38, who has worked for the firm for 14 years, said: "I love this job."',
  ),
  // 157 of news-dev, shortened.
  'zoo.txt': article(
    'Zoo’s last elephants to move to Dutch safari park',
    'The last two elephants at Blackmoor Zoo in Somerset are to be moved to a safari park in the Netherlands.',
    'Tembo, 41, and Kali, 36, will make the journey by specially adapted lorry in September.',
    'The zoo’s director, Dr Fiona Keating, said it had become clear the elephant enclosure was “simply too small” for two ageing animals.',
    'The empty elephant house will not stay empty for long.',
    '“It will become a home for a breeding group of critically endangered Sumatran tigers,” a zoo spokeswoman said.',
  ),
  // 157 of news-dev, shortened.
  'keeper.txt': article(
    'Zoo’s last elephants to move to Dutch safari park',
    'Tembo, 41, and Kali, 36, will make the journey by specially adapted lorry in September.',
    'Head keeper Alan Pike has looked after Tembo since she arrived at the zoo as a calf in 1986.',
    '“I’ve spent more time with her than with my own family,” the 59-year-old said. “I’ll be going with her on the lorry.”',
  ),
  // The same age: the name is no one else for it, and still the nearest name nobody is known by.
  'same-age.txt': article(
    'Zoo’s last elephants to move to Dutch safari park',
    'Tembo, 59, and Kali, 36, will make the journey by specially adapted lorry in September.',
    'Head keeper Alan Pike has looked after Tembo since she arrived at the zoo as a calf in 1986.',
    '“I’ve spent more time with her than with my own family,” the 59-year-old said.',
  ),
  // No zoo named: a zoo spokeswoman is nobody's.
  'nothing-named.txt': article(
    'Tigers arrive',
    'The empty elephant house will not stay empty for long.',
    '“It will become a home for a breeding group of critically endangered Sumatran tigers,” a zoo spokeswoman said.',
  ),
  // 30_12ecb of ECB+, shortened: bodies spoke since the company was set off, so `The company` is none for sure.
  'cable.txt': article(
    'Cable failure disrupts calls',
    'Verizon Communications Inc., the second-largest U.S. phone company, said it has rerouted traffic for its customers.',
    'Sonaecom SGPS SA also said that it is diverting traffic to other routes.',
    "France Telecom's Orange mobile-phone unit said the cable failure disturbed the traffic.",
    'Reliance said in an e-mailed update that it is working with the affected customers.',
    'The company said it will publish another update on its Web site tomorrow.',
  ),
};

const library = useLibrary(FILES);
const { quoted, inFile } = directQuotes(library);

describe('a firm’s trade in the plural ending its name (`Renewables`, `Homes`)', () => {
  it('makes a body, which `the firm said` and `the company said` after its statement go back to', () => {
    expect(inFile('wind', 'We have listened')?.speaker).toBe('Fellside Renewables');
    expect(inFile('care', 'Oakfield loses')?.speaker).toBe('Carewell Homes');
  });
});

describe('a body speaking under its name’s first word', () => {
  it('is the one body the article names in full with that word first and a trade last', () => {
    expect(inFile('brackenwood', 'We have tried')?.speaker).toBe('Meadowcare Homes');
  });
  it('two such bodies: the word as it is', () => {
    expect(inFile('two-firms', 'We have tried')?.speaker).toBe('Meadowcare');
  });
});

describe('a firm named for its founder (`Harrington Travel, founded by Walter Harrington`)', () => {
  it('is `The firm` opening a later sentence, past a person who spoke between', () => {
    expect(inFile('bus', 'disappointed')?.speaker).toBe('Harrington Travel');
  });
  it('not a company set off before other bodies spoke', () => {
    expect(inFile('cable', 'The company said', 'reported')?.speaker ?? null).not.toBe('Verizon Communications Inc.');
  });
});

describe('`driver`', () => {
  it('is a role before a name, no part of it', () => {
    expect(quoted('I love this job')?.speaker).toBe('Amir Qureshi');
    expect(quoted('I love this job')?.role).toBe('Driver');
  });
});

describe('`zoo`', () => {
  it('makes a body’s name, whose spokeswoman `a zoo spokeswoman` is, named paragraphs before', () => {
    expect(inFile('zoo', 'It will become a home')?.speaker).toBe('Blackmoor Zoo');
  });
  it('with no zoo named, nobody’s', () => {
    expect(inFile('nothing-named', 'It will become a home')?.speaker).toBeNull();
  });
});

describe('an age description (`the 59-year-old`)', () => {
  it('passes over a name the article gives another age (`Tembo, 41,`), to the person named before it', () => {
    expect(inFile('keeper', 'I’ve spent more time')?.speaker).toBe('Alan Pike');
    expect(inFile('keeper', 'I’ll be going with her')?.speaker).toBe('Alan Pike');
  });
  it('not a name given that age', () => {
    expect(inFile('same-age', 'I’ve spent more time')?.speaker ?? null).toBeNull();
  });
});
