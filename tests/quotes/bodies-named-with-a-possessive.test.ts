import { describe, expect, it } from 'vitest';
import { article, directQuotes, useLibrary } from '../helpers/tempCorpus.ts';

// Issue 18, `no wrong speaker` (round qwrong): a body named after a noun for its kind goes on over a
// possessive inside its name (`The conservation group Save Britain’s Heritage described the baths as
// "…"`). Cut at the `’s`, its last word `Heritage` was taken for a surname and joined to the next body
// of the paragraph after, English Heritage, whose words these are not (news-dev 109).

const FILES = {
  // news-dev 109 (shortened)
  'baths.txt': article(
    'Victorian baths face closure',
    'The conservation group Save Britain’s Heritage described the baths as “one of the finest surviving examples of its kind in the North West”.',
    'The building is listed at Grade II, and English Heritage said the council would need its consent for any plan to demolish it.',
  ),
};

const library = useLibrary(FILES);
const { quoted, reported } = directQuotes(library);

describe('a body whose name holds a possessive, after a noun for its kind', () => {
  it('is the speaker by its whole name', () => {
    expect(quoted('one of the finest')).toMatchObject({ speaker: 'Save Britain’s Heritage' });
  });

  it('leaves the other body its own words', () => {
    expect(reported('The building is listed')).toMatchObject({ speaker: 'English Heritage' });
  });
});
