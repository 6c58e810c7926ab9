import { describe, expect, it } from 'vitest';
import { article, directQuotes, useLibrary } from '../helpers/tempCorpus.ts';

// Issue 18, roles at the quote (noticed beside tests/quotes/descriptions-sample-2026-12-07c.md):
// `Apple CEO Tim Cook claimed` showed the role `Apple`. A role's last word of two to five capitals
// after a capitalised word is cut as a wire ticker (`Dow Chemical Co DOW`), and `CEO` was cut so; a
// chief officer's letters end a role, as a member's (`MP`) do. Real sentences of the ECB+ corpus
// (stories named).

const FILES = {
  // 40_9ecbplus
  'cook.txt': article(
    'Apple has unveiled its new flagship Next Generation Macbook Pro.',
    'Apple CEO Tim Cook claimed that "It\'s thinner than my finger" and will weigh just 4.5 pounds.',
  ),
  // 27_16ecb
  'kandek.txt': article(
    'Microsoft Patch',
    '"The browser flaw had been disclosed roughly one week ago as a zero-day vulnerability, and active exploits have been around the Internet for that timeframe as well," Qualys CTO Wolfgang Kandek said in an e-mailed statement.',
  ),
};

const library = useLibrary(FILES);
const { quoted } = directQuotes(library);

describe("a chief officer's letters at a role's end", () => {
  it('keeps CEO after the firm (Apple CEO Tim Cook)', () => {
    expect(quoted("It's thinner than my finger")).toMatchObject({ speaker: 'Tim Cook', role: 'Apple CEO' });
  });
  it('keeps CTO after the firm (Qualys CTO Wolfgang Kandek)', () => {
    expect(quoted('The browser flaw had been disclosed')).toMatchObject({
      speaker: 'Wolfgang Kandek',
      role: 'Qualys CTO',
    });
  });
});
