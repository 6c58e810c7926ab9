import { describe, expect, it } from 'vitest';
import { article, speakersOf, useLibrary } from '../helpers/tempCorpus.ts';

// Descriptions and names left unclean by the samples (c) to (e) of 2026-12-07: a name's own title at
// the end of a role, a ticker that cut the firm off a role, a body in lower case dropped from the
// title it owns, and two names run together by a missing comma (ECB+). One spec per class, on the
// corpora's own sentences (shortened).

const FILES = {
  // news general/01999 (shortened): `Sen.` is Paul Sarbanes's title, not part of the role
  'sarbanes.txt': article(
    'Joint Economic Committee Report',
    '"The annual report of the committee surveys a 3.7 trillion dlr economy whose tranquil appearance obscures the danger signals that lie just below the surface," Committee chairman Sen. Paul Sarbanes said in a statement.',
  ),
  // ECB+ (shortened): a rank after a body, not after a role noun, is the role itself
  'earley.txt': article(
    'Shooting in Bloomington',
    '"We have no reason to believe anyone else is involved," Bloomington Police Sgt. Marty Earley said.',
  ),
  // news earn/15110 (shortened): `RTRS.L`, tokenized `RTRS` `.` `L`, between the firm and the role
  'hogg.txt': article(
    'Reuters Chairman Urges Freer Information Flows',
    'Exchanges and telecommunications authorities should abolish their restrictions on full and free dissemination of information to the investment and banking communities, Reuters Holdings Plc RTRS.L chairman Sir Christopher Hogg said.',
    '"Many other markets maintain restrictions," he added.',
  ),
  // news bop/05779 (shortened): the same, with a role in lower case that the run does not open
  'little.txt': article(
    'N.Z. Current Account Deficit Narrows',
    'ANZ Banking Group Ltd ANZA.S senior economist Ian Little said the big question was whether the improvement in exports could be sustained.',
  ),
  // news money-fx/10618 (shortened): `central bank` says whose Vice Governor he is
  'bouldikian.txt': article(
    'Lebanon Calls for Arab Fund',
    'Lebanese central bank Vice Governor Meguerditch Bouldikian called for the establishment of an Arab fund to assist the Lebanese pound.',
    '"These are encouraging factors, but the war has not ended yet," Bouldikian said.',
  ),
  // news reserves/08597 (shortened): the body's word opens the sentence, capitalised
  'chang.txt': article(
    'Taiwan Reserves Rise',
    'Central bank Governor Chang Chi-cheng told reporters the increase in reserves was the result of heavy intervention by the bank on the local interbank market.',
    'Chang Chi-cheng said the central bank could not stop buying U.S. Dollars because of heavy sales by local exporters.',
  ),
  // ECB+ 37_5ecb (shortened): `the agency` is the object of `Head of`, not the Captain's owner
  'manrosan.txt': article(
    'Papua Quake',
    "Head of the agency Captain Manrosan, who goes with a single name like many Indonesian, told Xinhua by phone from Manokwari of Papua's main city that eight people had suffered from serious injury.",
    'Manrosan said that the 7.7 magnitude quake damaged 42 government office buildings.',
  ),
  // ECB+ 3_3ecb (shortened; the second sentence from 3_8ecb): a body's run that opens the sentence,
  // then a role in lower case
  'nichols.txt': article(
    'Courthouse Gunman Sentenced',
    'Former Kutztown University football player Brian Nichols has received a sentence of life in prison without parole for a March 2005 shooting spree in an Atlanta courthouse, according to reports.',
    '"I know that the things that I\'ve done caused a lot of pain, and I am sorry," Nichols said.',
  ),
  // news (Canadian oil, shortened): the same with a body's run whose last word is the body's
  'maciej.txt': article(
    'Canadian Oil Cash Flow to Fall',
    'Canadian Petroleum Association technical director Hans Maciej sees industry cash flow falling another 10 pct in 1987, after dipping about 60 pct last year.',
    '"For a number of companies, the PGRT cut was absolutely necessary," Maciej said.',
  ),
  // ECB+ 36_9ecbplus (shortened): a body's word after a possessive `'s` that closes no person's name
  'strickland.txt': article(
    'Jeffs Appears in Texas Court',
    "Jeffs appeared during a brief hearing in San Angelo wearing glasses, orange jail pants and a gray sweat shirt, Texas Attorney General's Office spokesman Jerry Strickland said.",
    '"When you have sexual assault of a child, it doesn\'t matter who you are," Strickland said.',
  ),
  // ECB+ 3_4ecb (shortened; the quote added): a titled name before `and` in a list of victims
  'wilhelm.txt': article(
    'Nichols Convicted',
    "Nichols was convicted of overpowering a sheriff's deputy before killing Superior Court Judge Rowland Barnes, court reporter Julie Ann Brandau, Sheriff's Deputy Sgt. Hoyt Teasley and U.S. Customs Agent David Wilhelm.",
    '"He was proud of his badge," David Wilhelm said.',
  ),
  // ECB+ 39_11ecbplus (shortened): a lead's first word in capitals, then `the BBC` and the surname
  // with no comma between; before, `BBC Capaldi` was a person and Brad Pitt, named last, took the
  // lines after it.
  'capaldi.txt': article(
    'Capaldi Is the New Doctor',
    'PETER Capaldi has been announced as the new Doctor Who, the 12th actor to take up the coveted TV role.',
    'He has a long list of movie, television and stage credits, from the 1983 film Local Hero to a role alongside Brad Pitt in the recent zombie horror World War Z.',
    'In a live interview with the BBC Capaldi admitted he had been a long-time fan of the show.',
    '"Being asked to play the Doctor is an amazing privilege," he said.',
    '"I think Malcolm has been banished from the mirror by this Doctor Who," Capaldi said.',
  ),
  // ECB+ 38_4ecbplus (shortened): a word written once after an acronym is a body's, no surname
  'usgs.txt': article(
    'Quake Hits Papua',
    'The UGSG Website says the largest quake ever to be recorded there was of 8.2 magnitude.',
  ),
};

