import { describe, expect, it } from 'vitest';
import { type AnalyzedSentence, createAnalyzer } from '../../src/nlp/analyzer.ts';

/**
 * Plain wink-nlp learns every out-of-vocabulary word it reads and its tokenizer then takes the
 * learnt word for a known one: after "Standard and Poor's." (read whole, as "Poor's"), it reads
 * "standard poor's ratings" as [standard, poor's, ratings]. src/nlp/wink.ts makes it read every
 * text as a fresh process would, so an index does not depend on the order documents are read in.
 * Each case: a text read before and after a text that teaches wink a word, with what a fresh
 * process reads (the tokens), then the whole analysis compared.
 */
const analyzer = createAnalyzer();

/** Everything the index and the quote pass take from an analysis. */
function everything(text: string): unknown {
  return analyzer
    .analyze(text)
    .map((s: AnalyzedSentence) => [
      s.start,
      s.end,
      s.tokens.map((t) => [t.value, t.start, t.pos, t.kind, t.stop, t.term, t.entity]),
    ]);
}

const tokens = (text: string): string[][] => analyzer.analyze(text).map((s) => s.tokens.map((t) => t.value));

const cases: { name: string; text: string; fresh: string[][]; teacher: string }[] = [
  {
    name: 'a possessive, once a sentence ended in the same possessive (read whole before the full stop)',
    text: "standard poor's ratings international",
    fresh: [['standard', 'poor', "'s", 'ratings', 'international']],
    teacher: "The deal was rated AAA by both Moody's and Standard and Poor's.",
  },
  {
    name: 'a possessive in quotes, once the same possessive ended a sentence',
    text: 'The yen\'s rise hurt "Japan\'s" exporters.',
    fresh: [['The', 'yen', "'s", 'rise', 'hurt', '"', 'Japan', "'s", '"', 'exporters', '.']],
    teacher: "Tokyo defended the value of the yen's. He praised Japan's.",
  },
  {
    name: "a hyphenated word's possessive",
    text: "An e-mail's text was read.",
    fresh: [['An', 'e-mail', "'s", 'text', 'was', 'read', '.']],
    teacher: "He forwarded an e-mail's.",
  },
  {
    name: 'a dotted abbreviation before the full stop, once a text wrote it without its last dot',
    text: 'Trading resumed at 10 a.m.. Prices rose.',
    fresh: [
      ['Trading', 'resumed', 'at', '10', 'a.m.', '.'],
      ['Prices', 'rose', '.'],
    ],
    teacher: 'Trading resumed at 10 a.m EST.',
  },
];

describe('the analysis of a text does not depend on what was read before', () => {
  for (const c of cases) {
    it(c.name, () => {
      const before = everything(c.text);
      expect(tokens(c.text)).toEqual(c.fresh);
      analyzer.analyze(c.teacher);
      expect(everything(c.text)).toEqual(before);
      expect(tokens(c.text)).toEqual(c.fresh);
    });
  }

  it('reading texts in one order or the reverse gives the same analyses', () => {
    // Each text that teaches a word comes after the text it would change in the forward order.
    const texts = [
      "Lloyd's of London said the country's exports rose.",
      'Rates in the U.S.. were steady.',
      "Texaco's unit said last year's loss narrowed.",
      "Shares of Lloyd's. rose in the U.S courier market.",
      "The company blamed the country's. It beat last year's.",
      "Analysts at Texaco's.",
    ];
    const other = createAnalyzer('lemma');
    const forward = texts.map((t) => JSON.stringify(other.analyze(t).map((s) => s.tokens)));
    const backward = [...texts]
      .reverse()
      .map((t) => JSON.stringify(other.analyze(t).map((s) => s.tokens)))
      .reverse();
    expect(backward).toEqual(forward);
  });
});
