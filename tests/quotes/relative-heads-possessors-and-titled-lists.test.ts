import { describe, expect, it } from 'vitest';
import { article, directQuotes, speakersOf, useLibrary } from '../helpers/tempCorpus.ts';

// Descriptions left unclean by the held-out sample (c) of 2026-12-07 (ECB+ 34/40, news 38/40, ECB+'s
// 30 most-quoted 29/30): a role or name near a person taken as the person's, a possessor dropped, a
// firm made a person. One spec per class, on the corpora's own sentences.

const FILES = {
  // ECB+ 28_4ecb: `Watergate and Mr Woodward` is one capitalised run
  'woodward.txt': article(
    'Deep Throat Revealed',
    'A debonair man about town and incurable political gossip, Mr Felt was already known to Mr Woodward when he first reached out to him.',
    'More than 30 years after Watergate and Mr Woodward confirmed the revelation, finally letting his secret out.',
    '"He was a source who made himself known," Mr Woodward said.',
  ),
  // ECB+ 3_4ecb (shortened; the last line from another story of ECB+ topic 3): the gunman, named in
  // relative clauses after his victims' roles
  'nichols.txt': article(
    'Nichols Jury Deadlocks',
    'Jurors deadlocked on whether Brian Nichols should be put to death for killing four people.',
    '"I feel in some ways he is proud of what he did," said Deborah Teasley, widow of a sheriff\'s deputy Nichols murdered.',
    '"I don\'t think Brian Nichols won," said Christina Greenway, daughter of the court reporter Nichols murdered.',
    'Nichols said: "I know that the things that I\'ve done caused a lot of pain, and I am sorry."',
  ),
  // ECB+ 7_3ecbplus: a kin noun owned by the person's brother
  'gray.txt': article(
    'Brooklyn Shooting',
    'Gray\u2019s older sister, Mahnefah Gray, 19, told the New York Times that one of the witnesses of the shooting told her that her brother was only fixing his belt.',
  ),
  // ECB+ 1_13ecbplus (shortened): three officers in a list after the team
  'sox.txt': article(
    'Red Sox Bid For Teixeira',
    'Lynch reported the Red Sox team of owner John Henry, COO Larry Lucchino and General Manager Theo Epstein offered Teixeira, 28, an eight-year deal worth $184 million.',
    '"We\'re not going to be part of it," Henry said.',
  ),
  // news crude/10228 (shortened): a firm after `Dallas-based`
  'sabine.txt': article(
    'Oil Executives See Recovery',
    'Andrew Shoup, chairman of Dallas-based Sabine, predicted that world oil prices would increase from a range of 15 to 20 dlrs a barrel in 1987 to a range of 17 to 22 dlrs a barrel in 1988.',
    '"Fuel switching could help us as much as anything," Shoup said.',
  ),
  // ECB+ 26_9ecbplus (shortened): a name broken by a nickname, and the brother named in full at the end
  'gigante.txt': article(
    'Mob Boss Dies',
    'Vincent "The Chin" Gigante, the powerful mob boss who avoided jail for decades by wandering the Greenwich Village streets in a ratty bathrobe and slippers as part of an elaborate feigned mental illness, died Monday in prison, federal officials said.',
    'Dubbed the "Oddfather" for his bizarre behavior, the former Genovese crime family head, an ex-boxer whose lengthy string of victories over prosecutors ended with a July 1997 racketeering conviction, finally admitted his insanity ruse at an April 2003 court hearing.',
    'After nearly a quarter-century of public craziness, Gigante calmly pleaded guilty to obstruction of justice for his deception.',
    '"God bless you," he told the judge, offering a broad wave goodbye before leaving the Brooklyn courtroom.',
    "After refusing to name his attacker in court, the shaken Costello retired, making Gigante's patron, Vito Genovese, kingpin of the family that still bears his name.",
    'Relatives, led by Rev. Louis Gigante, his priest-brother and most ardent defender, filled three rows at the 1997 trial.',
  ),
  // ECB+ 26_11ecbplus (first line, with 26_9ecbplus's quote): a role before the given name
  'gigante2.txt': article(
    'Mob Boss Dies In Prison',
    'Mob boss Vincent "The Chin" Gigante, the powerful Mafioso who avoided jail for decades by wandering the streets in a ratty bathrobe and slippers, feigning mental illness, died Monday in prison.',
    '"God bless you," he told the judge, offering a broad wave goodbye before leaving the Brooklyn courtroom.',
  ),
};

