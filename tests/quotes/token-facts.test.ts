import { describe, expect, it } from 'vitest';
import type { CorpusDocument } from '../../src/corpus/types.ts';
import { createAnalyzer } from '../../src/nlp/analyzer.ts';
import { extractDocument } from '../../src/quotes/document.ts';
import { QUOTE_FACTS, WORD_CAPITAL, WORD_PRONOUN, WORD_ROLE, WORD_SPEECH } from '../../src/quotes/lexicon.ts';

// The analyzer writes the quote pass's per-token facts while the strings are fresh (src/quotes/README.md,
// Cost); the pass reads the bits in place of the strings, so the two must agree token for token.
describe("the analyzer's token facts for the quote pass", () => {
  it('marks capitals (ASCII and not), speech verbs, gendered pronouns and lower-case role words', () => {
    const [sentence] = createAnalyzer(undefined, QUOTE_FACTS).analyze('Ökan said she told spokesman Li 3 things.');
    const a = sentence!.arrays;
    const bits = Object.fromEntries(a.values.map((v, i) => [v, a.flags![i]]));
    expect(bits).toEqual({
      Ökan: WORD_CAPITAL,
      said: WORD_SPEECH,
      she: WORD_PRONOUN,
      told: WORD_SPEECH,
      spokesman: WORD_ROLE,
      Li: WORD_CAPITAL,
      '3': 0,
      things: 0,
      '.': 0,
    });
  });

  it('writes no bits unless asked (the index alone does not pay for them)', () => {
    expect(createAnalyzer().analyze('Bruce said so.')[0]!.arrays.flags).toBeNull();
  });

  it('gives the quote pass the same quotes, speakers and names as reading the strings', () => {
    const text = [
      '“We will appeal,” said Anna Maria Schmidt, a lawyer for the city of Bremen.',
      'The spokesman, Émile Durand, told reporters he “had no comment”. She said the Über-tax was unfair.',
    ].join('\n');
    const document = {
      text,
      paragraphs: [
        { start: 0, end: text.indexOf('\n'), number: 1 },
        { start: text.indexOf('\n') + 1, end: text.length, number: 2 },
      ],
      title: 'Appeal',
    } as unknown as CorpusDocument;
    const run = (facts: typeof QUOTE_FACTS | undefined) => {
      const analyzer = createAnalyzer(undefined, facts);
      const paragraphs = document.paragraphs.map((p) => analyzer.analyze(text.slice(p.start, p.end), p.start));
      return extractDocument({ document, paragraphs });
    };
    const read = run(undefined);
    expect(read.quotes.length).toBe(3);
    expect(run(QUOTE_FACTS)).toEqual(read);
  });
});
