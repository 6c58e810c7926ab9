import { describe, expect, it } from 'vitest';
import { article, directQuotes, useLibrary } from '../helpers/tempCorpus.ts';

// Classes round 24 (articles 111-116 of tests/quotes/news-dev/) left in British copy, on its
// sentences in the forms the held-out archive also writes them: a firm's name ending in `'s` with a
// verb after it opening the sentence before a bare spokesperson (`Christie's declined to name the
// buyer. A spokeswoman said:`), a body named with its remit after `on the` as the subject before the
// quote (`The Reviewing Committee on the Export of Works of Art said:`, whose remit holds the given
// name `Art`), and a description naming a body by its own word (`The Treasury committee said`), which
// is not another body of that kind named nearby without that word. None names a body or a quote.

const FILES = {
  // 116 of news-dev: its sentences, the firm's `which` clause replaced by a verb.
  'christies.txt': article(
    'Export bar to keep Turner watercolour in Britain',
    'Lucerne at Dusk, painted in 1843, was sold at auction in London in November to a buyer in the United States whose name has not been made public.',
    'Christie\'s declined to name the buyer. A spokeswoman said: "The buyer is aware of the export process and will respect it."',
  ),
  // The same with a person's possessive before a noun: no firm, nobody's.
  'owner.txt': article(
    'Painting sold',
    'Bonhams handled the sale of the painting.',
    'Harewood\'s agent declined to name the buyer. A spokeswoman said: "The buyer will be named in due course."',
  ),
  // 116 of news-dev: the committee's recommendation quoted with the committee as the subject.
  'committee.txt': article(
    'Export bar on Turner watercolour',
    'The government has placed a temporary export bar on a Turner watercolour of Lake Lucerne.',
    'The Reviewing Committee on the Export of Works of Art said: "The watercolour is of outstanding aesthetic importance."',
  ),
  // 116 of news-dev, with a second committee named by its own word.
  'treasury.txt': article(
    'Export bar on Turner watercolour',
    'The decision follows a recommendation by the Reviewing Committee on the Export of Works of Art, which said the watercolour was of "outstanding aesthetic importance".',
    'The Treasury committee said the cost of the bar was "a matter for the gallery".',
  ),
};

const library = useLibrary(FILES);
const { quoted } = directQuotes(library);

// `'s` then a verb owns nothing: the name ends a firm's (`Sainsbury's`), which opened the sentence
// before the bare spokesperson as surely as `Christie's, which handled the sale,` did.
describe("a firm's `'s` name with a verb after it, before `A spokeswoman said:`", () => {
  it("is the spokeswoman's employer", () => {
    expect(quoted('The buyer is aware')?.speaker).toBe("Christie's");
    expect(quoted('The buyer is aware')?.role).toBe('spokeswoman');
  });
  it("is no person's possessive before a noun (`Harewood's agent declined`)", () => {
    expect(quoted('The buyer will be named')).toBeDefined();
    expect(quoted('The buyer will be named')!.speaker).toBeNull();
  });
});

// The remit after `Committee on the` held `Art`, a given name, so the subject was read as a
// person's run and the quote went to nobody.
describe('a body with its remit after `on the` as the subject before the quote', () => {
  it('is that body, named in full', () => {
    expect(quoted('The watercolour is of outstanding')?.speaker).toBe(
      'Reviewing Committee on the Export of Works of Art',
    );
  });
});

// Before, the one body named nearby (the Reviewing Committee) took the Treasury committee's words.
describe('a description naming a body by its own capitalised word', () => {
  it('is not another body of its kind whose name lacks that word', () => {
    expect(quoted('outstanding aesthetic importance')?.speaker).toBe(
      'Reviewing Committee on the Export of Works of Art',
    );
    expect(quoted('a matter for the gallery')?.speaker ?? null).not.toBe(
      'Reviewing Committee on the Export of Works of Art',
    );
  });
});
