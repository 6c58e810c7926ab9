import { describe, expect, it } from 'vitest';
import { article, directQuotes, useLibrary } from '../helpers/tempCorpus.ts';

// The classes missed on held-out articles 93-98 of tests/quotes/news-dev/ (scored once before these
// rules), each on sentences written for this file (not those articles') or taken from the news
// corpus: a body opening its sentence after `But`, a body named after a noun for its kind acting
// before `, saying`, a short quote after a plain noun's verb inside a reported clause, a body set off
// by a noun phrase for its kind, a bare spokesperson after a body that spoke earlier in the same
// paragraph, and `opener` as a role noun. The rules are general: none names a person, a word of a
// quote or an article.

const FILES = {
  'ferry.txt': article(
    'Ferry route to close',
    'The operator said the route had lost money for five years.',
    'But the Isles Travel Forum, which represents island businesses, said the decision was "a body blow" for tourism.',
    'The campaign group Surfers Against Sewage condemned the closure, saying it would be "a disaster for the islands".',
    'The Islands Chamber of Commerce said hauliers had warned ministers about the timetable "for years".',
    'Councillor Ruth Maddern said islanders told her, "Nobody asked us."',
  ),
  'regulator.txt': article(
    'Water bills to rise',
    'Bills will rise by 4% in April.',
    'Ofwat, the industry regulator, said the rise was "fully justified" by the cost of new sewers.',
    'Its chairman, Brian Tolley, said: "Nobody likes higher bills."',
    '"We will watch every company closely," the chairman added.',
    'The Consumer Council for Water, the customers\' watchdog, said it would study the figures. A spokeswoman said: "Families on low incomes will struggle."',
    'Mark Ellery, the firm\'s finance director, said: "We have kept the rise as low as we can."',
  ),
  'cricket.txt': article(
    'Batsman retires',
    'Former Somerset opener Peter Lydiard said he was retiring "with no regrets".',
    '"I have had 15 wonderful years at Taunton," the former opener said.',
  ),
  'doctor.txt': article(
    'New Doctor named',
    'Charlotte Moore, Controller BBC One says: "He has all the genius the part needs."',
  ),
  // crude/17519 of the news corpus, shortened.
  'saudi.txt': article(
    'Oil companies to renegotiate Saudi pact',
    'John Lichtblau, director of the Petroleum Industry Research Foundation Inc said that renegotiation of the pact was more of a formality.',
  ),
  // general/10854 of the news corpus, shortened.
  'ipma.txt': article(
    'IPMA board meets',
    'The International Primary Market Makers Association, a trade organisation, said its board had met in London.',
  ),
};

const library = useLibrary(FILES);
const { quoted } = directQuotes(library);

// `But the Cricket Society, which represents supporters, said … "…"` (93-98) was nobody's: the body
// opens its sentence as surely after `But` as at its start.
describe('a body opening its sentence after a conjunction, before a clause about it', () => {
  it('speaks', () => {
    expect(quoted('a body blow')?.speaker).toBe('Isles Travel Forum');
  });
});

// `The environmental group WWF welcomed the cuts, saying … "…"` (93-98) was nobody's: a body named
// after a noun for its kind is the subject of whatever verb follows it, so of the participle.
describe('a body named after a noun for its kind, then a verb and `, saying`', () => {
  it('speaks', () => {
    expect(quoted('a disaster for the islands')?.speaker).toBe('Surfers Against Sewage');
  });
});

// `Unison said staff had warned managers … "for months"` (93-98) was not found: `warned`, whose
// subject is a plain noun inside the reported clause, hid the body that speaks. A quote that is
// that verb's own speech (`told her, "…"`) stays with nobody named.
describe('a short quote after a plain noun`s verb inside a reported clause', () => {
  it('is the words of the one who reports it', () => {
    expect(quoted('for years')?.speaker).toBe('Islands Chamber of Commerce');
  });
  it('unless it is that verb`s own speech', () => {
    expect(quoted('Nobody asked us')?.speaker).not.toBe('Ruth Maddern');
  });
});

// `The Healthcare Commission, the NHS watchdog, said …. A spokeswoman said: "…"` (93-98) was
// nobody's: a body's name set off by a noun phrase for its kind speaks, and the spokeswoman after it
// in the same paragraph is its voice, whoever spoke in the paragraph before.
describe('a body set off by a noun phrase for its kind', () => {
  it('speaks, lone word or not, and its spokeswoman after it', () => {
    expect(quoted('fully justified')?.speaker).toBe('Ofwat');
    expect(quoted('Families on low incomes')?.speaker).toBe('Consumer Council for Water');
  });
  it('leaves a person set off by a role a person', () => {
    expect(quoted('We have kept the rise')?.speaker).toBe('Mark Ellery');
  });
  it('on a sentence of the news corpus', () => {
    const said = library()
      .quotes.all()
      .find((q) => q.text.startsWith('The International Primary Market Makers Association'));
    expect(said?.speaker).toBe('International Primary Market Makers Association');
  });
});

// Found while measuring a rule for ECB+'s quotes run on over lines (not merged): `Name, Role Body
// says:` with no comma after the body gave the quote to the body (`Controller BBC One`), and the news
// corpus's `John Lichtblau, director of the Petroleum Industry Research Foundation Inc said` gave his
// statement to the foundation: a run opened by a role word right after a person's full name and its
// comma is that person's appositive.
describe('a role and a body set off after a full name, closed by the verb', () => {
  it("is the person's appositive, not a body that speaks", () => {
    const doctor = quoted('He has all the genius');
    expect(doctor?.speaker).toBe('Charlotte Moore');
    expect(doctor?.role).toBe('Controller BBC One');
    const said = library()
      .quotes.all()
      .find((q) => q.text.startsWith('John Lichtblau, director'));
    expect(said?.speaker).toBe('John Lichtblau');
  });
});

// `Former Derbyshire captain Graham Tunnicliffe … said he was "…"` then `"…," the former opener
// added` (93-98) was nobody's: `opener` (a batsman who opens the innings) is a role noun.
describe('`opener` as a role', () => {
  it('points back to the batsman', () => {
    expect(quoted('I have had 15 wonderful years')?.speaker).toBe('Peter Lydiard');
  });
});
