import type { Paragraph } from './types.ts';

/**
 * A document's paragraphs, as offsets into its text.
 *
 * - Plain text, as news is usually stored: one paragraph a line (wink's sentence splitter does not
 *   treat a line break as a boundary, so a line like `Trump posted:` must stay apart from the next).
 * - Markdown, as CommonMark reads it: lines separated by a blank line; lines that follow each other
 *   are one paragraph (a hard-wrapped README). A heading, a list item or a block quote line starts
 *   a paragraph of its own, its marker left out of the range; a table row is a paragraph; fenced code blocks are left out.
 * - Plain text that is hard-wrapped (blocks of lines separated by blank lines, most lines breaking
 *   mid-sentence) is read like Markdown's paragraphs.
 *
 * A paragraph that spans lines keeps its line breaks inside its range: the analyzer reads them
 * as spaces, one for one, so offsets stay exact.
 */
export function splitParagraphs(text: string, bodyStart: number, markdown: boolean): Paragraph[] {
  const lines = bodyLines(text, bodyStart);
  const joined = markdown || hardWrapped(text, lines);
  const paragraphs: Paragraph[] = [];
  let open: { start: number; end: number } | null = null;
  const close = (): void => {
    if (open) paragraphs.push({ number: paragraphs.length + 1, start: open.start, end: open.end });
    open = null;
  };
  let fence: string | null = null;
  for (const line of lines) {
    if (line === null) {
      close();
      continue;
    }
    let { start } = line;
    const { end } = line;
    // A fenced code block (``` or ~~~) is code, not prose to answer from: left out whole.
    const fenceMark = markdown ? FENCE.exec(text.slice(start, end))?.[1] : undefined;
    if (fence !== null || fenceMark !== undefined) {
      close();
      if (fence === null) fence = fenceMark!.slice(0, 3);
      else if (text.slice(start, end).startsWith(fence)) fence = null;
      continue;
    }
    // A table row is a paragraph of its own; the row under the header (`| --- |`) is no text.
    if (markdown && text[start] === '|') {
      close();
      if (!TABLE_RULE.test(text.slice(start, end))) paragraphs.push({ number: paragraphs.length + 1, start, end });
      continue;
    }
    const marker = markdown ? MARKER.exec(text.slice(start, end)) : null;
    if (marker) start += marker[0].length;
    while (start < end && /\s/.test(text[start]!)) start += 1;
    if (start >= end) continue;
    if (!joined || marker) {
      close();
      // A heading is a paragraph of its own; a list item or quote may go on over the next lines.
      if (marker && /^\s*#/.test(marker[0])) paragraphs.push({ number: paragraphs.length + 1, start, end });
      else if (joined) open = { start, end };
      else paragraphs.push({ number: paragraphs.length + 1, start, end });
      continue;
    }
    if (open) open.end = end;
    else open = { start, end };
  }
  close();
  return paragraphs;
}

const MARKER = /^\s*(#{1,6}\s+|[-*+]\s+|\d{1,9}[.)]\s+|>\s*)/;
const FENCE = /^(```|~~~)/;
const TABLE_RULE = /^\|[\s:|-]*$/;

/** The body's lines as trimmed ranges, `null` for a blank line. */
function bodyLines(text: string, bodyStart: number): ({ start: number; end: number } | null)[] {
  const out: ({ start: number; end: number } | null)[] = [];
  const line = /([^\r\n]*)(\r\n|\r|\n|$)/g;
  line.lastIndex = bodyStart;
  for (let match = line.exec(text); match; match = line.exec(text)) {
    let start = match.index;
    let end = start + match[1]!.length;
    while (start < end && /\s/.test(text[start]!)) start += 1;
    while (end > start && /\s/.test(text[end - 1]!)) end -= 1;
    out.push(end > start ? { start, end } : null);
    if (match[0].length === 0 || line.lastIndex >= text.length) break;
  }
  return out;
}

/** Lines that end without a sentence's end and run on into the next line of their block. */
const SENTENCE_END = /[.!?:;"'\u201D\u2019)\]]$/;

/**
 * Plain text wrapped at a fixed width: blank lines between blocks, and most lines inside a block
 * break mid-sentence. A file of one paragraph a line has its lines end with a sentence's end.
 */
function hardWrapped(text: string, lines: readonly ({ start: number; end: number } | null)[]): boolean {
  if (!lines.includes(null)) return false;
  let inBlock = 0;
  let broken = 0;
  for (let i = 0; i + 1 < lines.length; i += 1) {
    const line = lines[i];
    if (!line || !lines[i + 1]) continue;
    inBlock += 1;
    if (!SENTENCE_END.test(text.slice(line.start, line.end))) broken += 1;
  }
  return inBlock >= 3 && broken >= inBlock / 2;
}
