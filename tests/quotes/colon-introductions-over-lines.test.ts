import { describe, expect, it } from 'vitest';
import { article, directQuotes, useLibrary } from '../helpers/tempCorpus.ts';

// A name at the quote not read (ECB+ sample (l) #7: tests/quotes/ecbplus-unattributed-2026-12-07l.md):
// `Name, description, said: "…` with a description set off without an article, when the quote runs on
// over lines (ECB+ writes a sentence a line). The wider reading of a quote's own sentence, which
// found that speaker for a quote on one line, was tried only for quotes on one line. Real sentences,
// shortened; the rule is general: it names no person, word of a quote or story.

const FILES = {
  // 32_4ecbplus
  'sandford.txt': article(
    'Student dies',
    'Miss Jenkin was a student at the University of South Wales in Cardiff.',
    'Gill Sandford, dean of the Faculty of Creative and Cultural Industries, said: "The university\'s staff and students are extremely sad to hear of the untimely death of Katie Jenkin.',
    '"She was a bright, much-liked and promising student and our thoughts are with her family."',
  ),
  // 27_4ecb
  'reavey.txt': article(
    'IE patch',
    'Microsoft says its "critical" update will protect users.',
    'Mike Reavey, also from the security centre, said: "Even with that, the release Emergency Response process isn\'t over.',
    '"There is additional support."',
  ),
};

const library = useLibrary(FILES);
const { quoted } = directQuotes(library);

describe('`Name, description, said: "…` over lines', () => {
  it('a description with no article (`dean of the Faculty of …`): hers', () => {
    const q = quoted("The university's staff");
    expect(q?.text).toContain('\nShe was a bright');
    expect(q?.speaker).toBe('Gill Sandford');
  });
  it('a description opened by `also from`: his', () => {
    expect(quoted('Even with that')?.speaker).toBe('Mike Reavey');
  });
});
