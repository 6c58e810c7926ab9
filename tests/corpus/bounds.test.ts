/**
 * Titles and quotes read from text with long runs of one character: each is read in one pass, so a
 * file of 100,000 `#`, spaces or commas costs what its length costs (the regular expressions these
 * replaced took the square of such a run: 15 s for 64 KB of `#` after a heading's marker).
 */
import { describe, expect, it } from 'vitest';
import { markdownHeading, plainTextHeadline } from '../../src/corpus/title.ts';
import { findQuoteSpans, quoteText } from '../../src/quotes/marks.ts';

describe('markdownHeading', () => {
  it('reads a heading as CommonMark does: closing #s and spaces dropped, the line break included in its end', () => {
    expect(markdownHeading('# Oil prices rise ##\nBody', 0)).toEqual({ title: 'Oil prices rise', end: 21 });
    expect(markdownHeading('\n  \n# Two\r\nBody', 0)).toEqual({ title: 'Two', end: 11 });
    expect(markdownHeading('---\n# At the end', 4)).toEqual({ title: 'At the end', end: 16 });
    expect(markdownHeading('#NoSpace\nBody', 0)).toBeNull();
    expect(markdownHeading('Text first\n# Later', 0)).toBeNull();
  });

  it('reads a heading line of 100,000 `#` in one pass', () => {
    const text = `# a ${'#'.repeat(100_000)}x\n\nBody.\n`;
    expect(markdownHeading(text, 0)).toEqual({ title: `a ${'#'.repeat(100_000)}x`, end: 100_006 });
    expect(markdownHeading(`# Title${'#'.repeat(100_000)}\nBody`, 0)).toEqual({ title: 'Title', end: 100_008 });
  });
});

describe('plainTextHeadline', () => {
  it('skips blank lines, 100,000 spaces long, before the headline', () => {
    const text = `${' '.repeat(100_000)}\n\nOil prices rise\nPrices rose on Monday.\n`;
    expect(plainTextHeadline(text, 0)).toEqual({ title: 'Oil prices rise', start: 100_002, end: 100_017 });
  });
});

describe('quoteText', () => {
  it('drops the trailing comma news puts before a closing mark, after 100,000 commas inside the quote too', () => {
    const inner = `a ${', '.repeat(50_000)}b, `;
    const text = `"${inner}"`;
    const span = { start: 0, end: text.length, close: text.length - 1, closed: true, words: 2 };
    expect(quoteText(text, { ...span, pieces: [{ paragraph: 0, start: 1, end: text.length - 1 }] })).toBe(
      `a ${', '.repeat(50_000)}b`,
    );
  });
});

describe('findQuoteSpans', () => {
  it('searches each paragraph once: a mark outside every paragraph is passed over, a quote after 50,000 paragraphs without one is found', () => {
    const text = 'no quote here\n“between”\nHe said “yes” today.\n';
    const paragraphs = [
      { number: 1, start: 0, end: 13 },
      { number: 2, start: 24, end: 44 },
    ];
    expect(findQuoteSpans(text, paragraphs).map((q) => text.slice(q.start, q.end))).toEqual(['“yes”']);

    const lines = [...Array.from({ length: 50_000 }, () => 'a b'), 'He said "yes" today.'];
    const long = lines.join('\n');
    let at = 0;
    const many = lines.map((line, i) => {
      const paragraph = { number: i + 1, start: at, end: at + line.length };
      at += line.length + 1;
      return paragraph;
    });
    const spans = findQuoteSpans(long, many);
    expect(spans.map((q) => [long.slice(q.start, q.end), q.pieces[0]!.paragraph])).toEqual([['"yes"', 50_000]]);
  });
});
