/**
 * The analysis path on text nobody writes on purpose: one word of thousands of characters (a base64
 * blob, a URL with a long query string, pasted data), control characters, mixed scripts, lone
 * surrogates. Whatever it reads, the analyzer must not throw, must keep every offset exact
 * (`text.slice(start, end) === value`), and must stay linear: wink's tokenizer costs the square of a
 * run of non-space characters and the Porter 2 stemmer the square of a word's length, so neither
 * may ever be handed more than MAX_RUN / MAX_STEM characters. Checked on what they are given, not
 * by timing.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { rng } from '../../src/eval/random.ts';

const seen = vi.hoisted(() => ({ stemmed: 0, read: 0, spaces: 0 }));
vi.mock('wink-porter2-stemmer', async (importOriginal) => {
  const real = (await importOriginal<{ default: (word: string) => string }>()).default;
  return {
    default: (word: string): string => {
      seen.stemmed = Math.max(seen.stemmed, word.length);
      return real(word);
    },
  };
});

const { createAnalyzer, MAX_RUN, MAX_STEM, MAX_TERM, MORPHOLOGIES } = await import('../../src/nlp/analyzer.ts');
const { nlp } = await import('../../src/nlp/wink.ts');

/** The longest run of non-space characters, and of spaces, in what wink is given to read. */
const readDoc = nlp.readDoc.bind(nlp);
vi.spyOn(nlp, 'readDoc').mockImplementation((text: string) => {
  for (const run of text.split(/ +/)) seen.read = Math.max(seen.read, run.length);
  for (const run of text.match(/ +/g) ?? []) seen.spaces = Math.max(seen.spaces, run.length);
  return readDoc(text);
});

beforeEach(() => {
  seen.stemmed = 0;
  seen.read = 0;
  seen.spaces = 0;
});

type Analyzer = ReturnType<typeof createAnalyzer>;

/** Every token's text is the text at its offsets, tokens and sentences in order and inside the text. */
function expectExact(analyzer: Analyzer, text: string, base: number): void {
  const sentences = analyzer.analyze(text, base);
  let previous = base;
  for (const sentence of sentences) {
    expect(sentence.start).toBeGreaterThanOrEqual(previous);
    expect(sentence.end).toBeLessThanOrEqual(base + text.length);
    for (const token of sentence.tokens) {
      expect(token.start).toBeGreaterThanOrEqual(previous);
      expect(text.slice(token.start - base, token.end - base)).toBe(token.value);
      expect(token.term === null || token.term.length <= MAX_TERM).toBe(true);
      previous = token.end;
    }
  }
}

/** Pieces texts are made of: words of several scripts, punctuation, odd spaces, controls, surrogates. */
const PIECES = [
  'The',
  'minister',
  'said',
  'US',
  'May',
  '5.17',
  'dlrs',
  '$',
  '3/4',
  'Mr.',
  '“',
  '”',
  '"',
  "'s",
  '’',
  ',',
  '.',
  '?',
  '-',
  '—',
  '(',
  ')',
  '#',
  '@',
  'https://example.com/a?b=c',
  'Москва',
  'город',
  '東京都',
  'القاهرة',
  'Ελλάδα',
  'naïve',
  'e\u0301',
  '😀',
  '👩‍👩‍👧',
  '\uD800',
  '\uDC00',
  '\u0000',
  '\u0007',
  '\u001b',
  '\u200b',
  '\u200f',
  '\uFEFF',
  '\t',
  '\u00a0',
  '\u3000',
  '\n',
  '\r',
  '\u2028',
  '   ',
];

/** A random text: pieces joined by spaces or not, and now and then a run far longer than any word. */
function randomText(next: () => number): string {
  const out: string[] = [];
  const count = 1 + Math.floor(next() * 60);
  for (let i = 0; i < count; i += 1) {
    if (next() < 0.08) {
      const unit = PIECES[Math.floor(next() * PIECES.length)]!;
      out.push(unit.repeat(Math.ceil((MAX_RUN + next() * 3000) / unit.length)));
    } else {
      out.push(PIECES[Math.floor(next() * PIECES.length)]!);
    }
    if (next() < 0.7) out.push(' ');
  }
  return out.join('');
}

