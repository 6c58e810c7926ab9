import { describe, expect, it } from 'vitest';
import { article, directQuotes, useLibrary } from '../helpers/tempCorpus.ts';

// Issue 18, round qrecall3: unattributed quotes that name their speaker (the samples of
// tests/quotes/ecbplus-unattributed-2026-12-07g.md and reuters-unattributed-2026-12-07.md, and the
// news-dev articles' last partial). Real sentences (the story is named), shortened; the rules are
// general: none names a person, a word of a quote or a story.

const FILES = {
  // news general/03560 (Joe Clark; the sample's general/03938 and earn/08510 are of the same class)
  'clark.txt': article(
    'Clark holds talks',
    'Foreign Secretary Joe Clark urged the United States to take firm action on acid rain.',
    'Canada is seeking evidence that Reagan is prepared to live up to a commitment made last year.',
    '"We expect the U.S. government to honor its commitment" and discussed this with Shultz today, Clark said.',
  ),
  // news earn/08510
  'brunswick.txt': article(
    'Brunswick',
    'Frederick Florjancic, vice president-finance, told analysts Brunswick was disappointed two years ago.',
    '"We are confident we can service our debt and bring it down in the very near term," based on strong cash flow from operations, Florjancic said.',
  ),
  // the Clark sentence with a full stop inside the marks: the quote's own sentence ends there
  'clark-stop.txt': article(
    'Clark again',
    'Foreign Secretary Joe Clark urged the United States to take firm action on acid rain.',
    'Canada is seeking evidence that Reagan is prepared to live up to a commitment made last year.',
    '"We expect the U.S. government to honor its commitment." and discussed this with Shultz today, Clark said.',
  ),
  // ECB+ 36_7ecbplus (sample g, #4)
  'jeffs.txt': article(
    'Jeffs',
    'Warren Jeffs appeared in court on Tuesday.',
    '"He is holding up great.',
    'He is a prayerful man and he feels, and the people who support Mr. Jeffs believe, that their prayers were answered," Jeffs\' attorney Walter F. Bugden told the Salt Lake Tribune.',
    '"He is a little thin, he is a little thin.',
    'He could use some fattening up."',
  ),
  // ECB+ 25_8ecbplus (sample g, #5)
  'saints.txt': article(
    'Saints',
    '"I don\'t know that this is a rallying cry," Coach Sean Payton said of the injuries (via Jeff Duncan of the Times - Picayune).',
    '"We\'ve gone through this before.',
    'It\'s not uncommon."',
  ),
  // ECB+ 34_12ecbplus
  'alsip.txt': article(
    'Benjamin',
    'Dr. Jorge Alsip, an emergency physician, worked with her for years.',
    'Dr. Alsip also said Dr. Benjamin is tenacious.',
    '"If Regina\'s in a fight, don\'t ever bet against her."',
  ),
  // the same with a second speech verb in what is reported: the other person may be the voice
  'alsip-told.txt': article(
    'Benjamin told',
    'Dr. Jorge Alsip, an emergency physician, worked with her for years.',
    'Dr. Alsip also said Dr. Benjamin told her staff never to give up.',
    '"When you are in a fight, don\'t ever give up."',
  ),
  // ECB+ 1_10ecb (1_5ecb, sample g #27, has the same tag without the age)
  'reid.txt': article(
    'Reid',
    'Perennial party girl Tara Reid checked herself into Promises Treatment Center, her rep told People.',
    '"We appreciate your respect to her and her family\'s privacy at this time," the 33-year-old actress\'s rep Jack Ketsoyan told the magazine exclusively for their Web site.',
  ),
  // ECB+ 13_21ecb (the attributed sample of 2026-12-07, ECB+ #2: given to the fire chief)
  'church.txt': article(
    'Church fire',
    '"We are definitely treating it as suspicious," James Steele, chief of the Central Mat-Su Fire Department, told the newspaper.',
    '"Right now there\'s no indication that we have that there\'s any connection there," he said.',
    '"We have no idea what caused it," the Rev. Larry Kroon of the Wasilla Bible Church told CNN.',
  ),
  // news-dev 99 (the Department for Transport), and the same sentence with a noun term
  'runway.txt': article(
    'Runway',
    'The Department for Transport said in a statement that the government\'s air transport white paper supported "making best use" of regional airports, but that the decision was one for the council.',
    'The Civil Aviation Authority said in a statement that the government\'s air transport white paper supported "best use" of regional airports, but that the decision was one for the council.',
  ),
  // news general/10512: one word is a term, whatever its form
  'marine.txt': article(
    'Marine Midland',
    'Marine Midland Banks Inc said in a filing with the Securities and Exchange Commission that it may reclassify as "nonperforming" 359 mln dlrs of medium- and long-term loans to Brazil.',
  ),
};

