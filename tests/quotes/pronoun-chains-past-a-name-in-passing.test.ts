import { describe, expect, it } from 'vitest';
import { article, directQuotes, useLibrary } from '../helpers/tempCorpus.ts';

// A `he` tag after a sentence that a `he` opens as its subject (ECB+ sample (m) #2: tests/quotes/
// ecbplus-unattributed-2026-12-07m.md, 13_5ecbplus): that `he` stands for the speaker named before,
// and a person that sentence names after a preposition is no rival for the tag's `he`, as after a
// name opening the sentence. Real sentences of ECB+, shortened (the story's rival is `Mat Maid`, a
// dairy its names took for a person: a person's name here); the rule is general: none names a
// person, a word of a quote or a story.

const FILES = {
  // 13_5ecbplus
  'fogels.txt': article(
    'Mat Maid',
    'Brian Mason ran the dairy for years before he retired in 2001.',
    '"It\'s all kind of a long and complicated story going way back," said Ed Fogels, the deputy commissioner of Natural Resources.',
    "He couldn't hazard a guess on how much money the state has lost on Brian Mason and associated projects over the years.",
    '"That\'s kind of a good question," he said.',
  ),
  // guard: the name is the verb's direct object, a rival as before
  'guard.txt': article(
    'Guard',
    'Brian Mason ran the dairy for years before he retired in 2001.',
    '"It\'s all kind of a long and complicated story going way back," said Ed Fogels, the deputy commissioner of Natural Resources.',
    'He then called Brian Mason a poor manager of public money.',
    '"That was not a fair question," he said.',
  ),
};

const library = useLibrary(FILES);
const { quoted } = directQuotes(library);

describe('a `he` that opens its sentence as the subject keeps its person for the next `he`', () => {
  it('`He couldn\'t hazard a guess on how much … lost on X …` then `"…," he said.`: the speaker before, not X', () => {
    expect(quoted("That's kind of a good question")?.speaker).toBe('Ed Fogels');
  });
  it('`He then called X a poor manager` (X the direct object): still open', () => {
    expect(quoted('That was not a fair question')?.speaker).toBeNull();
  });
});
