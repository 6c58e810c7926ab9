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
  const match = /^\s*#[ \t]+([^\r\n]+?)[ \t#]*(?:\r?\n|$)/.exec(text.slice(bodyStart));
  return match ? { title: match[1]!.trim(), end: bodyStart + match[0].length } : null;
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
  const first = /[^\r\n]*\S[^\r\n]*/g;
  first.lastIndex = bodyStart;
  const match = first.exec(text);
  if (!match) return null;
  const line = match[0].trim();
  const end = match.index + match[0].length;
  if (line.length > HEADLINE_MAX_CHARS || line.split(/\s+/).length > HEADLINE_MAX_WORDS) return null;
  if (/[.:;,]["'”’)\]]*$/.test(line) && !/\.\.\.$|…$/.test(line)) return null;
  if (!/\S/.test(text.slice(end))) return null;
  // A line that runs on into the next (`…the plan\nwould cost…`) is hard-wrapped body text.
  if (/^\r?\n[ \t]*\p{Ll}/u.test(text.slice(end))) return null;
  const start = match.index + (match[0].length - match[0].trimStart().length);
  return { title: line.replace(/\s+/g, ' '), start, end };
}
