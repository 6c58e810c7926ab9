import { basename } from 'node:path';

/** `bbc/business/001-oil_prices.txt` -> `001 oil prices`, first letter capitalised. */
export function titleFromFileName(file: string): string {
  const words = basename(file).replace(/\.[^.]+$/, '').replace(/[-_.\s]+/g, ' ').trim();
  return words.length > 0 ? words[0]!.toUpperCase() + words.slice(1) : file;
}

/** A leading `# Heading` (the first non-blank line of the body), or null. */
export function markdownHeading(text: string, bodyStart: number): { title: string; end: number } | null {
  const match = /^\s*#[ \t]+([^\r\n]+?)[ \t#]*(?:\r?\n|$)/.exec(text.slice(bodyStart));
  return match ? { title: match[1]!.trim(), end: bodyStart + match[0].length } : null;
}
