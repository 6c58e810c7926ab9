import { describe, expect, it } from 'vitest';
import { article, directQuotes, useLibrary } from '../helpers/tempCorpus.ts';

// ECB+'s 30 most-quoted people (issue 18, 2026-12-07 (b) check): one merged identity and one junk
// description; and a speaker that was no person (`Jonathan I`); one spec per class, on the corpora's
// own sentences.

const FILES = {
  // ECB+ 13_4ecb: the senator, named once, never quoted (in a story with a speaker of its own)
  'palin.txt': article(
    'Fire At Palin Church',
    '"Whatever the motives of the arsonist," Mr. McAllister said, "the governor has faith in the scriptural passage that what was intended for evil will in some way be used for good."',
    "The 1,000-member evangelical church was the subject of intense scrutiny after Ms. Palin was named Senator John McCain's running mate.",
  ),
  // ECB+ 44_7ecbplus and 44_8ecbplus: HP's John McCain, with his post, then without it
  'hp.txt': article(
    'HP Buys EYP',
    '"Data center transformation is a key focal point for the HP Services team," says John McCain, senior vice president and general manager of HP Services.',
  ),
  'hp2.txt': article(
    'HP To Acquire EYP Mission Critical Facilities',
    '"The datacenter is the foundation of IT for enterprises, an essential building block for driving business growth and adapting to changing business objectives," said John McCain, senior vice president and general manager of HP Services in a written statement.',
  ),
  // news general/05891 and another Reuters story: one senator, a committee's chair in one, `Sen.` in the other
  'proxmire.txt': article(
    'Proxmire Plans Takeover Bill',
    'Senate Banking Committee Chairman William Proxmire (D-Wis) said he planned to introduce legislation shortly to require greater public disclosure of corporate takeovers.',
  ),
  'proxmire2.txt': article(
    'Shad Successor Sought',
    'Sen. William Proxmire, the Wisconsin Democrat whose Senate Banking Committee would hold confirmation hearings on the new chairman, said he hoped that Shad\'s successor "would be very supportive of the division of enforcement\'s on-going investigation of the scandals on Wall Street."',
  ),
  // ECB+ 40_6ecb, 39_3ecbplus and 6_2ecbplus: `Ive` (which wink splits `I` `ve`), the pronoun `I`
  // after a role noun and in `As I said`
  'ive.txt': article(
    'New MacBook Pro',
    'Apple designer Jonathan Ive explained that Apple learned a lot when making the MacBook Air and used that knowledge to design the new MacBook Pro.',
  ),
  'fan.txt': article(
    'Capaldi Is The Twelfth Doctor',
    "Even though I am a lifelong Doctor Who fan I've not played him since I was nine.",
    '"The casting of it made me really excited genuinely, and as a fan I think it\'s a really canny choice," Capaldi said.',
  ),
  'review.txt': article(
    'Hunger Games Review',
    'As I said many times in my review, Gary Ross \u2018direction was the strongest element of The Hunger Games.',
  ),
  // ECB+ 28_7ecbplus and 41_3ecbplus (joined as paragraphs, quotes shortened): three-word names
  // after a role in lower case, one of whose later words is a known given name
  'watergate.txt': article(
    'Watergate Figure Dies',
    "LaRue was present at a 1972 meeting with Mitchell and Nixon aide Jeb Stuart Magruder at Nixon's vacation home in Key Biscayne, Fla., where the plan to break in Democratic headquarters at the Watergate complex in Washington allegedly was hatched.",
    '"It was time for both of us to think about our families," Magruder said.',
  ),
  'sudan.txt': article(
    'South Sudan Accuses Khartoum',
    'However, Sudan Armed Forces spokesman Sawarmi Khaled Saad vehemently denied any links to the raid.',
    '"This information is completely false. We didn\'t bomb any camps or any areas inside the borders of South Sudan," he told the AFP news agency.',
  ),
  // news general/17381 (the same shape, a capitalised rank in the run): the given name starts the name
  'adb.txt': article(
    'U.S. Urges ADB Change',
    '"The bank is doing its borrowers a disservice by not entering into a policy dialogue," said chief U.S. Delegate Charles Dallara.',
  ),
  // ECB+ 18_6ecb: `the officer` speaks to the man the story quotes
  'pinder.txt': article(
    'Police Raid Film Studio Street',
    'Mark Pinder was working at a film studio across the street when a police officer banged at his window.',
    '"I didn\'t realize it was a police officer right away because he was a plainclothes officer," Mr. Pinder said.',
    '"But then I saw that he had a weapon drawn."',
    'The officer told Mr. Pinder to get everyone in the basement.',
  ),
  // ECB+ 41_3ecbplus as written, a sentence a line: a quote opened on one line and closed on the next
  'sudan-lines.txt': article(
    'Sudan Denies Raid',
    'However, Sudan Armed Forces spokesman Sawarmi Khaled Saad vehemently denied any links to the raid.',
    '"This information is completely false.',
    'We didn\'t bomb any camps or any areas inside the borders of South Sudan," he told the AFP news agency.',
  ),
  // ECB+ 39_4ecbplus, a sentence a line: a role and its body set off after the name before `says:`
  'bbc.txt': article(
    'Capaldi Is The Twelfth Doctor',
    'Charlotte Moore, Controller BBC One says: "Peter Capaldi has all the genius and versatility needed to take on the mantel of the great Time Lord and make the role his own.',
    'He\'ll bring his own particular wisdom, charisma and wit to the Twelfth Doctor and take the show into an exciting new era."',
  ),
  // ECB+ 2_3ecb (shortened): `Mr. Condon and Mr. Mark` names two producers
  'oscars.txt': article(
    'Jackman To Host Oscars',
    'Laurence Mark, a co-producer of the Oscars telecast, with Bill Condon, said there was also a desire to steer clear of stand-up comedians.',
    '"We are trying to get away from this late-night talk show rut," Mr. Mark said in a telephone interview.',
    'Mr. Condon and Mr. Mark, who recently served as the creative team behind the movie "Dreamgirls," are trying to energize the telecast.',
  ),
};

