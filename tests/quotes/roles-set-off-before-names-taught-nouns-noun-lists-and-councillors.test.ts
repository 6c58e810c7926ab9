import { describe, expect, it } from 'vitest';
import { article, directQuotes, useLibrary } from '../helpers/tempCorpus.ts';

// Issue 18, a role per mention (hand check tests/quotes/descriptions-sample-2026-12-07b.md, news-dev
// 93-128): of 20 quotes of a person with no role, 15 had one the article gives at or before the
// quote. A role set off before a full name (`Its chairwoman, Edna Pollard,`) was that mention's role
// only at a few subject shapes (`X, said`, `X, who …, said`); now at every such name, whatever
// follows it (an age, `apologised`, the sentence's end after `said`), so the quotes after it have it
// too. A noun the article itself wrote as a person's role (articleRoles.ts: `coxswain`) counts as a
// role word there, as the lists' nouns do. A list of noun phrases gives its last one (`its score and
// its lead actress,`); a phrase opened by a preposition and a bare noun for a person are no role.
// `councillor` and `poet` stand before a name in lower case as `spokesman` does (`Conservative
// councillor Gail Pennington`), so `the councillor added` after her is hers, not an earlier
// councillor's.

const FILES = {
  // 123 of news-dev: an age between the name and the verb, then a continuation and a reported line.
  'march.txt': article(
    'Pensioners march over council tax',
    'The campaign group Pensioners Against Council Tax, which organised the march, says many older people on fixed incomes now face a choice between paying the bill and heating their homes.',
    'Its chairwoman, Edna Pollard, 74, told the crowd outside County Hall: "We are not asking for charity. We are asking for a tax that has some relation to what people can afford to pay."',
    '"I have a neighbour who is 86 and who sat in the dark last winter because she was frightened of the bill," she said.',
  ),
  // 98 of news-dev: the role given at a sentence with no speech verb, then the person's quotes.
  'waiting.txt': article(
    'Hospital trust admits patients lost from waiting list',
    'West Kent Hospitals NHS Trust said an internal review had found that patients had been "lost in the system".',
    'Its chief executive, Dr Martin Fairbrass, apologised to patients at a press conference on Tuesday.',
    '"I am sorry. These are people who were in pain and who trusted us, and we let them down," he said.',
  ),
  // 124 of news-dev: a verb-first tag, the role set off before the name, then a bare line.
  'brewery.txt': article(
    'Brewer rejects takeover approach',
    '“Every time a pub company buys a brewer, the brewing ends within a few years and the beers are made somewhere else under licence,” said Camra’s chief executive, Mike Benner.',
    '“Drinkers in Suffolk should be very worried.”',
  ),
  // 106 and 45 of news-dev: nouns no list holds, taught by the article at the name.
  'lifeboat.txt': article(
    'Lifeboat crew rescue father and son from sinking yacht',
    'The lifeboat’s coxswain, Huw Meredith, said the crew had faced waves of up to six metres and “the worst sea I’ve been out in for ten years”.',
  ),
  'hunt.txt': article(
    'Hunt rides out on the last day before the ban',
    'The hunt\'s joint master, Caroline Fairweather, said the mood was "sad but defiant".',
  ),
  // 28 of news-dev: a list of noun phrases before the name.
  'awards.txt': article(
    'Leeds musical sweeps the Oliviers',
    'The Lantern Keeper, which transferred to the West End from a small theatre in Leeds, also won awards for its director, its score and its lead actress, Megan Doyle.',
    'Doyle, 24, who was working in a call centre two years ago, was in tears as she collected the award for best actress in a musical.',
    '“I keep waiting for somebody to tap me on the shoulder and tell me there has been a mistake,” she said.',
  ),
  // 109 and 128 of news-dev: a councillor and a poet before the name, in lower case.
  'baths.txt': article(
    'Swimmers fight plan to close Victorian baths',
    'The council’s executive member for leisure, Councillor Paul Rigby, said the baths cost £410,000 a year to run and needed £2.3m of repairs to the roof and the boilers.',
    '“We cannot keep pouring money into a building that was designed for mill workers to have a wash in,” he said.',
    'The building is listed at Grade II, and English Heritage said the council would need its consent for any plan to demolish it.',
    'Conservative councillor Gail Pennington, whose ward includes the baths, called the plan “vandalism”.',
    '“The council found £6m for a new car park in the town centre last year. Don’t tell me it can’t find the money for this,” the councillor added.',
  ),
  'festival.txt': article(
    'Book festival loses sponsor',
    'Several other writers have said they will waive their fees. The poet Anne Rowley, who appears on the opening night, said: “Festivals like Ludlow are where readers and writers actually meet.”',
  ),
  // Reuters acq/01860: a phrase opened by a preposition before a body's name.
  'allis.txt': article(
    'Allis-Chalmers proposes restructuring',
    'Allis-Chalmers said a bankruptcy filing "appears to represent the company\'s only alternative if agreement upon the terms of the plan cannot be reached."',
    'Under the restructuring plan, Allis-Chalmers will sell its solid materials processing and fluids handling businesses.',
    'Allis-Chalmers said the exchange will cause a "resulting dilution of the existing common stock."',
  ),
  // ECB+ 3_7ecb: a bare noun for a person set off before the name.
  'nichols.txt': article(
    'Courthouse gunman sentenced to life',
    'The man, Brian G. Nichols, 37, was found guilty last month of murder and dozens of other charges.',
    'Mr. Nichols said that he was legally insane.',
  ),
  // Reuters cpi/00209: the role makes the name set off the person the next sentence's `he` is.
  'unions.txt': article(
    'French unions press Chirac',
    'And bank economists said they believed Prime Minister Jacques Chirac could be forced by slow growth to reflate the economy later this year.',
    'But the head of the socialist CFDT union federation, Edmond Maire, meeting with Chirac today, renewed union demands already rejected by the government for indexation clauses to be built into future pay contracts.',
    'Calling the government\'s policies "unbalanced and unjust," he also demanded investment incentives to boost employment. He announced after his meeting that Chirac had told him the government would spend two billion francs on a series of measures to boost employment and training.',
  ),
};

