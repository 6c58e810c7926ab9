import { describe, expect, it } from 'vitest';
import { article, directQuotes, useLibrary } from '../helpers/tempCorpus.ts';

// Issue 18, round 29 (articles 141-146 of tests/quotes/news-dev/, scored before these rules):
// - a party before a member's noun: `Local MP Helen Roddis said …` then `"…," the Labour MP added.`
//   stayed unattributed (`Labour` was read as a seat she was never given);
// - a place after a preposition and `nearby`: `The sculptor, Tom Haddow, who grew up in nearby Robin
//   Hood's Bay, said …` then `"…," the 29-year-old said.` stayed unattributed (the place was the
//   nearest name, a rival nobody is known by);
// - namesakes told apart by a gender a pronoun taught: `Nasreen Akhtar, 34, said she had woken …`,
//   `Her father, Mohammed Akhtar, …`, then `"…," said Mr Akhtar.` stayed unattributed (her given
//   name tells no gender, so `Mr` fitted both);
// - a phrase set off inside a long reported clause: `The Oldham Civic Society said the loss of the
//   mill, one of the last in the town with its engine house intact, was "…"` stayed unattributed
//   (the verb stood beyond a partial quote's reach);
// - a body opening its sentence before a verb of its own, then `but said`: `The National Farmers’
//   Union did not support the blockade, but said the price cut was “the last straw” …` was dropped
//   as a term (only a person or a body that spoke first was the second verb's subject);
// - `Diocese`: `The Diocese of Ripon and Leeds, which …, said in a statement that it was
//   “delighted”.` was no body's, so its one-word quote was dropped.
// Checked on the news corpus and ECB+ (development data), where the first drafts went wrong: two
// people joined by `and`, or a surname and a day, read as a body before its first verb; and a name
// after `known as`, which the longer reach gave to the speech verb's subject.

const FILES = {
  // 141 of news-dev, shortened.
  'buses.txt': article(
    'Rural bus routes axed in Lincolnshire timetable shake-up',
    'Local MP Helen Roddis said she had raised the cuts with the transport minister in the Commons on Tuesday.',
    '"These are not luxury services. For a lot of people this bus is the difference between living independently and going into a home," she said.',
    '"I have asked the minister to meet the operator and the council together, and I hope he will," the Labour MP added.',
  ),
  // An MP given another party is another member.
  'other-party.txt': article(
    'Bus cuts debated',
    'Conservative MP John Hyde said he had raised the cuts with the minister.',
    '"The council has to find the money," the Labour MP said.',
  ),
  // Two MPs: the one of that party.
  'two-mps.txt': article(
    'Bus cuts debated',
    'Labour MP Ann Keen and Conservative MP John Hyde both spoke in the debate.',
    '"The council has to find the money," the Labour MP said.',
  ),
  // 144 of news-dev, shortened.
  'sculpture.txt': article(
    'Arts festival defends giant whale sculpture',
    'The sculptor, Tom Haddow, who grew up in nearby Robin Hood\'s Bay, said he had been "a bit stunned" by the reaction.',
    '"My grandad was a fisherman. I wouldn\'t make anything that laughed at this town," the 29-year-old said.',
  ),
  // 143 of news-dev, shortened.
  'mill.txt': article(
    'Firefighters tackle huge blaze at derelict mill',
    'Mother of two Nasreen Akhtar, 34, said she had woken to a police officer banging on the door.',
    '"The sky was orange. I picked up the kids in their pyjamas and just ran. I didn\'t even stop for my shoes," she said.',
    'Her father, Mohammed Akhtar, who has lived on Ward Street since 1971, worked in the mill as a young man.',
    '"I did twelve years in that place on the spinning frames. It\'s sad to see it go like this," said Mr Akhtar.',
    'The Oldham Civic Society said the loss of the mill, one of the last in the town with its engine house intact, was "a tragedy for Oldham\'s heritage".',
  ),
  // Two men of the name: `Mr Akhtar` is still neither for sure.
  'brothers.txt': article(
    'Mill fire',
    'Nasreen Akhtar, 34, said she had woken to a police officer banging on the door.',
    'Her father, Mohammed Akhtar, and his brother, Tariq Akhtar, both worked in the mill.',
    '"I did twelve years in that place on the spinning frames," said Mr Akhtar.',
  ),
  // 145 of news-dev, shortened.
  'dairy.txt': article(
    'Farmers blockade dairy in milk price protest',
    'The National Farmers’ Union did not support the blockade, but said the price cut was “the last straw” for many farms.',
  ),
  // A body by the noun for its kind names no one: its short quote stays a term.
  'kind.txt': article(
    'Farmers blockade dairy',
    'The union did not support the blockade, but said the price cut was “the last straw” for many farms.',
  ),
  // acq/11492 of the news corpus, shortened: two people, no body.
  'gencorp.txt': article(
    'Gencorp Gy Alternative Plan Due Within a Week',
    'Randall Hubbard, chairman of AFG, and Joel Reed, chief financial officer of Wagner and Brown, attended the meeting.',
    'Hubbard and Reed chatted briefly with Reynolds after the meeting but declined to discuss their proposal with reporters.',
  ),
  // trade/05376 of the news corpus, shortened: a surname and a day.
  'wright.txt': article(
    'Trade Interests Ready for Fight in U.S. Congress',
    'House Speaker Jim Wright, a Texas Democrat, is one of the most influential proponents of aid for specific industries.',
    'Wright Thursday renewed his call for import relief for the domestic oil industry and announced his support for a Senate plan.',
  ),
  // general/01227 of the news corpus: an acronym is a body.
  'amr.txt': article(
    'Amr Amr Aircraft Financing Seen Positively',
    'AMR agreed to buy 15 planes from Boeing and 25 from Airbus but said its American Airlines unit will lease the aircraft, which essentially will be owned by the manufacturers.',
  ),
  // 34_12 of ECB+, shortened: a name after `known as`.
  'rohack.txt': article(
    'Obama picks surgeon general',
    'AMA President J. James Rohack, MD, said Dr. Benjamin has an impressive list of accomplishments, including receiving a MacArthur Fellowship in 2008, commonly known as the "genius grant."',
  ),
  // 142 of news-dev, shortened.
  'school.txt': article(
    'Parents win fight to save village primary school',
    'The Diocese of Ripon and Leeds, which is responsible for the school, said in a statement that it was “delighted”.',
  ),
};

