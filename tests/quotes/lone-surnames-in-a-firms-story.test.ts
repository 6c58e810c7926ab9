import { describe, expect, it } from 'vitest';
import { article, directQuotes, useLibrary } from '../helpers/tempCorpus.ts';

// Issue 18, `no wrong speaker` (round qwrong): an untitled lone surname joins a person the corpus
// names in other stories (`Turner` to the Liberal leader John Turner); in a story where a firm whose
// name holds the word speaks (`Turner and Newall Plc said …`), `Turner said the prospects were good
// and it looked forward …` is the firm, never that person. (Found when a firm's short name was named
// in full: the `Morgan` organisation of other stories had hidden the same error for J.P. Morgan.)

const liberal = (title: string) =>
  article(
    title,
    '"It\'s not tax reform, it\'s a tax grab," said Liberal leader John Turner.',
    'Turner labelled changes to the federal sales tax "a money machine for the minister of finance."',
  );

const FILES = {
  // news general/19157 and general/19039 (shortened): the person, in two stories
  'tax1.txt': liberal('Canadian Tax Reform Called an Important Step'),
  'tax2.txt': liberal('Canadian Tax Reform Step Welcomed'),
  // news general/06363 (shortened): a firm named for its founders
  'rights.txt': article(
    'Turner and Newall Seeks 71.7 Mln Stg in Rights',
    'Turner and Newall Plc said it planned to raise a net 71.7 mln stg with a one-for-six rights issue of 36.15 mln shares.',
    "As the offer for AE was not declared unconditional until December 5, it made a negligible contribution to Turner's 1986 results.",
    'Turner said the prospects were good and it looked forward to taking advantage of the opportunities available.',
  ),
};

const library = useLibrary(FILES);
const { quoted, reported } = directQuotes(library);

describe('a lone surname in a story where a firm holding it speaks', () => {
  it('is not the person of other stories', () => {
    expect(reported('Turner said the prospects')?.speaker ?? null).not.toBe('John Turner');
  });

  it('leaves the person his own stories', () => {
    expect(quoted("It's not tax reform")).toMatchObject({ speaker: 'John Turner' });
  });
});
