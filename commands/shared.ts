/** Pieces several commands share: citations, state in footers, short hashes, document lookup. */
import { createHash } from 'node:crypto';
import { CitebotError } from '../src/errors.ts';
import type { Library } from '../src/library.ts';
import { escapeMarkdown, link } from '../src/replies/markdown.ts';

/** `[Title](url) · paragraph 3, sentence 2` (the title linked when the article has a URL). */
/** Title (linked when the article has a url) and id: articles can share a title ("Results"), never an id. */
export function citation(title: string, url: string | undefined, id: string, paragraph: number, sentence: number): string {
  return `${link(title, url)} (\`${id.replace(/`/g, "'")}\`) · paragraph ${paragraph}, sentence ${sentence}`;
}

/** Eight hex characters of SHA-1: ties a button's custom id to the state on its message. */
export function shortHash(text: string): string {
  return createHash('sha1').update(text).digest('hex').slice(0, 8);
}

/**
 * State kept in a message footer as `Key: value` lines (plain text, visible, and sent back to us
 * with every button press on the message). Values never contain a newline (Discord strips them
 * from slash command options).
 */
export function encodeState(entries: Readonly<Record<string, string | undefined>>): string {
  return Object.entries(entries)
    .filter((e): e is [string, string] => e[1] !== undefined && e[1] !== '')
    .map(([key, value]) => `${key}: ${value.replace(/\s*\n\s*/g, ' ')}`)
    .join('\n');
}

export function decodeState(text: string | null): Record<string, string> | null {
  if (text === null || text.trim() === '') return null;
  const state: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const at = line.indexOf(': ');
    if (at <= 0) return null;
    state[line.slice(0, at)] = line.slice(at + 2);
  }
  return state;
}

/** A document id from an id or an exact title; SOURCE_UNKNOWN otherwise. */
export function resolveSource(library: Library, given: string | undefined): string | undefined {
  if (given === undefined) return undefined;
  if (library.document(given)) return given;
  const lower = given.toLowerCase();
  const byTitle = library.corpus.documents.filter((d) => d.title.toLowerCase() === lower || d.id.toLowerCase() === lower);
  if (byTitle.length === 1) return byTitle[0]!.id;
  throw new CitebotError('SOURCE_UNKNOWN', `There is no article “${escapeMarkdown(given)}”. Pick one from the suggestions, or see /sources.`, { source: given });
}

export function parseIndex(raw: string | undefined, max: number): number | null {
  if (raw === undefined || !/^\d{1,3}$/.test(raw)) return null;
  const n = Number(raw);
  return n <= max ? n : null;
}
