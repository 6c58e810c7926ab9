import { describe, expect, it } from 'vitest';
import { useLibrary } from '../helpers/tempCorpus.ts';

// Names that are not a speaker's, and a given name that is also a common word.
const ARTICLE = [
  'Words and names',
  '',
  'Jim Dowd, MP for West Ham, said: "This is a disgrace to the town."',
  'Sir Cliff said: "I am not retiring yet."',
  'Microsoft chairman Bill Gates said: "Software is the future." Mr Gates added: "We will keep investing."',
].join('\n');
const BP = [
  'BP profits soar',
  '',
  'BP chief executive John Browne said the company was investing for the future.',
  'Lord Browne added that BP would return cash to shareholders.',
  'Treasury chief secretary Des Browne said there would be no windfall tax.',
  '"We do not believe a windfall tax is the right answer," Mr Browne told BBC Radio 4.',
  'Asked about his future, Lord Browne said: "I am not going anywhere just yet."',
].join('\n');
const RUGBY = [
  'Robinson names side',
  '',
  'England coach Andy Robinson named his side on Tuesday. "We are ready," Robinson said.',
  'Wing J Robinson will start. "I am delighted," J Robinson said.',
].join('\n');

const library = useLibrary({ 'names.txt': ARTICLE, 'rugby.txt': RUGBY, 'bp.txt': BP });

describe('speaker names', () => {
  it('never take the place in a role (`MP for West Ham`) for the speaker', () => {
    expect(
      library()
        .quotes.all()
        .find((q) => q.text.startsWith('This is a disgrace'))?.speaker,
    ).toBe('Jim Dowd');
  });

  it('keep a given name that is also a word (`Bill`) and name the speaker by it', () => {
    expect(
      library()
        .quotes.lookup('Bill Gates')
        .speakers.map((s) => s.name),
    ).toEqual(['Bill Gates']);
    expect(
      library()
        .quotes.all()
        .filter((q) => q.speaker === 'Bill Gates'),
    ).toHaveLength(2);
  });

  it('make no speaker of a knight’s first name alone (`Sir Cliff`) with no full name in the article', () => {
    expect(
      library()
        .quotes.all()
        .find((q) => q.text.startsWith('I am not retiring'))?.speaker,
    ).toBeNull();
    expect(
      library()
        .quotes.speakers()
        .map((s) => s.name),
    ).not.toContain('Cliff');
  });

  it('tell two Brownes apart: `Mr Browne` is the one last named in full, `Lord Browne` the one called so', () => {
    const speakerOf = (start: string) =>
      library()
        .quotes.all()
        .find((q) => q.text.startsWith(start))?.speaker;
    expect(speakerOf('We do not believe a windfall tax')).toBe('Des Browne');
    expect(speakerOf('I am not going anywhere')).toBe('John Browne');
    expect(
      library()
        .quotes.lookup('Lord Browne')
        .speakers.map((s) => s.name),
    ).toEqual(['John Browne']);
  });

  it('keep apart people whose initials conflict (`J Robinson` is not `Andy Robinson`), a role at a sentence start left out', () => {
    const speakerOf = (text: string) =>
      library()
        .quotes.all()
        .find((q) => q.text === text)?.speaker;
    expect([speakerOf('We are ready'), speakerOf('I am delighted')]).toEqual(['Andy Robinson', 'J Robinson']);
  });
});
