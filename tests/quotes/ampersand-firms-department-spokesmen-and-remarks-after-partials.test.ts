import { describe, expect, it } from 'vitest';
import { article, directQuotes, useLibrary } from '../helpers/tempCorpus.ts';

// Issue 18, round 26 (articles 123-128 of tests/quotes/news-dev/, scored before these rules):
// - a firm's name joined by `&`: `Ridley & Hartwell … saying it "significantly undervalues"` went to
//   Giles Hartwell, the chairman named later (the name finder cut the run at `&`, leaving a lone
//   `Hartwell`), and `"…," Ridley & Hartwell said in a statement` stayed unattributed;
// - an organisation's spokesperson by the noun its name opens with: `"…," a department spokesman
//   said` after `The Department of Health said …` stayed unattributed;
// - an organisation by its short name: `Castlegate said it had "no plans" …` stayed unattributed,
//   though the article wrote `Castlegate, which owns 1,900 pubs …, offered …` (`which`, not `who`);
// - a role for the person: `the Tory frontbencher said` after `Shadow health secretary Andrew
//   Lansley said …` stayed unattributed (`frontbencher` was in no list);
// - a quote after a question put to its speaker: `Asked whether she would withdraw the invitation,
//   Ms Bellamy was firm. “Absolutely not. Not for any amount of money.”`, right after her own quote
//   paragraph, stayed unattributed (no speech verb, and `Asked` read as one);
// - a quote over paragraphs after a partial: `Sentencing him, Judge Peter Hallam said Fairlie had
//   "…".` then `"You were trusted …` stayed unattributed: `Fairlie`, whom the judge spoke of, was
//   taken for a second voice.

const FILES = {
  // 124 of news-dev, shortened.
  'brewer.txt': article(
    'Family brewer rejects £310m takeover approach',
    'Ridley & Hartwell, the 180-year-old Suffolk brewer, has rejected a £310m takeover approach from the pub group Castlegate Inns, saying it “significantly undervalues” the business.',
    '“The board has considered the proposal carefully and believes it fails to reflect the strength of our brands and our estate,” Ridley & Hartwell said in a statement to the stock exchange.',
    'Chairman and managing director Giles Hartwell, whose great-great-grandfather founded the brewery in Bury St Edmunds, said the family had not been tempted.',
    '“People have been trying to buy this company for as long as I can remember, and the answer has always been the same,” Mr Hartwell said.',
  ),
  // 124 again: the bidder by its short name.
  'bidder.txt': article(
    'Pub group bid rejected',
    'Castlegate, which owns 1,900 pubs across England and Wales, offered 540p a share in cash.',
    'Castlegate said it had “no plans” to close the brewery.',
  ),
  // The same lone name, nowhere before `which`: nothing says it is no person's.
  'bidder-unknown.txt': article(
    'Hotel group bid rejected',
    'Ravensworth offered 320p a share in cash for the hotel chain.',
    'Ravensworth said it had “no intention” of selling the hotels.',
  ),
  // 127 of news-dev, shortened.
  'parking.txt': article(
    'Cancer patients pay up to £50 a month to park',
    'Macmillan Cancer Relief surveyed 1,200 patients in England.',
    'The Department of Health said parking was a matter for individual trusts.',
    '"Trusts must make sure that charges are reasonable and that there are concessions for those who need them most," a department spokesman said.',
    'Shadow health secretary Andrew Lansley said the charges were "a scandal".',
    '"The government should be setting clear rules, not washing its hands of the matter," the Tory frontbencher said.',
  ),
  // Two departments named paragraphs before: the noun names neither.
  'two-departments.txt': article(
    'Ministers split over school meals',
    'The Department of Health and the Department for Education have each published guidance on school dinners.',
    'Head teachers say the two sets of rules contradict each other.',
    'Parents in Leeds have started a petition.',
    'Caterers say they cannot afford fresh vegetables.',
    '"We will look at the guidance again," a department spokesman said.',
  ),
  // 128 of news-dev, shortened.
  'festival.txt': article(
    'Book festival loses sponsor in hunting row',
    'Festival director Ros Bellamy said she was “astonished” by the decision.',
    '“We invited Hugh because he has written one of the best novels of the year, not because of what he thinks about hunting,” she said.',
    '“If we only invited writers our sponsors agreed with, we would have a very short programme and a very dull one.”',
    'Asked whether she would withdraw the invitation, Ms Bellamy was firm. “Absolutely not. Not for any amount of money.”',
  ),
  // 126 of news-dev, shortened.
  'solicitor.txt': article(
    "Solicitor jailed for stealing clients' savings",
    'Graham Fairlie, 56, of Harrogate, admitted 14 counts of theft at Leeds Crown Court.',
    'Sentencing him, Judge Peter Hallam said Fairlie had "betrayed the trust that is at the heart of his profession".',
    '"You were trusted by people at the most vulnerable time of their lives, and by their families when they had died. You treated their money as your own.',
    '"The villa, the horses and the holidays were all paid for by people who believed their savings were safe with you. I can think of few worse breaches of trust."',
  ),
  // The partial is the words of the one the judge spoke of (`Pawson had told customers …`): no one
  // speaker holds the floor.
  'told.txt': article(
    'Builder jailed for fraud',
    'Derek Pawson, 48, of Selby, admitted six counts of fraud at York Crown Court.',
    'Judge Anne Moxon said Pawson had told customers the work was "guaranteed for life".',
    '"I never meant to cheat anybody. The business just got out of hand."',
  ),
};

const library = useLibrary(FILES);
const { quoted } = directQuotes(library);

describe('a firm named with `&`', () => {
  it('is one name, the firm speaking, not the person who shares its last word', () => {
    expect(quoted('significantly undervalues')?.speaker).toBe('Ridley & Hartwell');
    expect(quoted('The board has considered the proposal')?.speaker).toBe('Ridley & Hartwell');
    expect(quoted('People have been trying to buy')?.speaker).toBe('Giles Hartwell');
  });
});

describe('a lone name the article writes before `, which`', () => {
  it('is an organisation speaking under its short name', () => {
    expect(quoted('no plans')?.speaker).toBe('Castlegate');
  });
  it('and nothing else makes a lone name an organisation', () => {
    expect(quoted('no intention')?.speaker).toBeNull();
  });
});

describe('a spokesperson by the noun that opens a body’s name', () => {
  it('speaks for the body named just before (`a department spokesman` for the Department of Health)', () => {
    expect(quoted('Trusts must make sure')?.speaker).toBe('Department of Health');
  });
  it('speaks for nobody when two such bodies were named earlier', () => {
    expect(quoted('We will look at the guidance again')?.speaker).toBeNull();
  });
});

describe('`the Tory frontbencher said`', () => {
  it('is the person named in the sentence before', () => {
    expect(quoted('The government should be setting clear rules')?.speaker).toBe('Andrew Lansley');
  });
});

describe('a quote right after `Asked …, X was firm.`', () => {
  it('is the answer of X, who spoke the quote paragraph just before', () => {
    expect(quoted('Absolutely not')?.speaker).toBe('Ros Bellamy');
  });
});

describe('a quote over paragraphs after a partial quote', () => {
  it('goes on in the partial’s speaker’s words, the person spoken of no second voice', () => {
    expect(quoted('You were trusted by people')?.speaker).toBe('Peter Hallam');
  });
  it('not when the partial is another speech verb’s, inside the clause the first reports', () => {
    expect(quoted('guaranteed for life')?.speaker).toBe('Derek Pawson');
    expect(quoted('I never meant to cheat anybody')?.speaker).toBeNull();
  });
});
