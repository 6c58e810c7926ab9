import { describe, expect, it } from 'vitest';
import { article, directQuotes, useLibrary } from '../helpers/tempCorpus.ts';

// Issue 18, ECB+ unattributed samples (d) and (e) (tests/quotes/ecbplus-unattributed-2026-12-07d.md,
// -07e.md): quotes whose speaker the text names at the quote or carries over lines with no mark. Each
// case is made of real sentences (the story is named), shortened; the rules are general: none names a
// person, a word of a quote or a story.

const FILES = {
  // 18_10ecbplus (and 18_8ecbplus, the same wire copy)
  'troy.txt': article(
    'Troy shooting',
    'Police said LaCalamita targeted the two managers and also may have intended to shoot another one.',
    '"There is a suspicion that there might have been a third upper management official he was seeking," said Troy police Lt. Gerry Scherlinck.',
  ),
  // the same words with the name before the verb
  'troy2.txt': article(
    'Troy shooting',
    'Police said LaCalamita targeted the two managers.',
    '"There is a suspicion that there might have been a third official he was seeking," Troy police Lt. Gerry Scherlinck said.',
  ),
  // 41_8ecb
  'gaza.txt': article(
    'Gaza school',
    'Dozens of people were killed when Israeli shells landed outside a UN school.',
    '"I saw a lot of women and children wheeled in," Fares Ghanem, a hospital official told the Associated Press.',
  ),
  // 32_5ecbplus
  'millom.txt': article(
    'Millom hearing',
    "Jenkin was brought to the magistrates' court building by a secure van on Monday, but did not appear in the dock.",
    'Miss Rachel Bates, court clerk, said: "He is at risk of causing harm to himself and causing harm to others as well.',
    '"There are extreme difficulties and for the safety of everybody, the best approach is to hold the hearing in his absence."',
  ),
  // 8_4ecbplus
  'athens.txt': article(
    'Athens riots',
    'Greek President Carolos Papoulias condemned the violence, saying the debt-hit country had "reached the edge of the abyss".',
    '"Our country has reached the edge of the abyss.',
    'It is the responsibility of us all to not take the step into the void.',
    '"What is at stake in coming days is to keep social cohesion and social peace."',
  ),
  // 22_1ecbplus
  'kraft.txt': article(
    'Kraft plant shooting',
    'Kenneth Dorsey says the woman accused of killing two co-workers at the Kraft plant in Northeast Philly is a good person.',
    "Dorsey's been at the plant for 37 years and worked on the third floor with the three victims and the alleged shooter, Yvonne Hiller.",
    '"They had argued, from what I was told, they argued," Dorsey told NBC10\'s Rosemary Connors after the shootings Thursday night.',
    '"I had just started my job, you know and I heard like bang, bang, but you hear noises everyday at a bakery so you don\'t pay any mind."',
  ),
  // 29_9ecb, with a tag in the line between (made up from the story's own words)
  'colts.txt': article(
    'Colts win',
    '"It was a funny game, we were completing some passes but we were down 14-0," Manning said.',
    '"It\'s been a very different season.',
    'Coach Tony Dungy said the team had no choice.',
    '"You never take winning for granted."',
  ),
  // 39_11ecbplus: a pronoun tag (`he said`) is no named speaker to carry over bare lines
  'doctor.txt': article(
    'New Doctor',
    'In a live interview with the BBC Capaldi admitted he had been a long-time fan of the show.',
    '"I can\'t wait to get started," he said.',
    '"I haven\'t played it since I was nine.',
    "As an adult actor I've never worked on it.",
    '"I downloaded some old scripts from the internet and practised that in front of the mirror."',
  ),
};

const library = useLibrary(FILES);
const { quoted } = directQuotes(library);

// The mention right after `said` was `Troy` (a place read as a name of its own) and ended the search:
// a mention followed by a lower-case word is no attribution's end, but a place or body before a role
// and the name (`placedRole`), here with the role word the name's own title (`Lt.`).
describe('a place and a role before a titled name in a tag', () => {
  it('after the verb: the name is the speaker', () => {
    expect(quoted('There is a suspicion that there might have been a third upper')?.speaker).toBe('Gerry Scherlinck');
  });
  it('before the verb: the name is the speaker', () => {
    expect(quoted('There is a suspicion that there might have been a third official')?.speaker).toBe(
      'Gerry Scherlinck',
    );
  });
});

// A description set off after a name opened only with a role word of the lexicon: `official` (no role
// word before a speech verb, where it is a body's spokesperson) and `clerk` were none.
describe('a set-off description whose role word is official or clerk', () => {
  it('an apposition the verb closes (`Fares Ghanem, a hospital official told …`)', () => {
    const q = quoted('I saw a lot of women and children');
    expect(q?.speaker).toBe('Fares Ghanem');
    expect(q?.role).toBe('hospital official');
  });
  it('an apposition closed by a comma, with no article (`Miss Rachel Bates, court clerk, said:`)', () => {
    const q = quoted('He is at risk of causing harm');
    expect(q?.speaker).toBe('Rachel Bates');
    expect(q?.role).toBe('court clerk');
  });
});

// Rule K of `carry`: a quote left open at its line's end, then lines with no mark, then a line opening
// with one: the text wrote one paragraph of the speaker's a sentence a line. (A quote that opens its
// line is now one quote with that line: marks.ts; rule K still carries the speaker where the pieces stay apart.)
describe('a quoted line after a quote left open over lines with no mark', () => {
  it("is the named speaker's", () => {
    const q = quoted('Our country has reached the edge of the abyss.');
    expect(q?.text).toContain('\nWhat is at stake in coming days');
    expect(q?.speaker).toBe('Carolos Papoulias');
  });
  it('but not when a line between has a speech verb of its own: that tag tells whose it is', () => {
    // (Rule G's reading, the line before reports Dungy; rule K would have carried Manning on.)
    expect(quoted('You never take winning for granted')?.speaker).toBe('Tony Dungy');
  });
  it('nor when the speaker was found by a pronoun, not named in a tag', () => {
    expect(quoted('I downloaded some old scripts')?.speaker ?? null).toBeNull();
  });
});

// Rule E (a quoted paragraph after the speaker's quote) refused when the paragraph before named
// anyone else, though the one named is the person the speaker's own tag addresses.
describe('a bare quoted line after a tag that names whom the speaker told', () => {
  it("is the speaker's, not the listener's", () => {
    expect(quoted('I had just started my job')?.speaker).toBe('Kenneth Dorsey');
  });
});
