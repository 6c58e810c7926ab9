import { describe, expect, it } from 'vitest';
import { article, directQuotes, useLibrary } from '../helpers/tempCorpus.ts';

// Issue 18, round 30 (articles 147-152 of tests/quotes/news-dev/, scored before these rules):
// - a football club's name word: `Hartsfield Town said in a statement that …` then `“…,” the club
//   said.` stayed unattributed (`Town` made no body, so `Hartsfield Town` was a person's full name);
// - `party` a noun for a kind of body: `The Conservative Party said …` then `"…," a party spokesman
//   said.` stayed unattributed;
// - a firm the text names with a noun for its kind and does not quote: `Harwood was working for
//   Bennett Logistics, the Exeter haulage firm founded by Gary Bennett in 1988, …` then `The company
//   said it had dismissed him …. "…," a spokeswoman said.` stayed unattributed (only a body that
//   spoke was `the company`);
// - police words as roles: `The trust’s chairman, Sir Michael Hollis, said …` then `"…," the former
//   Kent chief constable said.` stayed unattributed (`constable` was a title, no role noun);
// - `Mr X` before the article names X's kin: `Mr Eastwood, 74, said …` then `“…,” he said.` stayed
//   unattributed (the son named three paragraphs later made `Mr Eastwood` doubtful everywhere);
// - adverbs before a body's short quote: `The Football Supporters’ Association said takeovers of
//   smaller clubs were too often “waved through” without …` was dropped as a term.
// Checked on the news corpus and ECB+ (development data), where the first draft of the firm rule went
// wrong: a tag after a name read as a phrase set off (`…, Phoenix and Tucsonm, the agency said.`), an
// investor group taken for a firm, and a name the finder cut at a particle (`… du Quebec, the
// government agency …`).

const FILES = {
  // 148 of news-dev, shortened.
  'club.txt': article(
    'American businessman completes Hartsfield Town takeover',
    'Craig Dolan takes over from Brian Eastwood, whose family has owned the club since 1962.',
    'Mr Eastwood, 74, said selling the club had been the hardest decision of his life.',
    '“My father bought it for £900 and a handshake,” he said.',
    'His son, Mark Eastwood, has been the club’s chairman since 2009 and will stay on the board.',
    'Hartsfield Town said in a statement that the deal had been approved by the National League.',
    '“The takeover secures the future of the club and its ground for the long term,” the club said.',
    'The Football Supporters’ Association said takeovers of smaller clubs were too often “waved through” without proper checks on the buyer’s money.',
  ),
  // Both namesakes named before `Mr Eastwood`: the first named is no surer than the other.
  'both.txt': article(
    'Club sold',
    'Craig Dolan takes over from Brian Eastwood. His son, Mark Eastwood, is the club’s chairman.',
    'Mr Eastwood said selling the club had been the hardest decision of his life.',
    '“My father bought it for £900 and a handshake,” he said.',
  ),
  // 106 of news-dev, shortened: the father before the son is named.
  'lifeboat.txt': article(
    'Lifeboat crew save father and son from sinking yacht',
    'Martin Eckersley, 58, from Chester, and his son were sailing from Conwy to Dublin when their yacht began taking on water.',
    'Mr Eckersley, a retired engineer, told BBC Radio Wales the bilge pump had failed an hour after water began coming in.',
    '“We were bailing with a bucket and a saucepan,” he recalled.',
    'His son, Tom Eckersley, 24, a junior doctor, was pulled across to the lifeboat first.',
  ),
  // 152 of news-dev, shortened.
  'council.txt': article(
    'Independents take control of Rother council',
    'The Conservative Party said local issues, and the sale of the Bexhill offices in particular, had decided the result.',
    '"We have heard the message from voters in Rother. We will listen, and we will be back," a party spokesman said.',
  ),
  // No party named: a party spokesman is nobody's.
  'no-party.txt': article(
    'Count halted',
    'Counting was halted for 40 minutes after a fire alarm went off.',
    '"We have heard the message from voters in Rother," a party spokesman said.',
  ),
  // 147 of news-dev, shortened.
  'driver.txt': article(
    'Van driver jailed over death of cyclist on A38',
    'Harwood was working for Bennett Logistics, the Exeter haulage firm founded by Gary Bennett in 1988, at the time of the crash.',
    'The company said it had dismissed him after his arrest. "Every driver we employ now locks their phone in the cab before they start the engine," a spokeswoman said.',
  ),
  // acq/02128 of the news corpus, shortened: a tag after a name sets off no phrase.
  'usair.txt': article(
    'U.S. Okays Usair U Pacific Southwest Purchase',
    'The two carriers serve five point in common; Los Angeles, San Diego, San Francico, Phoenix and Tucsonm, the agency said.',
    'The agency noted that USAir has promised to give protective benefits to PSA workers.',
  ),
  // acq/02802 of the news corpus, shortened: an investor group is no firm.
  'soros.txt': article(
    'Group to Boost Fairchild Industries Stake',
    'The group includes Soros and Quantum Fund, an offshore investment firm headquartered in Curacao, Netherlands Antilles that is advised by Soros.',
    'The group said that since its last SEC filing it had purchased no additional Fairchild shares.',
  ),
  // earn/07424 of the news corpus, shortened: a name the finder cut at a particle.
  'caisse.txt': article(
    'Quebec Pension Fund Earns Three Billion Dlrs',
    "Caisse de depot et placement du Quebec, the government agency which manages the province's pension funds, said its investment portfolio earned a net profit of almost three billion Canadian dlrs in 1986.",
    'The agency said in its annual statement that it had assets with a total book value of 25 billion dlrs.',
  ),
  // 151 of news-dev, shortened.
  'trust.txt': article(
    'Hospital trust apologises over delayed cancer scans',
    'The trust’s chairman, Sir Michael Hollis, said the board accepted the findings in full.',
    '“We will not hide behind the weather or the age of the equipment,” the former Kent chief constable said.',
  ),
  'policeman.txt': article(
    'Trust sorry',
    'The trust’s chairman, Sir Michael Hollis, said the board accepted the findings in full.',
    '“The board should have asked harder questions,” the former policeman said.',
  ),
};

