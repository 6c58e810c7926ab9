import { describe, expect, it } from 'vitest';
import { article, directQuotes, useLibrary } from '../helpers/tempCorpus.ts';

// The persons' classes missed on held-out articles 111-116 of tests/quotes/news-dev/ (scored once
// before these rules), each on those articles' sentences (shortened) or the corpora's: a tag with a
// verb no list holds (`Ms Quinlan pressed.`), a role-subject whose person was introduced after a
// club of two words (`Sale Sharks full-back`), `the former international` after a sentence whose
// reported clause opens with another name, `his daughter said`, and `he said` after `X conceded
// that … Y …`. The rules are general: none names a person, a word of a quote or an article.

const FILES = {
  // 114 of news-dev, shortened: the barrister's question between the defendant's answers.
  'hedge.txt': article(
    'Retired head cleared of attacking neighbour',
    'Mr Pickavance told the court he had picked up the shears only to stop his neighbour cutting branches.',
    'Under cross-examination, Ms Quinlan pressed him on why he had not simply called the police.',
    '"Because I had called them four times before," he replied.',
    '"You were angry, weren\'t you?" Ms Quinlan pressed.',
    '"I was upset. I was not angry enough to hurt anybody," Mr Pickavance insisted.',
    '"It was a long trial," Ms Quinlan pressed on with her questions.',
  ),
  // 113 of news-dev, shortened.
  'sale.txt': article(
    "Sale's Brocklehurst out of Six Nations",
    "Sale Sharks full-back Jamie Brocklehurst will miss the Six Nations after tearing knee ligaments in Saturday's win over Leicester Tigers.",
    'The 24-year-old was hurt in a tackle early in the second half.',
    'A scan on Monday confirmed that he had damaged the medial ligament in his right knee.',
    '"I\'m gutted. I felt it go straight away," said the Sale full-back.',
    'Sale director of rugby Colin Ferris said the club would not rush him back.',
    "Ferris conceded that losing Brocklehurst was a blow to Sale's hopes of finishing in the top two.",
    '"We\'ve got good cover, but you don\'t replace an England full-back overnight," he said.',
    'Former England full-back Nigel Heptonstall, now a summariser for BBC Radio 5 Live, said Varley was "ready".',
    '"He\'s played every minute for Gloucester this season. I\'d throw him in," the former international said.',
  ),
  // 115 of news-dev, shortened: the father is named between the daughter's introduction and her tag.
  'trolley.txt': article(
    'Man, 87, waits 30 hours on trolley',
    'Arthur Pybus, a former miner from Mansfield, was taken to the accident and emergency department on Monday morning.',
    'His daughter, Karen Pybus, told the BBC her father had been left "cold, frightened and in pain".',
    'Mr Pybus is now recovering on a ward and is expected to go home next week.',
    '"He\'s sitting up and complaining about the food, so he must be getting better," his daughter said.',
  ),
  // Two daughters introduced, of two farmers: `his daughter` is either, so nobody.
  'daughters.txt': article(
    'Farmers retire',
    'Tom Ridley and John Hale have farmed at Low Moor for 50 years.',
    "Mr Ridley's daughter, Anne Ridley, runs the dairy. Mr Hale's daughter, Claire Hale, keeps the books.",
    'The two men will hand over the farm in May.',
    '"He has earned it," his daughter said.',
  ),
  // 28_1ecb of ECB+, shortened: `he commanded` after the quote.
  'felt.txt': article(
    'Felt and the leak',
    'W. Mark Felt, the associate director of the FBI during the Watergate scandal, seized upon a Post story that had not used him as a source.',
    'In a bold stroke, he denounced it in an internal memo and ordered an investigation into the leak.',
    '"Expedite," he commanded.',
  ),
  // general/03861 of the news corpus, shortened: `said Chrysler will sell …` names what was said.
  'chrysler.txt': article(
    'Chrysler pension fund sells bonds',
    'Chrysler Corp today sold 405 mln dlrs of corporate bonds from its pension fund, vice president and treasurer Fred Zuckerman said.',
    'He said this was the first of two planned sales. Zuckerman said Chrysler will sell slightly less than one billion dlrs of corporates.',
    '"Phase two (the second sale) will be in a month or so," the Chrysler executive said.',
  ),
};

const library = useLibrary(FILES);
const { quoted } = directQuotes(library);

// `pressed` is in no list of speech verbs, so the question was carried on to the defendant named in
// the paragraph before (a wrong speaker: the one it was put to).
describe('a name or a pronoun right after the quote, then one verb in the past tense ending the sentence', () => {
  it('is the tag, whatever the verb (`Ms Quinlan pressed.`, `he commanded.`)', () => {
    expect(quoted("You were angry, weren't you?")?.speaker).toBe('Quinlan');
    expect(quoted('Expedite')).toBeDefined();
    expect(quoted('Expedite')!.speaker).toBe('W. Mark Felt');
  });
  it('leaves the known verbs as they were (`he replied`, `Mr Pickavance insisted`)', () => {
    expect(quoted('Because I had called them')?.speaker).toBe('Pickavance');
    expect(quoted('I was upset')?.speaker).toBe('Pickavance');
  });
  it('is no tag when the sentence goes on after the verb', () => {
    expect(quoted('It was a long trial')?.speaker).not.toBe('Quinlan');
  });
});

// `Sale Sharks full-back` was cut to `Sharks full-back` (only a one-word club before a hyphened role
// was the role's), so `the Sale full-back` had a capitalised word the person was never given.
describe("a club's run of up to three words before a hyphened role", () => {
  it('is part of the role, so `the Sale full-back` is the person introduced so', () => {
    expect(quoted("I'm gutted")?.speaker).toBe('Jamie Brocklehurst');
    expect(quoted("I'm gutted")?.role).toBe('Sale full-back');
  });
});

// `he` had two men in the sentence before (Ferris, Brocklehurst), both direct, so nobody.
describe('a name inside the `that` clause of a speech verb', () => {
  it('is what was said, no rival to the subject for the next `he`', () => {
    expect(quoted("We've got good cover")?.speaker).toBe('Colin Ferris');
  });
});

// `international` was no noun for a person, and `Varley` (a name nobody is known by, in the reported
// clause) and `Live` (the tail of `BBC Radio 5 Live`) stood nearer than the speaker.
describe('`the former international said`', () => {
  it('is the one person named in the sentence before, past a reported clause and a station', () => {
    expect(quoted("He's played every minute")?.speaker).toBe('Nigel Heptonstall');
  });
  it('holds for a reported clause on the news corpus (`Zuckerman said Chrysler will sell …`)', () => {
    expect(quoted('Phase two')?.speaker).toBe('Fred Zuckerman');
  });
});

// `his daughter said` was no description at all (it has no `the`).
describe('a kin noun after `his`/`her` at a tag', () => {
  it('is the one person introduced as that kin, not the nearest name (her father)', () => {
    expect(quoted("He's sitting up")?.speaker).toBe('Karen Pybus');
  });
  it('is nobody when two were introduced so', () => {
    expect(quoted('He has earned it')).toBeDefined();
    expect(quoted('He has earned it')!.speaker).toBeNull();
  });
});