const library = useLibrary(FILES);
const { direct, quoted, reported } = directQuotes(library);
const { speaker } = speakersOf(library);

describe('a name after `and` and an honorific', () => {
  // `after Watergate and Mr Woodward confirmed`: what stands before `and Mr` is another name (here
  // a scandal's), never Mr Woodward's role; it was his description (`Watergate`).
  it('takes nothing before `and` for a role', () => {
    expect(quoted('He was a source who made himself known')).toMatchObject({ speaker: 'Woodward', role: null });
    expect(speaker('Woodward')!.description).toBeNull();
  });
});

describe('a role that heads a relative clause', () => {
  // `of a sheriff's deputy Nichols murdered.`: Nichols is the subject of a clause about the deputy
  // (the verb ends it with no object), so `deputy` and `court reporter` are his victims', not his.
  it('is not the role of the name after it', () => {
    expect(speaker('Brian Nichols')!.description).toBeNull();
    expect(speaker('Brian Nichols')!.aliases).toEqual(['Brian Nichols', 'Nichols']);
    expect(quoted('I know that the things')).toMatchObject({ speaker: 'Brian Nichols', role: null });
  });
});

describe('a kin noun after a possessor', () => {
  // `Gray's older sister, Mahnefah Gray,`: the relation is only hers through its possessor, so the
  // possessor stays (it was `older sister`, a role cut short).
  it('keeps the possessor', () => {
    expect(speaker('Mahnefah Gray')!.description).toBe('Gray\u2019s older sister');
  });
});

describe('a list of titled people after a name', () => {
  // `owner John Henry, COO Larry Lucchino and General Manager Theo Epstein`: the set-off run is the
  // other officers, and its last title and name (`General Manager Theo Epstein`) are Epstein's.
  it('gives none of them to the first', () => {
    expect(quoted("We're not going to be part of it")).toMatchObject({ speaker: 'John Henry' });
    // (`owner` is no role word of the lexicon's, so Henry is left with none.)
    expect(speaker('John Henry')!.description).toBeNull();
  });
});

describe('a name after a `-based` word', () => {
  // `chairman of Dallas-based Sabine`: a firm, no person; the statement is the chairman's.
  it('is no person', () => {
    expect(speaker('Sabine')).toBeUndefined();
    expect(reported('Andrew Shoup, chairman of')).toMatchObject({ speaker: 'Andrew Shoup' });
  });
});

describe('a name broken by a quoted nickname', () => {
  // `Vincent "The Chin" Gigante`: the given name and the surname are one man's name, so `Gigante` was
  // no full name of the article's but his brother's (`Louis Gigante`), who took his role and quote.
  it('is one name', () => {
    // (`Mob boss` from gigante2.txt is his too.)
    expect(speaker('Vincent Gigante')!.description).toBe('Mob boss');
    expect(speaker('Louis Gigante')).toBeUndefined();
    // (The given name's run with its role is dropped into the name: no alias `Mob boss Vincent`.)
    expect(speaker('Vincent Gigante')!.aliases).toEqual(['Vincent Gigante', 'Gigante', 'Mob boss Vincent Gigante']);
  });

  // A bare `Gigante` beside two Gigantes named in full is the one named before it: the brother comes
  // only at the end (a bare surname beside two namesakes was nobody's, and `he` went to Vito Genovese
  // through `the former Genovese crime family head`).
  it('leaves a bare surname to the namesake named before it', () => {
    const blessings = direct().filter((q) => q.text === 'God bless you');
    expect(blessings.map((q) => [q.source, q.speaker, q.role])).toEqual([
      ['gigante', 'Vincent Gigante', 'powerful mob boss'],
      ['gigante2', 'Vincent Gigante', 'Mob boss'],
    ]);
  });
});

describe('a name after a role at the end of a description', () => {
  // `Deborah Teasley, widow of a sheriff's deputy Nichols murdered`: the set-off description ran on
  // to the name the deputy is said of; a lone capitalised word right after a lower-case role noun at
  // its end is that name, not part of the role.
  it('is left out of the role', () => {
    expect(quoted('I feel in some ways he is proud')).toMatchObject({
      speaker: 'Deborah Teasley',
      role: "widow of a sheriff's deputy",
    });
  });
});
