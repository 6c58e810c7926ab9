import { basename } from 'node:path';

/** `bbc/business/001-oil_prices.txt` -> `001 oil prices`, first letter capitalised. */
export function titleFromFileName(file: string): string {
  const words = basename(file)
    .replace(/\.[^.]+$/, '')
    .replace(/[-_.\s]+/g, ' ')
    .trim();
  return words.length > 0 ? words[0]!.toUpperCase() + words.slice(1) : file;
}

/** A leading `# Heading` (the first non-blank line of the body), or null. */
export function markdownHeading(text: string, bodyStart: number): { title: string; end: number } | null {
  // Read by hand: /^\s*#[ \t]+(.+?)[ \t#]*$/ costs the square of a long run of `#` or spaces.
  let at = bodyStart;
  while (at < text.length && /\s/.test(text[at]!)) at += 1;
  if (text[at] !== '#') return null;
  let from = at + 1;
  while (from < text.length && (text[from] === ' ' || text[from] === '\t')) from += 1;
  if (from === at + 1) return null;
  let lineEnd = from;
  while (lineEnd < text.length && text[lineEnd] !== '\n' && text[lineEnd] !== '\r') lineEnd += 1;
  let end = lineEnd;
  if (text[end] === '\r') end += 1;
  if (text[end] === '\n') end += 1;
  else if (end > lineEnd) return null; // a lone carriage return ends no line
  // The title holds at least one character (a space taken back from after the `#` if need be).
  if (from === lineEnd) from -= 1;
  let to = lineEnd;
  while (to > from + 1 && (text[to - 1] === ' ' || text[to - 1] === '\t' || text[to - 1] === '#')) to -= 1;
  return { title: text.slice(from, to).trim(), end };
}

/** Longest first line still read as a headline: news headlines run to 10-15 words. */
const HEADLINE_MAX_CHARS = 150;
const HEADLINE_MAX_WORDS = 20;

/**
 * The first line of a plain-text article when it reads as a headline: short, not ending like a
 * sentence or an introduction (`.`, `:`, `;`, `,`, also inside closing quotes), and followed by
 * more text. News archives keep the headline there; without this it would be titled by its file
 * name ("105") and its headline would come back as an answer.
 */
export function plainTextHeadline(
  text: string,
  bodyStart: number,
): { title: string; start: number; end: number } | null {
  // The first line with a non-space character, found line by line: a regular expression
  // (/[^\r\n]*\S[^\r\n]*/) costs the square of a long line of spaces.
  let lineStart = bodyStart;
  let end = -1;
  while (lineStart < text.length) {
    let lineEnd = lineStart;
    let blank = true;
    while (lineEnd < text.length && text[lineEnd] !== '\n' && text[lineEnd] !== '\r') {
      if (blank && /\S/.test(text[lineEnd]!)) blank = false;
      lineEnd += 1;
    }
    if (!blank) {
      end = lineEnd;
      break;
    }
    lineStart = lineEnd + 1;
  }
  if (end < 0) return null;
  const raw = text.slice(lineStart, end);
  const line = raw.trim();
  if (line.length > HEADLINE_MAX_CHARS || line.split(/\s+/).length > HEADLINE_MAX_WORDS) return null;
  if (/[.:;,]["'”’)\]]*$/.test(line) && !/\.\.\.$|…$/.test(line)) return null;
  if (!/\S/.test(text.slice(end))) return null;
  // A line that runs on into the next (`…the plan\nwould cost…`) is hard-wrapped body text.
  if (/^\r?\n[ \t]*\p{Ll}/u.test(text.slice(end))) return null;
  const start = lineStart + (raw.length - raw.trimStart().length);
  return { title: line.replace(/\s+/g, ' '), start, end };
}