const library = useLibrary(FILES);
const { quoted, reported } = directQuotes(library);

describe('a role set off before a full name', () => {
  it('is the role at the quotes after it, whatever follows the name', () => {
    expect(quoted('We are not asking for charity')).toMatchObject({ speaker: 'Edna Pollard', role: 'chairwoman' });
    expect(quoted('I have a neighbour who is 86')).toMatchObject({ speaker: 'Edna Pollard', role: 'chairwoman' });
    expect(quoted('I am sorry.')).toMatchObject({ speaker: 'Martin Fairbrass', role: 'chief executive' });
  });
  it('is the role at a verb-first tag and at the bare line after it', () => {
    expect(quoted('Every time a pub company')).toMatchObject({
      speaker: 'Mike Benner',
      role: 'Camra’s chief executive',
    });
    expect(quoted('Drinkers in Suffolk')).toMatchObject({ speaker: 'Mike Benner', role: 'Camra’s chief executive' });
  });
  it('may be headed by a noun the article taught as a role', () => {
    expect(quoted('the worst sea')).toMatchObject({ speaker: 'Huw Meredith', role: 'lifeboat’s coxswain' });
    expect(quoted('sad but defiant')).toMatchObject({ speaker: 'Caroline Fairweather', role: "hunt's joint master" });
  });
  it('is the last noun phrase of a list', () => {
    expect(quoted('I keep waiting for somebody')).toMatchObject({ speaker: 'Megan Doyle', role: 'lead actress' });
  });
  it('is no role when a preposition opens it or it is a bare noun for a person', () => {
    expect(quoted('resulting dilution')).toMatchObject({ speaker: 'Allis-Chalmers', role: null });
    expect(reported('Mr. Nichols said')).toMatchObject({ speaker: 'Brian G. Nichols', role: null });
  });
  it('may be a councillor or a poet in lower case right before the name', () => {
    expect(quoted('vandalism')).toMatchObject({ speaker: 'Gail Pennington', role: 'Conservative councillor' });
    expect(quoted('The council found £6m')).toMatchObject({
      speaker: 'Gail Pennington',
      role: 'Conservative councillor',
    });
    expect(quoted('Festivals like Ludlow')).toMatchObject({ speaker: 'Anne Rowley', role: 'poet' });
  });
  it('makes the name a person the next sentence can refer to', () => {
    expect(reported('He announced after his meeting')).toMatchObject({
      speaker: 'Edmond Maire',
      role: 'head of the socialist CFDT union federation',
    });
  });
});
