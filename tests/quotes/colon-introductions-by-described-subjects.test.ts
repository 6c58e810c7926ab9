import { describe, expect, it } from 'vitest';
import { article, directQuotes, useLibrary } from '../helpers/tempCorpus.ts';

// A colon's introduction with no speech verb (ECB+ samples (l) #13, (m) #23: tests/quotes/
// ecbplus-unattributed-2026-12-07l.md, -07m.md): its subject is the speaker also when a description
// is set off after the name, when a possessor, a role or an opening adverb stands before it, and when
// the introduction names someone a preposition governs; and an introduction that closes the line
// before with a speech verb and a comma (`commented,`) is the next line's quote's. Real sentences of
// ECB+, shortened; the rules are general: none names a person, a word of a quote or a story.

const FILES = {
  // 9_4ecb
  'wetzler.txt': article(
    'Wolves',
    'The Bush administration moved to strip protections from the wolves.',
    "Andrew Wetzler, director of the Natural Resources Defense Council's endangered species program, was blunt:",
    '"We will see them in court."',
  ),
  // 41_6ecb
  'gunness.txt': article(
    'Gaza',
    'The Israeli foreign minister said there was no humanitarian crisis in Gaza.',
    "The UN's Mr Gunness disagreed with the minister:",
    '"There is a humanitarian crisis already, so she\'s not managed to avoid one."',
  ),
  // 39_5ecbplus
  'harewood.txt': article(
    'Doctor Who',
    'Peter Capaldi is the new Doctor.',
    'Finally Homeland star David Harewood, one of the buzzed about names to take over the role, managed a cheeky joke amid all the excitement: "Well..... if it is me..... the bleedin taxi\'s late."',
  ),
  // 35_2ecb
  'smith.txt': article(
    'Chargers',
    'Vincent Jackson was arrested on Tuesday.',
    "General Manager A.J. Smith issued the following statement on Jackson's arrest:",
    '"We\'re aware of the off-the-field issue involving Vincent."',
  ),
  // 9_5ecb
  'commented.txt': article(
    'Wolf rules',
    'The Interior Department changed the rules on Friday.',
    "Andrew Wetzler, director of the Natural Resources Defense Council's endangered species program, commented,",
    '"This administration has rejected anything with a whiff of science."',
  ),
  // guards: the same shapes with a second voice in them
  'guards.txt': article(
    'Guards',
    'The minister said there was no humanitarian crisis in Gaza.',
    "The UN's Mr Gunness turned to Ms Livni:",
    '"Is there a crisis or not?"',
    "Andrew Wetzler, director of the council's program, thought she was wrong:",
    '"They will lose in court."',
  ),
};

const library = useLibrary(FILES);
const { quoted } = directQuotes(library);

describe("a colon's introduction with no speech verb: its subject speaks", () => {
  it('`X, director of …, was blunt:` then the quote on the next line: X (the description set off is his role)', () => {
    const q = quoted('We will see them in court');
    expect(q?.speaker).toBe('Andrew Wetzler');
    expect(q?.role).toBe("director of the Natural Resources Defense Council's endangered species program");
  });
  it("`The UN's Mr Gunness disagreed with the minister:`: a body's possessive before the name", () => {
    expect(quoted('There is a humanitarian crisis already')?.speaker).toBe('Gunness');
  });
  it('`Finally Homeland star David Harewood, one of …, managed a cheeky joke …: "…"`: an adverb and a role before, a description after', () => {
    expect(quoted('Well..... if it is me')?.speaker).toBe('David Harewood');
  });
  it("`X issued the following statement on Jackson's arrest:`: a name after `on` is what it is about", () => {
    expect(quoted("We're aware of the off-the-field issue")?.speaker).toBe('A.J. Smith');
  });
});

describe('an introduction closing the line before with a speech verb and a comma', () => {
  it('`X, director of …, commented,` then the quote on the next line: X', () => {
    expect(quoted('This administration has rejected')?.speaker).toBe('Andrew Wetzler');
  });
});

describe('not when the introduction holds a second voice', () => {
  it('`… turned to Ms Livni:`: the quote may be the one addressed', () => {
    expect(quoted('Is there a crisis or not?')?.speaker).toBeNull();
  });
  it('`X, …, thought she was wrong:`: a pronoun after the verb', () => {
    expect(quoted('They will lose in court')?.speaker).toBeNull();
  });
});