const library = useLibrary(FILES);
const { quoted, reported, inFile } = directQuotes(library);

describe('a football club’s name word (`Town`, `Rovers`, `Athletic`)', () => {
  it('makes the name a body’s, which `the club said` after its statement goes back to', () => {
    expect(quoted('The takeover secures')?.speaker).toBe('Hartsfield Town');
  });
});

describe('`Mr X` before the article names X’s kin', () => {
  it('is the one X named in full before it, and so is the `he` after it', () => {
    expect(inFile('club', 'My father bought it')?.speaker).toBe('Brian Eastwood');
    expect(quoted('We were bailing')?.speaker).toBe('Martin Eckersley');
  });
  it('both namesakes named before it: not the first named for that', () => {
    expect(inFile('both', 'My father bought it')?.speaker ?? null).not.toBe('Brian Eastwood');
  });
});

describe('`a party spokesman`', () => {
  it('speaks for the party that spoke just before', () => {
    expect(inFile('council', 'We have heard the message')?.speaker).toBe('Conservative Party');
  });
  it('with no party named, for nobody', () => {
    expect(inFile('no-party', 'We have heard the message')?.speaker).toBeNull();
  });
});

describe('a firm named with a noun for its kind (`Bennett Logistics, the Exeter haulage firm founded by …,`)', () => {
  it('is `The company` that opens a later sentence, and its spokeswoman’s employer', () => {
    expect(reported('The company said it had dismissed him')?.speaker).toBe('Bennett Logistics');
    expect(quoted('Every driver we employ')?.speaker).toBe('Bennett Logistics');
  });
  it('not a name before a tag (`…, Phoenix and Tucsonm, the agency said.`)', () => {
    expect(inFile('usair', 'The agency noted', 'reported')?.speaker ?? null).not.toBe('Phoenix and Tucsonm');
  });
  it('not for `The group` (an investor group is no firm)', () => {
    expect(inFile('soros', 'The group said', 'reported')?.speaker ?? null).not.toBe('Soros and Quantum Fund');
  });
  it('not a name the finder cut at a particle (`… du Quebec, the government agency …`)', () => {
    expect(inFile('caisse', 'The agency said', 'reported')?.speaker ?? null).not.toBe('Quebec');
  });
});

describe('police words are role nouns (`chief constable`, `policeman`)', () => {
  it('a description after the quote goes back to the person just named', () => {
    expect(inFile('trust', 'We will not hide')?.speaker).toBe('Michael Hollis');
    expect(inFile('policeman', 'The board should have')?.speaker).toBe('Michael Hollis');
  });
});

describe('adverbs between a verb and a body’s short quote (`were too often “waved through”`)', () => {
  it('leave the quote the verb’s complement: the body’s words', () => {
    expect(quoted('waved through')?.speaker).toBe('Football Supporters’ Association');
  });
});
