import { describe, expect, it } from 'vitest';
import { article, directQuotes, useLibrary } from '../helpers/tempCorpus.ts';

// Issue 18, ECB+ unattributed sample (f) (tests/quotes/ecbplus-unattributed-2026-12-07f.md, #14).
// Real sentences (the story is named), shortened; the rules are general: none names a person, a
// word of a quote or a story.

const FILES = {
  // 43_1ecb
  'amd.txt': article(
    'AMD and ATI',
    "AMD President Dirk Meyer hopes to use ATI's chipset business to develop an energy-sipping chip.",
    '"Customers want to get better mobile offerings, but they want to know that we\'re still going to offer them the ability to choose, "Meyer says.',
  ),
  // 31_5ecb
  'hansbrough.txt': article(
    'Hansbrough record',
    "The university showed a video montage of Hansbrough's career highlights, and Tyler Hansbrough briefly addressed the crowd.",
    '"I never dreamed I\'d be here and be the all-time leading scorer, "Hansbrough said as he stood alone at midcourt.',
    '"This is a great honor to be here and to represent you guys every night in this uniform."',
  ),
  // 5_2ecb: the father and the son share a surname; the son's given name is no common one (`T.J.`)
  'sixers.txt': article(
    'Cheeks fired',
    'Assistant general manager Tony DiLeo was appointed coach for rest of the season.',
    "His son, T.J. DiLeo, is a guard for Temple and he said after the Owls' 88-72 win over No. 8 Tennessee that he was excited his father had a chance to coach.",
    '"I think it\'s unfortunate for Mo, he\'s a great coach, but my dad is ready to step in, "DiLeo said.',
  ),
  // 31_5ecb
  'tarheels.txt': article(
    'Hansbrough record',
    'Ty Lawson added 16 points for the Tar Heels, and Danny Green had 14, including the 1,000th of his career.',
    'Lawson added that the team had played hard all night.',
  ),
  // 25_11ecbplus: `Reggie` is in no list of given names; `Julius` is
  'saints.txt': article(
    'Saints backs',
    'When the Saints open the playoffs in Seattle on Saturday, the only remaining healthy running backs from their regular season roster will be Reggie Bush and Julius Jones.',
    '"Naturally, I\'m going to have to step up," Bush said.',
  ),
  // 28_11ecb
  'felt.txt': article(
    'Deep Throat dies',
    'Carl Bernstein and Bob Woodward, then-rookie reporters with the Washington Post, did stories about the break-in and subsequent cover-up.',
    '"He had to really be squeezed," Bernstein said in a 2006 interview.',
  ),
  // news acq/10168: a firm named for its founders
  'firm.txt': article(
    'Bid',
    '"I think they\'re going to have to go a little higher eventually," Bruce Lazier of Prescott Ball and Turben said.',
  ),
  // 2_5ecb, 2_9ecbplus: two people speak at once
  'producers.txt': article(
    'Jackman to host',
    '"Hugh Jackman is a consummate entertainer and an internationally renowned movie star," said Laurence Mark and Bill Condon, the new producers of the televised show.',
    'Academy Award producers Craig Zadan and Neil Meron said in a statement: "We are thrilled to have Ellen DeGeneres host the Oscars."',
  ),
  // 28_3ecb: the son named beside his sister, and his father's quotes
  'felt3.txt': article(
    'Felt dies',
    'W. Mark Felt, the former FBI second-in-command who revealed himself as "Deep Throat," has died.',
    '"I\'m the guy they used to call Deep Throat," Felt told Vanity Fair.',
    'Felt is survived by two children, Joan Felt and Mark Felt Jr., and four grandchildren.',
  ),
  // news general/03560, shortened: the speaker's `he` after a quote he did not tag himself
  'clark.txt': article(
    'Clark holds talks',
    'Canada is seeking evidence that Reagan is prepared to live up to a commitment.',
    '"The matter is under serious detailed consideration at the highest levels," he said, adding that Secretary of State George Shultz "left my meeting today to attend a cabinet meeting."',
    '"We will wait and see the results of that examination," he said.',
  ),
  // Volcker (news, general/18299): a pronoun after the comma's space opens a quote.
  'volcker.txt': article(
    'Volcker quits',
    'Making clear his decision was a strong one, Paul Volcker told reporters, "I told (Reagan) with considerable definitiveness yesterday." Officials said Volcker arrived at the White House yesterday.',
  ),
};

