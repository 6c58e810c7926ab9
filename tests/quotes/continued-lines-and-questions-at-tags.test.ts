import { describe, expect, it } from 'vitest';
import { article, directQuotes, useLibrary } from '../helpers/tempCorpus.ts';

// Quotes over lines and the tags around them (ECB+ samples (k) #1, #21 and (l) #5:
// tests/quotes/ecbplus-unattributed-2026-12-07k.md, -07l.md). ECB+ writes a sentence a line, so news's
// quote of several paragraphs (each opening with a mark, only the last closing) comes as a quote left
// open at a line's end, lines with no mark, then a line opening with a mark. Real sentences,
// shortened; the rules are general: none names a person, a word of a quote or a story.

const FILES = {
  // 8_5ecbplus
  'papandreou.txt': article(
    'Greek bank fire',
    'Three people have died after rioters in Greece set fire to a bank in Athens.',
    'Greek prime minister George Papandreou condemned the killings, saying: "A demonstration is one thing and murder is quite another".',
    'He added: "We will, of course, stand alongside the families who lost loved ones.',
    'This is the least we can do.',
    '"To those who now mourn the loss of three children we say that the perpetrators will be identified."',
  ),
  // 18_4ecb: a closing mark typed after a space reads as opening one; the line after is the narrator's
  'fanning.txt': article(
    'Office shooting',
    'A former employee recently let go from his job opened fire at an office Christmas party Friday, killing one person, police said.',
    '"The suspect, a 61-year-old man, entered the business, which had at least a dozen people inside, "police said in a statement.',
    'One man was shot and killed but the other partygoers managed to escape.',
    '"Police \'locked down\' the neighborhood and negotiated with the suspect," Fanning said in the statement.',
  ),
  // trade/17201 (Reuters): a line between that tells of speech is the narrator's
  'reagan.txt': article(
    'Reagan and Nakasone',
    'In his weekly radio address on Saturday, Reagan said he would tell Nakasone: "We want to continue to work cooperatively on trade problems.',
    'Reagan said the 100 pct tariffs he imposed on some 300 mln dlrs worth of Japanese goods was a special case of trade retaliation.',
    '"In imposing these tariffs we were just trying to deal with a particular problem, not begin a trade war," he said.',
  ),
  // 39_2ecbplus
  'moffat.txt': article(
    'Capaldi is the Doctor',
    'Asked whether the list of Time Lord contenders was a short one, Steven Moffat said: "Yes.',
    "The list went 'Peter Capaldi'.",
    'It was a very short list."',
    'He added: "[Capaldi came into consideration] a fair amount of time ago.',
    "I happened to know he's a big fan.",
    '"You start to think \'maybe we should so something about that\'."',
  ),
  // 31_10ecbplus
  'mcdermott.txt': article(
    'Creighton wins',
    'Gregory Echenique had 15 points and Creighton beat Wichita State.',
    '"We are a totally different team," coach Greg McDermott said when asked what a fired-up Echenique means to his club.',
    '"We don\'t resemble the team that we are when he isn\'t playing like that."',
  ),
};

const library = useLibrary(FILES);
const { quoted } = directQuotes(library);

describe("a quote open at a line's end goes on over lines with no mark to a line that opens with one", () => {
  it('`He added: "…` then a bare line then `"…"`: one quote, his', () => {
    const q = quoted('We will, of course');
    expect(q?.text).toBe(
      'We will, of course, stand alongside the families who lost loved ones.\nThis is the least we can do.\nTo those who now mourn the loss of three children we say that the perpetrators will be identified.',
    );
    expect(q?.speaker).toBe('George Papandreou');
  });
  it("not from a mark after a comma mid-line (a closing mark misread): the line after stays the narrator's", () => {
    const texts = library()
      .quotes.all()
      .filter((q) => q.source === 'fanning' && q.kind === 'direct')
      .map((q) => q.text);
    expect(texts.some((t) => t.includes('partygoers'))).toBe(false);
    expect(quoted("Police 'locked down'")?.text).toBe(
      "Police 'locked down' the neighborhood and negotiated with the suspect",
    );
  });
  it('not over a line that tells of speech (`Reagan said …`): that line is no quote', () => {
    const texts = library()
      .quotes.all()
      .filter((q) => q.source === 'reagan' && q.kind === 'direct')
      .map((q) => q.text);
    expect(texts).toEqual([
      'In imposing these tariffs we were just trying to deal with a particular problem, not begin a trade war',
    ]);
  });
});

describe('tags around quotes over lines', () => {
  it("`He added: \"…` right after one speaker's quoted lines is that speaker's", () => {
    expect(quoted('[Capaldi came into consideration]')?.speaker).toBe('Steven Moffat');
  });
  it('`said when asked what … Echenique means`: the question was put to the speaker, nobody else spoke', () => {
    expect(quoted("We don't resemble the team")?.speaker).toBe('Greg McDermott');
  });
});