describe('analysis of arbitrary text (seeded random texts)', () => {
  for (const morphology of MORPHOLOGIES) {
    it(`never throws, keeps offsets exact and hands wink and the stemmer bounded input (${morphology})`, () => {
      const analyzer = createAnalyzer(morphology);
      const next = rng(20261206);
      for (let round = 0; round < 150; round += 1) {
        const text = randomText(next);
        const base = Math.floor(next() * 1000);
        expectExact(analyzer, text, base);
        // The same text gives the same terms whichever way it is asked for.
        expect(analyzer.terms(text)).toEqual(analyzer.terms(text));
      }
      expect(seen.stemmed).toBeLessThanOrEqual(MAX_STEM);
      expect(seen.read).toBeLessThanOrEqual(MAX_RUN);
      expect(seen.spaces).toBeLessThanOrEqual(64);
    });
  }
});

describe('over-long tokens', () => {
  const analyzer = createAnalyzer();

  it('reads a 100,000-character word as one token: its text exact, its term its first 64 characters in lower case', () => {
    const word = 'QUJD'.repeat(25_000);
    const text = `The key was ${word} in London.`;
    const tokens = analyzer.analyze(text, 10).flatMap((s) => s.tokens);
    expect(tokens.map((t) => t.value.length)).toEqual([3, 3, 3, 100_000, 2, 6, 1]);
    const long = tokens[3]!;
    expect(long).toMatchObject({ start: 22, end: 100_022, kind: 'word', pos: 'X', entity: null, stop: false });
    expect(long.term).toBe('qujd'.repeat(16));
    // Its neighbours are read as before.
    expect(analyzer.terms(text)).toEqual(['key', 'qujd'.repeat(16), 'london']);
    expect(seen.stemmed).toBeLessThanOrEqual(MAX_STEM);
    expect(seen.read).toBeLessThanOrEqual(MAX_RUN);
  });

  it('keeps the punctuation around a long run, so quote marks and the sentence’s end are read as before', () => {
    const blob = 'x'.repeat(5000);
    const text = `He wrote “${blob}.” Then he left.`;
    const sentences = analyzer.analyze(text);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual([`He wrote “${blob}.”`, 'Then he left.']);
    expect(sentences[0]!.tokens.map((t) => t.value.length)).toEqual([2, 5, 1, 5000, 1, 1]);
  });

  it('reads a link longer than MAX_RUN as one link', () => {
    const url = `https://example.com/search?q=${'a%20b'.repeat(100)}`;
    const tokens = analyzer.analyze(`See ${url} now`).flatMap((s) => s.tokens);
    expect(tokens.map((t) => [t.value === url, t.kind])).toEqual([
      [false, 'word'],
      [true, 'url'],
      [false, 'word'],
    ]);
  });

  it('reads a run of 100,000 spaces as a gap: offsets after it stay exact', () => {
    const text = `He came${' '.repeat(100_000)}and went.`;
    const tokens = analyzer.analyze(text).flatMap((s) => s.tokens);
    expect(tokens.map((t) => [t.value, t.start])).toEqual([
      ['He', 0],
      ['came', 3],
      ['and', 100_007],
      ['went', 100_011],
      ['.', 100_015],
    ]);
    expect(seen.spaces).toBeLessThanOrEqual(64);
  });

  it('never stems a word longer than MAX_STEM, in questions too (a term is the word cut, in lower case)', () => {
    const word = `Anti${'dis'.repeat(40)}establishmentarianism`;
    expect(analyzer.terms(`why ${word}?`)).toEqual([word.toLowerCase().slice(0, MAX_TERM)]);
    expect(analyzer.termFor(word.toLowerCase())).toBe(word.toLowerCase().slice(0, MAX_TERM));
    expect(seen.stemmed).toBeLessThanOrEqual(MAX_STEM);
  });
});
