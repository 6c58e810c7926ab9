import { describe, expect, it } from 'vitest';
import { useLibrary } from '../helpers/tempCorpus.ts';

// British news style: a few words quoted after a verb that says someone used them.
const ARTICLE = [
  'Tories attack casino plans',
  '',
  'Conservative leader Michael Howard called the plans "piecemeal and poor" on Monday.',
  'Culture Secretary Tessa Jowell said she would "rather not" comment on the details.',
  'Critics described the scheme as "a gamble" but gave no names.',
  'The so-called "super-casinos" would open in 2007.',
].join('\n');

const library = useLibrary({ 'casinos.txt': ARTICLE });

describe('partial quotes', () => {
  it('are the words of the named subject of a speech or naming verb before them', () => {
    const direct = library()
      .quotes.all()
      .filter((q) => q.kind === 'direct')
      .map((q) => [q.text, q.speaker]);
    expect(direct).toEqual([
      ['piecemeal and poor', 'Michael Howard'],
      ['rather not', 'Tessa Jowell'],
    ]);
  });

  it('leave out scare quotes: no verb (`so-called`), or nobody named before the verb (`Critics described`)', () => {
    const texts = library()
      .quotes.all()
      .map((q) => q.text);
    expect(texts).not.toContain('super-casinos');
    expect(texts).not.toContain('a gamble');
  });
});