const library = useLibrary(FILES);
const { direct, quoted } = directQuotes(library);
const speaker = (name: string) =>
  library()
    .quotes.speakers()
    .filter((s) => s.name === name);

describe('one name, two people', () => {
  // A legislator's title in one article and a firm's post in others are two people's evidence; the
  // article that gives neither (`said John McCain` in hp2) goes with the one seen in more articles
  // with evidence (here a tie broken by the first made: the firm's, founded in hp.txt).
  it('keep a senator named once apart from a firm executive of the same name', () => {
    const mccains = speaker('John McCain');
    expect(mccains).toHaveLength(1);
    expect(mccains[0]!.aliases).toEqual(['John McCain']);
    expect(mccains[0]!.description).toBe('senior vice president and general manager of HP Services');
    expect(quoted('The datacenter is the foundation')).toMatchObject({ speaker: 'John McCain' });
  });
});

describe('one name, one person', () => {
  // A legislator's title and a committee's chair (a post a legislator holds) are no conflict.
  it('keep a senator with his committee chair one person', () => {
    const proxmires = speaker('William Proxmire');
    expect(proxmires).toHaveLength(1);
    expect(proxmires[0]!.aliases).toContain('Sen. William Proxmire');
    expect(proxmires[0]!.aliases).toContain('Senate Banking Committee Chairman William Proxmire');
  });
});

describe('a name of three words after a role', () => {
  // `Nixon aide Jeb Stuart Magruder`: the role ended at `aide`, so `Jeb` is the name's, though only
  // `Stuart` is a known given name (it was `Stuart Magruder`, role `Nixon aide Jeb`).
  it('keep its first word', () => {
    expect(quoted('It was time for both')).toMatchObject({ speaker: 'Jeb Stuart Magruder' });
    expect(quoted('This information is completely false')).toMatchObject({
      speaker: 'Sawarmi Khaled Saad',
      role: 'Sudan Armed Forces spokesman',
    });
    expect(quoted('The bank is doing')).toMatchObject({ speaker: 'Charles Dallara', role: 'chief U.S. Delegate' });
  });
});

describe('a description that speaks to someone', () => {
  // `The officer told Mr. Pinder …`: the nearest name before is Pinder, but he is the one told.
  it('is not the one it speaks to', () => {
    const statements = library()
      .quotes.all()
      .filter((q) => q.source === 'pinder' && q.kind === 'reported');
    expect(statements.map((q) => [q.speaker, q.text.slice(0, 12)])).not.toContainEqual(['Mark Pinder', 'The officer ']);
    expect(speaker('Mark Pinder')[0]!.description).toBeNull();
  });
});

describe('a quote over lines', () => {
  // ECB+ writes a sentence a line: the second line goes on with no opening mark and closes the quote,
  // so the quote is both lines and its tag is the second line's.
  it('runs on to a closing mark in the next line', () => {
    expect(direct().find((q) => q.source === 'sudan-lines')).toMatchObject({
      speaker: 'Sawarmi Khaled Saad',
      text: "This information is completely false.\nWe didn't bomb any camps or any areas inside the borders of South Sudan",
    });
  });

  // `Charlotte Moore, Controller BBC One says:` (found once the quote closes on its second line): the
  // capitalised role and body set off after the full name are hers, no organisation of their own.
  it('gives a role run set off after a name to the person', () => {
    expect(quoted('Peter Capaldi has all the genius')).toMatchObject({ speaker: 'Charlotte Moore' });
  });
});

describe('the pronoun I', () => {
  // wink writes `I` capitalised; after a role noun (`Doctor Who fan I've`) it was taken as a surname,
  // and every `I` of the corpus joined it.
  it('is no name', () => {
    const names = library()
      .quotes.speakers()
      .flatMap((s) => s.aliases);
    expect(names.filter((a) => /(?:^| )I$/.test(a))).toEqual([]);
    expect(
      library()
        .quotes.all()
        .filter((q) => q.source === 'review')
        .map((q) => q.speaker),
    ).toEqual([]);
  });
});

describe('a run that names two people', () => {
  // `Mr. Condon and Mr. Mark`: the words before `and` are another person, no role of Mr Mark's.
  it('take no other person for a role', () => {
    expect(quoted('We are trying to get away')).toMatchObject({ speaker: 'Laurence Mark', role: null });
    expect(speaker('Laurence Mark')[0]!.description).toBeNull();
  });
});
