import { describe, expect, it } from 'vitest';
import type { Paragraph } from '../../src/corpus/types.ts';
import { findQuoteSpans, quoteText, type QuoteSpan } from '../../src/quotes/marks.ts';

/** Paragraphs are lines, as the corpus loader makes them. */
function spans(text: string): { text: string; spans: QuoteSpan[] } {
  const paragraphs: Paragraph[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    if (line.length > 0) paragraphs.push({ number: paragraphs.length + 1, start: offset, end: offset + line.length });
    offset += line.length + 1;
  }
  return { text, spans: findQuoteSpans(text, paragraphs) };
}
const texts = (text: string): string[] => {
  const found = spans(text);
  return found.spans.map((s) => quoteText(found.text, s));
};

describe('quote spans', () => {
  it('finds curly and straight quotes, several in a paragraph', () => {
    expect(texts('“One two three four,” she said. "Five six seven eight," he said.')).toEqual([
      'One two three four',
      'Five six seven eight,'.slice(0, -1),
    ]);
  });

  it('takes a quote over several sentences whole', () => {
    expect(texts('“First sentence here. Second one too. Third!” she said.')).toEqual([
      'First sentence here. Second one too. Third!',
    ]);
  });

  it('closes a curly opening mark with a straight closing one and the other way round', () => {
    expect(texts('Cole said: "People keep telling me things.” Then “we left for good" he said.')).toEqual([
      'People keep telling me things.',
      'we left for good',
    ]);
  });

  it('keeps a quote inside a quote (single or double marks) inside the outer one', () => {
    expect(texts('“I will see if, after a ‘thousand years,’ a solution comes.”')).toEqual([
      'I will see if, after a ‘thousand years,’ a solution comes.',
    ]);
    expect(texts('"He told me "never again" and walked out," she said.')).toEqual([
      'He told me "never again" and walked out',
    ]);
    expect(texts("“They call it 'the deal of the century' here,” he said.")).toEqual([
      "They call it 'the deal of the century' here",
    ]);
  });

  it('reads a quote whose paragraphs were joined on one line as pieces of one quote, not a nested quote', () => {
    // News files often keep a multi-paragraph quote on one line: the first paragraph's quote is
    // not closed, the next opens right after a full stop. Later quotes of the paragraph survive.
    expect(
      texts(
        '"We were poor in the first half. We lost the game. "For me it is a sad day," he said. "Next week," she said.',
      ),
    ).toEqual(['We were poor in the first half. We lost the game.\nFor me it is a sad day', 'Next week']);
    expect(texts('“It was hard. “But we won,” he said.')).toEqual(['It was hard.\nBut we won']);
  });

  it('runs a quote over paragraphs that each open with a mark, only the last closing it', () => {
    const text = '“First paragraph of the quote.\n“Second paragraph goes on.\n“Third one ends it.” the end.';
    const found = spans(text);
    expect(found.spans).toHaveLength(1);
    const span = found.spans[0]!;
    expect(span.pieces.map((p) => p.paragraph)).toEqual([0, 1, 2]);
    expect(span.closed).toBe(true);
    expect(quoteText(text, span)).toBe('First paragraph of the quote.\nSecond paragraph goes on.\nThird one ends it.');
    expect(text.slice(span.start, span.end)).toBe(text.slice(0, text.indexOf('” the end') + 1));
  });

  it('ends an unclosed quote at its paragraph when the next paragraph does not open with a mark', () => {
    const text = '“An unclosed quote here\nA plain paragraph after.';
    const found = spans(text);
    expect(found.spans).toHaveLength(1);
    expect(found.spans[0]!.closed).toBe(false);
    expect(quoteText(text, found.spans[0]!)).toBe('An unclosed quote here');
  });

  it('counts words, so that scare quotes can be told apart', () => {
    expect(spans('a “temporary measure” and "further disruption"').spans.map((s) => s.words)).toEqual([2, 2]);
  });

  it('does not take apostrophes or a straight quote typed for one as a quote', () => {
    expect(texts('Pakistan’s stance and the company’s view, Opec"s committee said.')).toEqual([]);
    expect(texts("It's the farmers' problem, isn't it")).toEqual([]);
  });

  it('skips paragraphs with no quote mark at all', () => {
    expect(texts('No quotes here.\nNone here either.')).toEqual([]);
  });
});
