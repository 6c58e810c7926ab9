import { describe, expect, it } from 'vitest';
import { article, directQuotes, useLibrary } from '../helpers/tempCorpus.ts';

// Issue 18, round qecb2: a `he`/`she` tag that no one was found for (the speaker's own tag is past the
// pronoun's window: ECB+ writes a sentence a line), on a quote opening its line right after one
// speaker's quoted lines, is that speaker's when the gender fits and nobody else who may be the
// pronoun is named outside quotes since that speaker's quote began.
// Real sentences of the ECB+ corpus (stories named), the articles shortened.

const FILES = {
  // 27_7ecbplus: `Wee wrote`, then two lines of her quote (the first left open), then `she added`.
  'fix-it.txt': article(
    'Internet Explorer Fix',
    '"While we have only seen a few attempts to exploit the issue, impacting an extremely limited number of people, we are taking this proactive step to help ensure Internet Explorer customers are protected and able to safely browse online," Microsoft Trustworthy Computing director Yunsun Wee said in a blog posting on Sept. 18.',
    '"The Fix it is an easy-to-use, one-click, full-strength solution any Internet Explorer user can install," Wee wrote.',
    '"It will not affect your ability to browse the Web, and it will provide full protection against this issue until an update is available.',
    'It won\u2019t require a reboot of your computer.',
    '"This Fix it will be available for everyone to download and install within the next few days," she added.',
  ),
};

const library = useLibrary(FILES);
const { quoted } = directQuotes(library);

describe("a pronoun tag on a quote right after one speaker's quoted lines", () => {
  it("is that speaker's when nobody else who fits is named (`Wee wrote` … `she added`)", () => {
    // (The lines are one quote since the open line's quote runs on to the line that opens again: marks.ts.)
    const q = quoted('It will not affect your ability');
    expect(q?.text).toContain('\nThis Fix it will be available for everyone to download');
    expect(q).toMatchObject({ speaker: 'Yunsun Wee' });
  });
});
