/**
 * Building Discord markdown from corpus text: everything that comes from an article is escaped,
 * so the only formatting in a reply is ours (bold matched words, italics, masked links).
 */
import type { Mark } from '../search/excerpt.ts';

const SPECIAL = /[\\*_~`|[\]<]/g;

/**
 * Syntax Discord reads only at the start of a line: headings (`# `, `## `, `### `), subtext (`-# `),
 * block quotes (`> `, `>>> `), bulleted lists (`- `, `+ `; `* ` is escaped with the emphasis) and
 * numbered lists (`1. `), each after optional indentation.
 */
const LINE_START = /(^|\n)([ \t]*)(#+|-#+|-|\+|>+|\d+\.)(?=\s|$)/g;

/**
 * Escapes text so Discord shows it literally: emphasis, code, spoilers, masked links and `<@id>` /
 * `<t:…>` syntax everywhere, and heading, quote and list markers at the start of every line in it,
 * the first included. Any piece of article text may end up at the start of a line of a reply (an
 * excerpt with no sentence before it opens the description of **Context n**), so a piece is
 * escaped as if it did; an escaped marker in the middle of a line shows the same. `atLineStart:
 * false` is for a piece known to continue a line (the rest of a sentence after a bold word).
 * Mentions never ping anyway: every reply sets empty allowed mentions.
 */
export function escapeMarkdown(text: string, options: { readonly atLineStart?: boolean } = {}): string {
  const escaped = text.replace(SPECIAL, (c) => `\\${c}`);
  return escaped.replace(LINE_START, (whole: string, start: string, indent: string, marker: string, at: number) => {
    if (at === 0 && start === '' && options.atLineStart === false) return whole;
    return `${start}${indent}${/^\d/.test(marker) ? `${marker.slice(0, -1)}\\.` : `\\${marker}`}`;
  });
}

/**
 * Escaped text with the ranges in `marks` in bold. Marks are [start, end) offsets into `text`;
 * marks separated only by spaces become one bold run (`**Tammy Bruce**`, not `**Tammy** **Bruce**`).
 * Line-start markers are escaped where `text` starts (`# Heading` → `\# Heading`), not after a bold word.
 */
export function highlight(raw: string, marks: readonly Mark[]): string {
  // A paragraph hard-wrapped over lines reads as one line (soft breaks are spaces), one for one.
  const text = raw.replace(/[\r\n]/g, ' ');
  const runs: [number, number][] = [];
  for (const [start, end] of [...marks].sort((a, b) => a[0] - b[0])) {
    const last = runs[runs.length - 1];
    if (last !== undefined && start >= last[1] && /^[^\S\n]*$/.test(text.slice(last[1], start)))
      last[1] = Math.max(last[1], end);
    else runs.push([start, end]);
  }
  let out = '';
  let at = 0;
  const piece = (from: number, to: number): string => escapeMarkdown(text.slice(from, to), { atLineStart: from === 0 });
  for (const [start, end] of runs) {
    if (start < at || end <= start || end > text.length) continue;
    out += `${piece(at, start)}**${piece(start, end)}**`;
    at = end;
  }
  return out + piece(at, text.length);
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