const library = useLibrary(FILES);
const { quoted } = directQuotes(library);

// `"…" and discussed this with Shultz today, Clark said.`: a quote that opened its sentence was given
// only a tag right after its closing mark; the attribution that ends its sentence was read only for
// quotes inside the sentence.
describe('a quote opening its sentence whose clause goes on past the closing mark', () => {
  it('is the quote of the attribution that ends the sentence', () => {
    const q = quoted('We expect the U.S. government');
    expect(q?.text).toBe('We expect the U.S. government to honor its commitment');
    expect(q?.speaker).toBe('Joe Clark');
    expect(q?.role).toBe('Foreign Secretary');
    const b = quoted('We are confident');
    expect(b?.speaker).toBe('Frederick Florjancic');
    expect(b?.role).toBe('vice president-finance');
  });
  it('but not when the quote ends with a full stop inside its marks', () => {
    const files = library().quotes.all();
    const q = files.find((x) => x.kind === 'direct' && x.title === 'Clark again');
    expect(q?.text).toBe('We expect the U.S. government to honor its commitment.');
    expect(q?.speaker).toBeNull();
  });
});

// `…," Jeffs' attorney Walter F. Bugden told …` then a bare quoted line: Jeffs, named in the tag as
// the one the speaker works for, was read as a second voice, so the line went to nobody.
describe("the owner of the role in the speaker's own tag", () => {
  it('is no speaker between the tag and a bare quoted line after it', () => {
    expect(quoted('He is a little thin')?.speaker).toBe('Walter F. Bugden');
    expect(quoted('He is a little thin')?.role).toBe("Jeffs' attorney");
  });
});

// `(via Jeff Duncan of the Times - Picayune)`: a name after `via` is a source passed through.
describe('a name after `via`', () => {
  it('is no second voice before a bare quoted line', () => {
    const q = quoted("We've gone through this before.");
    expect(q?.text).toBe("We've gone through this before.\nIt's not uncommon.");
    expect(q?.speaker).toBe('Sean Payton');
  });
});

// `Dr. Alsip also said Dr. Benjamin is tenacious.` then a bare quoted line: the name inside what the
// line before reports was read as a rival.
describe('names inside the clause the line before reports (`X said Y is …`)', () => {
  it("are what was said, so a bare quoted line after it is the speaker's", () => {
    expect(quoted("If Regina's in a fight")?.speaker).toBe('Jorge Alsip');
  });
  it('but not when that clause has a speech verb of its own (`said Y told her staff …`)', () => {
    expect(quoted('When you are in a fight')?.speaker).toBeNull();
  });
});

// `…," the actress's rep Jack Ketsoyan tells People magazine.`: a possessor in lower case before the
// role and the name left the tag's subject unread.
describe('a common noun phrase and its possessive before a role and a name in a tag', () => {
  it('is whose the speaker is: the name is the subject, the phrase the role (an age left out)', () => {
    const q = quoted('We appreciate your respect');
    expect(q?.speaker).toBe('Jack Ketsoyan');
    expect(q?.role).toBe("actress's rep");
  });
});

// `…," the Rev. Larry Kroon of the Wasilla Bible Church told CNN.`: the title's full stop ended the
// tag's window before its verb, and `the` before a title was no opening of a speaker's name, so the
// bare-looking quote was carried on from the fire chief who spoke the lines before.
describe('`the` and a title with its full stop before a name in a tag', () => {
  it("open the speaker's name: the tag is read, no speaker carried on", () => {
    expect(quoted('We have no idea what caused it')?.speaker).toBe('Larry Kroon');
    expect(quoted('Right now there')?.speaker).toBe('James Steele');
  });
});

// `supported "making best use" of regional airports`: an organisation's short quote inside a clause
// that goes on was dropped as a scare quote unless it stood within a few words of the speech verb.
describe("an organisation's short quote opening with a preposition or an `-ing` verb, inside its reported clause", () => {
  it("is the organisation's words, far from the verb and with the clause going on", () => {
    expect(quoted('making best use')?.speaker).toBe('Department for Transport');
  });
  it('but a noun term there is still a scare quote, and so is one word (`reclassify as "nonperforming"`)', () => {
    expect(quoted('best use')).toBeUndefined();
    expect(quoted('nonperforming')).toBeUndefined();
  });
});
