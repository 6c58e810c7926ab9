/**
 * Building Discord markdown from corpus text: everything that comes from an article is escaped,
 * so the only formatting in a reply is ours (bold matched words, italics, masked links).
 */
import type { Mark } from '../search/excerpt.ts';

const SPECIAL = /[\\*_~`|[\]<]/g;

/**
 * Escapes text so Discord shows it literally: emphasis, code, spoilers, masked links and `<@id>` /
 * `<t:…>` syntax. Line-start syntax (`#`, `>`, `-`) needs nothing: corpus text never starts a line
 * of a reply. Mentions never ping anyway: every reply sets empty allowed mentions.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(SPECIAL, (c) => `\\${c}`);
}

/**
 * Escaped text with the ranges in `marks` in bold. Marks are [start, end) offsets into `text`;
 * marks separated only by spaces become one bold run (`**Tammy Bruce**`, not `**Tammy** **Bruce**`).
 */
export function highlight(text: string, marks: readonly Mark[]): string {
  const runs: [number, number][] = [];
  for (const [start, end] of [...marks].sort((a, b) => a[0] - b[0])) {
    const last = runs[runs.length - 1];
    if (last !== undefined && start >= last[1] && /^[^\S\n]*$/.test(text.slice(last[1], start))) last[1] = Math.max(last[1], end);
    else runs.push([start, end]);
  }
  let out = '';
  let at = 0;
  for (const [start, end] of runs) {
    if (start < at || end <= start || end > text.length) continue;
    out += escapeMarkdown(text.slice(at, start)) + `**${escapeMarkdown(text.slice(start, end))}**`;
    at = end;
  }
  return out + escapeMarkdown(text.slice(at));
}

export function italic(text: string): string {
  const trimmed = text.trim();
  return trimmed === '' ? '' : `_${escapeMarkdown(trimmed)}_`;
}

export function bold(text: string): string {
  return `**${escapeMarkdown(text)}**`;
}

/** `[label](url)` for an http(s) URL, else the escaped label. */
export function link(label: string, url: string | undefined): string {
  const safe = safeUrl(url);
  return safe === null ? escapeMarkdown(label) : `[${escapeMarkdown(label)}](${safe})`;
}

/** The URL, percent-encoding what would end a markdown link early; null unless http(s). */
export function safeUrl(url: string | undefined): string | null {
  if (url === undefined) return null;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  return parsed.href.replace(/[()\s<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
