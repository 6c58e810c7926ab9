import type { Paragraph } from './types.ts';

/**
 * Paragraphs are the non-blank lines of the body: wink's sentence splitter does not treat a
 * line break as a boundary, so a line like `Trump posted:` would be glued to the next one.
 * In Markdown, heading and list markers are left out of the paragraph's range.
 */
export function splitParagraphs(text: string, bodyStart: number, markdown: boolean): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const line = /[^\r\n]+/g;
  line.lastIndex = bodyStart;
  for (let match = line.exec(text); match; match = line.exec(text)) {
    let start = match.index;
    let end = start + match[0].length;
    const marker = markdown ? /^\s*(#{1,6}\s+|[-*+]\s+|>\s*)/.exec(match[0]) : null;
    if (marker) start += marker[0].length;
    while (start < end && /\s/.test(text[start]!)) start += 1;
    while (end > start && /\s/.test(text[end - 1]!)) end -= 1;
    if (end > start) paragraphs.push({ number: paragraphs.length + 1, start, end });
  }
  return paragraphs;
}