const library = useLibrary(FILES);
const { speaker, names } = speakersOf(library);
const statement = (start: string) =>
  library()
    .quotes.all()
    .find((q) => q.text.startsWith(start));

describe("a name's own title after a role noun", () => {
  // `Committee chairman Sen. Paul Sarbanes`: `Sen.` goes with the name, as `Dr` would.
  it('is cut from the role', () => {
    expect(speaker('Paul Sarbanes')!.description).toBe('Committee chairman');
  });
  // `Bloomington Police Sgt.`: no role noun before the rank; the rank is his role.
  it('stays when it is the role itself', () => {
    expect(speaker('Marty Earley')!.description).toBe('Bloomington Police Sgt.');
  });
});

describe("a ticker between a firm's name and a role", () => {
  // `L chairman`: the exchange letter opened the run and the firm was lost; the firm is whose
  // chairman he is, and the ticker no part of the role.
  it('gives the role its firm, the ticker left out', () => {
    expect(speaker('Christopher Hogg')!.description).toBe('Reuters Holdings Plc chairman');
    expect(statement('Many other markets')).toMatchObject({ speaker: 'Christopher Hogg' });
  });
  // `ANZA.S senior economist`: the exchange letter is no person (`S`), and the role widened from
  // lower case takes the firm before the ticker; the statement stays his (the tokenizer ends a
  // sentence at `ANZA.`).
  it('also before a role widened from lower case', () => {
    expect(speaker('Ian Little')!.description).toBe('ANZ Banking Group Ltd senior economist');
    expect(statement('ANZ Banking Group Ltd')?.speaker ?? statement('S senior economist')?.speaker).toBe('Ian Little');
    expect(names()).not.toContain('S');
  });
});

describe('a body in lower case before a capitalised title', () => {
  // `Vice Governor` alone lost whose: the central bank's, of Lebanon.
  it('is part of the role, with its country', () => {
    expect(speaker('Meguerditch Bouldikian')!.description).toBe('Lebanese central bank Vice Governor');
  });
  it("is taken when the sentence's capital opens it", () => {
    expect(speaker('Chang Chi-cheng')!.description).toBe('Central bank Governor');
  });
  // `Head of the agency Captain Manrosan`: no `agency Captain`.
  it('is not taken after a preposition', () => {
    expect(speaker('Manrosan')!.description).toBe('Captain');
  });
});

describe("a body's run that opens the sentence before a role in lower case", () => {
  // `football player` alone is cut short: Kutztown University's, and former.
  it('is part of the role', () => {
    expect(
      library()
        .quotes.all()
        .find((q) => q.source === 'nichols')!.role,
    ).toBe('Former Kutztown University football player');
  });
  // (The run is a mention of a thing whose name part is its last word, `Association`.)
  it('is part of the role when its last word is the body', () => {
    expect(speaker('Hans Maciej')!.description).toBe('Canadian Petroleum Association technical director');
  });
});

describe("a body's word after a possessive that names no person", () => {
  // `Office spokesman` alone lost whose office: the Texas Attorney General's.
  it('takes the possessor back into the role', () => {
    expect(speaker('Jerry Strickland')!.description).toBe("Texas Attorney General's Office spokesman");
  });
});

describe('a titled name before `and` in a list', () => {
  // `Deputy Sgt. Hoyt Teasley and U.S. Customs Agent`: Teasley is another victim, named in full
  // after his title. Since two full names joined by `and` are two runs (names.ts pairedNameAnd),
  // Wilhelm's run is his own and the list is no part of it; `Agent` is no role noun the pass knows,
  // so he has no description rather than `Sgt. Hoyt Teasley and U.S. Customs Agent`.
  it("is no part of the next person's role", () => {
    expect(speaker('David Wilhelm')!.aliases).toContain('U.S. Customs Agent David Wilhelm');
    expect(speaker('David Wilhelm')!.description).toBeNull();
  });
});

describe('an acronym and a surname run together', () => {
  // `with the BBC Capaldi admitted`: the BBC, then Capaldi; `PETER Capaldi` is his name, and the
  // lines after it are his, not Brad Pitt's.
  it('is the body and the person who speaks', () => {
    expect(names()).not.toContain('BBC Capaldi');
    expect(names()).not.toContain('Brad Pitt');
    expect(statement('In a live interview')).toMatchObject({ speaker: 'Peter Capaldi' });
    expect(statement('Being asked to play')).toMatchObject({ speaker: 'Peter Capaldi' });
    expect(statement('I think Malcolm')).toMatchObject({ speaker: 'Peter Capaldi' });
  });
  // `The UGSG Website says`: `Website` is written once, no surname: the run stays whole.
  it('is not split when the word is written only there', () => {
    expect(statement('The UGSG Website says')).toMatchObject({ speaker: 'UGSG Website' });
  });
});