const library = useLibrary(FILES);
const { quoted, reported, inFile } = directQuotes(library);

describe('a party before a member’s noun (`the Labour MP added`)', () => {
  it('is the member just named, given no party', () => {
    expect(quoted('I have asked the minister')?.speaker).toBe('Helen Roddis');
  });
  it('is not a member given another party, and picks the member of that party', () => {
    const other = inFile('other-party', 'The council has to find');
    expect(other?.speaker).toBeNull();
    const two = inFile('two-mps', 'The council has to find');
    expect(two?.speaker).toBe('Ann Keen');
  });
});

describe('a place after a preposition and `nearby` (`who grew up in nearby Robin Hood’s Bay`)', () => {
  it('is no rival to the person a description after it goes back to', () => {
    expect(quoted('My grandad was a fisherman')?.speaker).toBe('Tom Haddow');
  });
});

describe('namesakes told apart by a gender a pronoun taught', () => {
  it('`Mr Akhtar` is the one man of the name once `she` taught the woman’s', () => {
    const mill = inFile('mill', 'I did twelve years');
    expect(mill?.speaker).toBe('Mohammed Akhtar');
  });
  it('two men of the name: nobody', () => {
    const brothers = inFile('brothers', 'I did twelve years');
    expect(brothers?.speaker).toBeNull();
  });
});

describe('a partial quote whose reported clause holds a phrase set off by commas', () => {
  it('is the speech verb’s subject’s, the phrase adding no reach', () => {
    expect(quoted('a tragedy for Oldham')?.speaker).toBe('Oldham Civic Society');
  });
});

describe('a name after `known as`', () => {
  it('is nobody’s words, however near a speech verb', () => {
    expect(quoted('genius grant')).toBeUndefined();
  });
});

describe('a body opening its sentence before a verb of its own, then `but said`', () => {
  it('speaks the short quote of the second verb', () => {
    expect(quoted('the last straw')?.speaker).toBe('National Farmers’ Union');
  });
  it('an acronym is a body; two people joined by `and`, or a surname and a day, are none', () => {
    expect(reported('AMR agreed to buy')?.speaker).toBe('AMR');
    expect(reported('Hubbard and Reed chatted')?.speaker ?? null).not.toBe('Hubbard and Reed');
    expect(reported('Wright Thursday renewed')?.speaker ?? null).not.toBe('Wright Thursday');
  });
  it('a body by the noun for its kind names nobody: the term is dropped', () => {
    const terms = library()
      .quotes.all()
      .filter((q) => q.source.includes('kind') && q.kind === 'direct');
    expect(terms).toEqual([]);
  });
});

describe('`Diocese` names a body', () => {
  it('`The Diocese of Ripon and Leeds, which …, said in a statement that it was “delighted”`', () => {
    expect(quoted('delighted')?.speaker).toBe('Diocese of Ripon and Leeds');
  });
});
