import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../src/library.ts';
import { tempCorpus, useLibrary } from '../helpers/tempCorpus.ts';

// British news style: speakers named again by a role, a nationality or an age, and a quote
// paragraph that goes on from a reported statement.
const FILES = {
  'wilson.txt': [
    'Wilson attacks record labels',
    '',
    'Factory Records founder Tony Wilson has attacked the music industry over downloads.',
    '"Kids are not bad people. Nobody offered them a decent alternative," said the Factory Records founder.',
  ].join('\n'),
  'tennis.txt': [
    'Ashby beats Petrov',
    '',
    'British number three Daniel Ashby beat Russian player Ivan Petrov in four sets.',
    'Petrov, who needed treatment on his back, refused to blame the injury.',
    '"He played better than me on the big points. That is tennis," the Russian said.',
  ].join('\n'),
  'budget.txt': [
    'Brown defends his record',
    '',
    'Chancellor Gordon Brown told MPs the economy was strong.',
    'Shadow chancellor Oliver Letwin called the statement a smokescreen.',
    '"The Tories want to cut public services. That is the real choice," the chancellor told reporters.',
  ].join('\n'),
  'spam.txt': [
    'Spammer jailed',
    '',
    'AP quoted prosecutor Linda Hale as saying "This sends a clear message to every spammer."',
    'Simon Reed, of the campaign group Spamwatch, was quoted by the Washington Post as saying: "Dell was a big fish."',
    'Reuters quoted Judge Thomas Avery as telling Dell that he had "caused real harm to ordinary people".',
  ].join('\n'),
  'zambia.txt': [
    'Zambia warned',
    '',
    'Kalusha Bwalya warned that the side could throw away all their good work.',
    '"I do not want my team to think the job is done. Liberia have good players."',
  ].join('\n'),
};

const library = useLibrary(FILES);

const speakerOf = (start: string): string | null | undefined =>
  library()
    .quotes.all()
    .find((q) => q.kind === 'direct' && q.text.startsWith(start))?.speaker;

describe('speakers named by a description', () => {
  it('go to the person introduced with that role', () => {
    expect(speakerOf('Kids are not bad people')).toBe('Tony Wilson');
  });

  // A name with no sign of being a person's (no title, role or speech of its own) is no candidate.
  it('go to the one person named in the sentence before (`the Russian`)', () => {
    expect(speakerOf('He played better than me')).toBe('Ivan Petrov');
  });

  it('never to a shadow or former holder of the role', () => {
    // Letwin is the nearest person and a "shadow chancellor"; "the chancellor" is Brown.
    expect(speakerOf('The Tories want to cut')).toBe('Gordon Brown');
  });
});

describe('`quoted X as saying`', () => {
  it('goes to X with a role before the name, in the passive with `by`, and with `as telling`', () => {
    expect(speakerOf('This sends a clear message')).toBe('Linda Hale');
    expect(speakerOf('Dell was a big fish')).toBe('Simon Reed');
    expect(speakerOf('caused real harm')).toBe('Thomas Avery');
  });
});

describe('a paragraph that is all quote', () => {
  it('goes on in the words of the one person whose statement the paragraph before reports', () => {
    expect(speakerOf('I do not want my team')).toBe('Kalusha Bwalya');
  });
});

describe('descriptions', () => {
  it('hold the person’s own title or role, never another person’s name, a date or a clause', async () => {
    const { cleanDescription } = await import('../../src/quotes/speakers.ts');
    expect(cleanDescription('Tuesday Foreign Secretary')).toBe('Foreign Secretary');
    expect(cleanDescription('Defence Secretary Geoff Hoon and Prime Minister')).toBe('Prime Minister');
    expect(cleanDescription('captain, Saturday')).toBe('captain');
    expect(cleanDescription('whose minister father John used to preach at the church')).toBeNull();
    // `and` inside one role is kept.
    expect(cleanDescription('Secretary of State for Work and Pensions')).toBe(
      'Secretary of State for Work and Pensions',
    );
    expect(cleanDescription('chairman and chief executive')).toBe('chairman and chief executive');
  });
});

describe('he and she', () => {
  it('never go back to a possessor (`Michael Howard’s record`), and skip past nobody unnamed', async () => {
    const corpus = await tempCorpus({
      'crime.txt': [
        'Blair on crime',
        '',
        'Prime Minister Tony Blair attacked Michael Howard\'s record on crime. "It is a shameful record," he said.',
        'At the rally, one activist said the mood was good. "It feels like 1997 again," he said.',
      ].join('\n'),
    });
    const quotes = (await loadLibrary(corpus.dir)).quotes.all().filter((q) => q.kind === 'direct');
    await corpus.cleanup();
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['It is a shameful record', 'Tony Blair'],
      ['It feels like 1997 again', null],
    ]);
  });
});
