import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/nlp/analyzer.ts';

const stem = createAnalyzer('stem');

describe('analyzer', () => {
  it('drops stop words, punctuation and possessives; stems what is left', () => {
    expect(stem.terms('Who met the delegation in Pakistan’s capital?')).toEqual(['met', 'deleg', 'pakistan', 'capit']);
  });

  it('keeps an acronym in capitals even when its lower case is a stop word', () => {
    // "US" the country must be searchable; "us" the pronoun is a stop word.
    expect(stem.terms('The US told us')).toEqual(['us', 'told']);
  });

  it('keeps numbers as terms', () => {
    expect(stem.terms('from May 31 to June 6')).toEqual(['may', '31', 'june', '6']);
  });

  it('lemmas map irregular forms onto their base', () => {
    expect(createAnalyzer('lemma').terms('He met the delegations')).toEqual(['meet', 'delegation']);
  });

  it('gives sentences and tokens exact offsets from the base offset', () => {
    const text = 'Trump posted: “I will work.” Bruce said so.';
    const sentences = createAnalyzer().analyze(text, 100);
    expect(sentences.map((s) => text.slice(s.start - 100, s.end - 100))).toEqual([
      'Trump posted: “I will work.”',
      'Bruce said so.',
    ]);
    for (const token of sentences.flatMap((s) => s.tokens)) {
      expect(text.slice(token.start - 100, token.end - 100)).toBe(token.value);
    }
  });

  it('tags entities that hint at answer types', () => {
    const tokens = stem.analyze('He paid $5 million on June 6.').flatMap((s) => s.tokens);
    expect(tokens.filter((t) => t.entity !== null).map((t) => [t.value, t.entity])).toEqual([
      ['$', 'MONEY'],
      ['5', 'MONEY'],
      ['million', 'MONEY'],
      ['June', 'DATE'],
      ['6', 'DATE'],
    ]);
  });
});

describe('sentence splitting repairs', () => {
  it('does not end a sentence after a title or before a word in lower case', () => {
    const text = 'It starred Montgomery Clift as Fr. Michael Logan. Warner Bros. insisted on it. He left.';
    expect(
      createAnalyzer()
        .analyze(text)
        .map((s) => text.slice(s.start, s.end)),
    ).toEqual(['It starred Montgomery Clift as Fr. Michael Logan.', 'Warner Bros. insisted on it.', 'He left.']);
  });

  it('does not end a sentence at a decimal point written against its digits (.45-caliber), but does after a full stop and a space', () => {
    // wink ends a sentence at "a ." before "32-caliber": the calibres, the answer, were cut in half.
    const text =
      'He had a .32-caliber revolver, but she was killed by a .45-caliber bullet. Prices fell in 2004. 45 people left.';
    expect(
      createAnalyzer()
        .analyze(text)
        .map((s) => text.slice(s.start, s.end)),
    ).toEqual([
      'He had a .32-caliber revolver, but she was killed by a .45-caliber bullet.',
      'Prices fell in 2004.',
      '45 people left.',
    ]);
  });
});

describe('offsets with unusual whitespace', () => {
  it('stay exact after tabs, ideographic spaces and form feeds', () => {
    const text = 'The minister\u3000met\tthe envoy\fin Paris. Talks\u2003went on.';
    const sentences = createAnalyzer().analyze(text);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      'The minister\u3000met\tthe envoy\fin Paris.',
      'Talks\u2003went on.',
    ]);
    for (const token of sentences.flatMap((s) => s.tokens))
      expect(text.slice(token.start, token.end)).toBe(token.value);
  });
});
