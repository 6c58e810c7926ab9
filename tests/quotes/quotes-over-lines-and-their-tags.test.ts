import { describe, expect, it } from 'vitest';
import { article, directQuotes, useLibrary } from '../helpers/tempCorpus.ts';

// ECB+ writes a sentence a line: a quote of several sentences opens on one line and closes, with its
// tag, lines later (tests/quotes/ecbplus-unattributed-2026-12-07b.md). Each case below is made of
// ECB+ sentences (the story is named), shortened; the rules are general: none names a person, a word
// of a quote or a story.

const FILES = {
  // 39_5ecb
  'casting.txt': article(
    'Doctor Who casting',
    'Smith, 26, who played a young political researcher in the show, will become the biggest star of all.',
    'Speaking to The Guardian, Buchan said his old co-star would make an excellent Doctor Who.',
    '"It\'s a sublime bit of casting.',
    "He's got that huge hair, a twinkle in his eye - Matt's the king of geek chic.",
    'He is possibly going to be one of the best Doctors we\'ve ever had."',
  ),
  // 13_3ecb
  'church.txt': article(
    'Church fire',
    'Firefighters were on the scene dealing with hot spots until about 5 a.m. Saturday, the Anchorage Daily News reported.',
    'The metal church building was heavily damaged by flames and smoke, Larry Kroon said.',
    '"The fire investigators and insurance people are there now.',
    "There's definitely a lot of damage.",
    "I've heard the figure of $1 million, but I don't know for sure,\" he said.",
  ),
  // 39_1ecbplus
  'doctor.txt': article(
    'Capaldi is the Doctor',
    'Actor Peter Capaldi has been announced as the new star of BBC sci-fi series Doctor Who.',
    'Capaldi is best known for his role as foul-mouthed spin-doctor Malcolm Tucker in the BBC series The Thick of It.',
    "The actor had been the bookmakers' favourite to take on the role.",
    'It is not the first time Capaldi has appeared on the show-he played Roman merchant Caecilius in 2008 Doctor Who adventure The Fires of Pompeii.',
    'At 55, he is the same age as William Hartnell when he was cast in the role as the first Doctor in 1963.',
    '"Being asked to play the Doctor is an amazing privilege.',
    'Like the Doctor himself I find myself in a state of utter terror and delight.',
    'I can\'t wait to get started," he said.',
  ),
  // 6_9ecb
  'sequel.txt': article(
    'New Moon director',
    'The Golden Compass director Chris Weitz is expected to direct New Moon, the sequel to Twilight.',
    'According to EW, "Weitz is best-known for his work with his brother Paul.',
    'The two directed and produced American Pie.',
    "Chris' first solo directing gig, The Golden Compass, didn't do well stateside but was a hit internationally.\"",
  ),
  // 32_1ecbplus
  'friend.txt': article(
    'Mother and sister found dead',
    'Katie Jenkin was visiting her mum from Cardiff, where she was at university.',
    'A close friend of the dead mum said: "I can\'t believe it.',
    'They all looked after each other.',
    'We were so close that Katie thought of my mum as a second mum.',
    '"John was a good kid, never one of those to get into trouble.',
    'He idolised his mum and his sister.',
    'His little sister was his world, and his mum was too."',
  ),
  // 39_4ecbplus
  'bbc.txt': article(
    'BBC names the Doctor',
    'Ben Stephenson, Controller, BBC Drama Commissioning says: "We started thinking Peter Capaldi might be the right person a few months ago.',
    'He\'s an extraordinarily talented actor who can seemingly turn his hand to anything."',
  ),
};

const library = useLibrary(FILES);
const { quoted } = directQuotes(library);

// Main carried a quote left open at a line's end into the next line only when that line's first
// mark closes it: a quote over three lines ended at its first line, unclosed, its tag and speaker lost.
describe('a quote over three lines or more, the middle ones with no mark', () => {
  it('runs on to the line whose first mark closes it', () => {
    expect(quoted("It's a sublime bit of casting")?.text).toBe(
      "It's a sublime bit of casting.\nHe's got that huge hair, a twinkle in his eye - Matt's the king of geek chic.\nHe is possibly going to be one of the best Doctors we've ever had.",
    );
  });
});

// `he said` closing the quote's third line was three lines after the name: past the pronoun's
// window of two paragraphs, which ECB+'s lines are. The window is counted from the quote's first line
// (on main this one-line quote took Kroon from the sentence before; with the run-on rule alone, nobody).
// What the longer reach finds must be named in a sentence that tells of speech (the second spec fails
// without that check: `he said` went to Hartnell).
describe('a pronoun tagging a quote over lines', () => {
  it('reaches the speaker named in the sentence before the quote', () => {
    expect(quoted('The fire investigators')?.speaker).toBe('Larry Kroon');
  });
  it('but not a name in passing in a sentence that tells of no speech', () => {
    expect(quoted('Being asked to play the Doctor')?.speaker).not.toBe('William Hartnell');
  });
});

// Rule F (a quote of several sentences after sentences that name one person) now meets longer
// quotes (each spec fails with the run-on rule but not its check): it must not take the person a source's words are about (`According to EW, "Weitz is …`),
// nor a name in words that speak in the first person outside marks (a friend's quote whose marks
// the text lost: `We were so close that Katie thought of my mum …`).
describe('a quote of several sentences, by context', () => {
  it('is not given to the person named before when the quote names its source', () => {
    expect(quoted('Weitz is best-known')?.speaker).toBeNull();
  });
  it("nor to a name in first-person words (the friend's, inside her quote over lines since it opens again a line later)", () => {
    const q = quoted("I can't believe it");
    expect(q?.text).toContain('We were so close that Katie thought of my mum as a second mum.\nJohn was a good kid');
    expect(q?.speaker).toBeNull();
  });
});

// `Name, Role Body says:` was fixed on main (Charlotte Moore); with a comma after the role the body
// took the quote (`BBC Drama Commissioning`), found once this quote closed on its second line.
describe('a role set off by commas between a full name and a body, then the verb', () => {
  it("is the person's", () => {
    expect(quoted('We started thinking Peter Capaldi')?.speaker).toBe('Ben Stephenson');
  });
});