const library = useLibrary(FILES);
const { quoted, reported } = directQuotes(library);

// `…, "Meyer says.`: the closing mark typed after the comma's space and glued to the speaker's name
// was read as an opening one, so the quote ran on to its paragraph's end with no tag (round qrecall
// read the mark glued to a verb, `, "said X`, only).
describe('a straight closing mark typed after the space, glued to the name before the tag verb', () => {
  it('closes the quote, and the tag after it names the speaker', () => {
    const q = quoted('Customers want to get better mobile offerings');
    expect(q?.text).toBe(
      "Customers want to get better mobile offerings, but they want to know that we're still going to offer them the ability to choose",
    );
    expect(q?.speaker).toBe('Dirk Meyer');
  });
  it("with the tag going on (`said as he stood`), and the bare quoted line after it is the same speaker's", () => {
    expect(quoted('I never dreamed')?.text).toBe("I never dreamed I'd be here and be the all-time leading scorer");
    expect(quoted('I never dreamed')?.speaker).toBe('Tyler Hansbrough');
    expect(quoted('This is a great honor')?.speaker).toBe('Tyler Hansbrough');
  });
  it('but a pronoun after the mark opens a quote (`reporters, "I told …`)', () => {
    expect(quoted('I told (Reagan)')?.text).toBe('I told (Reagan) with considerable definitiveness yesterday.');
    expect(quoted('I told (Reagan)')?.speaker).toBe('Paul Volcker');
  });
});

// `His son, T.J. DiLeo,`: a full name with no common given name founded no person, so the lone
// `DiLeo said` joined the only DiLeo left, the father, for the son's words (`my dad is ready`).
describe('a full name set off after a possessed kin noun', () => {
  it('is a person, so a lone surname the two share is neither one by default', () => {
    const q = quoted("I think it's unfortunate for Mo");
    expect(q?.text).toBe("I think it's unfortunate for Mo, he's a great coach, but my dad is ready to step in");
    expect(q?.speaker).toBeNull();
  });
});

// `Ty Lawson added 16 points` was a statement of Lawson's (`added` a speech verb, three words after it).
describe('`added` before a count', () => {
  it('reports no statement; `added that` still does', () => {
    expect(reported('Ty Lawson added 16 points')).toBeUndefined();
    expect(reported('Lawson added that')?.speaker).toBe('Ty Lawson');
  });
});

// `Reggie Bush and Julius Jones`: a run of two full names joined by `and` was one name, the last
// (`Julius Jones`), with `Reggie Bush and` for its description; the first person was never named, so
// `Bush said` found no full name and his quotes were nobody's.
describe('two full names joined by `and`', () => {
  it('are two people, and a lone surname later is the one it ends', () => {
    expect(quoted('Naturally')?.speaker).toBe('Reggie Bush');
    expect(quoted('He had to really be squeezed')?.speaker).toBe('Carl Bernstein');
  });
  it("but a firm's name (no full name after the `and`) stays one", () => {
    const q = quoted("I think they're going to have to go");
    expect(q?.speaker).toBe('Bruce Lazier');
    expect(q?.role).toBe('Prescott Ball and Turben');
  });
  it('and a name with a generation after the `and` stays in the run (`Mark Felt Jr.`: no rival for the father)', () => {
    expect(quoted("I'm the guy they used to call Deep Throat")?.speaker).toBe('W. Mark Felt');
  });
});

// With the two read apart, the verb's nearest name would take words the two said together.
describe('a subject of two names joined by `and`', () => {
  it('after the verb or before it, is neither alone', () => {
    expect(quoted('Hugh Jackman is a consummate entertainer')?.speaker).toBeNull();
    expect(quoted('We are thrilled to have Ellen DeGeneres')?.speaker).toBeNull();
  });
});

// Read as a person now, George Shultz named in what the unresolved `he` reports took the next `he`.
describe('a name right after the `that` of a speech verb', () => {
  it('is no antecedent of the next pronoun alone', () => {
    expect(quoted('We will wait and see')?.speaker).toBeNull();
  });
});
