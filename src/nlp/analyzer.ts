/**
 * The analyzer: one wink-nlp pass over a piece of text gives sentences and tokens with
 * exact character offsets, POS tags, entity types and the index term of each token.
 * Sentences and questions go through the same function, so they always agree on terms.
 *
 * A paragraph's tokens are kept as parallel arrays; Token objects are only made when asked
 * for (the quote pass reads them), because the indexer reads the arrays and millions of
 * small objects would cost more than wink's own reading.
 */
import { answerTypes, type EntityType } from './answerTypes.ts';
import type { CorpusDocument } from '../corpus/types.ts';
import { nlp, its } from './wink.ts';
import { MAX_TERM, type Morphology, termMaker } from './terms.ts';

export type { Morphology } from './terms.ts';
export const MORPHOLOGIES: readonly Morphology[] = ['stem', 'lemma', 'lemma-stem'];
/** Best measured (README): lemmas map irregular forms, stems join derived ones. */
export const DEFAULT_MORPHOLOGY: Morphology = 'lemma-stem';

export type { EntityType } from './answerTypes.ts';

export interface Token {
  /** The token exactly as in the text. */
  readonly value: string;
  /** Lower case, curly apostrophes straightened. */
  readonly normal: string;
  /** Offsets into the text handed to the analyzer (plus its base offset). */
  readonly start: number;
  readonly end: number;
  /** Universal POS tag from wink (PROPN, NOUN, VERB, PUNCT, ...). */
  readonly pos: string;
  /** wink's token type: word, number, punctuation, symbol, ... */
  readonly kind: string;
  readonly stop: boolean;
  /** The index term, or null for stop words, punctuation and symbols. */
  readonly term: string | null;
  readonly entity: EntityType | null;
}

/** One paragraph's tokens as parallel arrays (index i is the paragraph's i-th token). */
export interface TokenArrays {
  readonly values: readonly string[];
  readonly normals: readonly string[];
  readonly starts: Int32Array;
  readonly pos: readonly string[];
  readonly kinds: readonly string[];
  readonly stops: readonly boolean[];
  readonly terms: readonly (string | null)[];
  readonly entities: readonly (EntityType | null)[];
  /** wink's lemmas (words only; absent with the `stem` morphology). */
  readonly lemmas: readonly string[] | null;
}

export interface AnalyzedSentence {
  readonly start: number;
  readonly end: number;
  /** The paragraph's arrays and this sentence's token range in them, [from, to). */
  readonly arrays: TokenArrays;
  readonly from: number;
  readonly to: number;
  readonly tokens: readonly Token[];
}

/** One document's paragraphs after analysis, as the index and the quote pass see them. */
export interface AnalyzedDocument {
  readonly document: CorpusDocument;
  readonly paragraphs: readonly (readonly AnalyzedSentence[])[];
}

export interface Analyzer {
  readonly morphology: Morphology;
  /** Splits text (one paragraph: no line breaks) into sentences of tokens; offsets start at `base`. */
  analyze(text: string, base?: number): AnalyzedSentence[];
  /** The index terms of a piece of text, in order, repeats kept. */
  terms(text: string): string[];
  /** The index term of a word given in its base form (a dictionary lemma: "resign", "cost"). */
  termFor(lemma: string): string;
}

/**
 * Bounds that keep analysis linear in the text's length whatever it holds (a base64 blob, a URL with
 * a long query string, pasted data). wink's tokenizer costs the square of a run of non-space
 * characters (a 32 KB run: 1.5 s; 2 MB: hours), and so does the Porter 2 stemmer of a word's length
 * (32 KB: 4 s). A longer run is never read by wink: it is one opaque token (its text kept exactly,
 * its term the first MAX_TERM characters of its lower case); a longer word is never stemmed nor
 * lemmatised (its term is its lower case, cut the same way).
 */
export const MAX_RUN = 256;
export { MAX_STEM, MAX_TERM } from './terms.ts';
/** A run of spaces longer than this is read by wink as one space (wink caps its space counts at 65,534). */
const MAX_SPACES = 64;
/** What wink reads in place of an over-long run: one plain word, so its neighbours read as before. */
const PLACEHOLDER = 'blob';

const INDEXED_KINDS = new Set(['word', 'number', 'hashtag', 'email', 'url', 'mention']);
// Possessive and contraction pieces carry no meaning of their own.
const CLITICS = new Set(["'s", "'", "n't", "'re", "'ve", "'ll", "'d", "'m"]);
// An acronym written in capitals is a name even when its lower case is a stop word ("US").
const ACRONYM = /^[A-Z]{2,}$/;
const LETTER = /^[a-z]/i;
const ODD_SPACE = /[^\S ]/;
const ODD_SPACE_ALL = /[^\S ]/g;

export function normalize(value: string): string {
  const lower = value.toLowerCase();
  return lower.includes('\u2019') || lower.includes('\u2018') || lower.includes('\u02bc')
    ? lower.replace(/[\u2018\u2019\u02bc]/g, "'")
    : lower;
}

class Sentence implements AnalyzedSentence {
  private made: Token[] | null = null;
  constructor(
    readonly start: number,
    readonly end: number,
    readonly arrays: TokenArrays,
    readonly from: number,
    readonly to: number,
  ) {}

  get tokens(): readonly Token[] {
    if (this.made === null) {
      const a = this.arrays;
      const made: Token[] = [];
      for (let i = this.from; i < this.to; i += 1) {
        const value = a.values[i]!;
        made.push({
          value,
          normal: a.normals[i]!,
          start: a.starts[i]!,
          end: a.starts[i]! + value.length,
          pos: a.pos[i]!,
          kind: a.kinds[i]!,
          stop: a.stops[i]!,
          term: a.terms[i]!,
          entity: a.entities[i]!,
        });
      }
      this.made = made;
    }
    return this.made;
  }
}

// wink sometimes ends a sentence at an abbreviation's dot: after a title before a name
// ("... starring Montgomery Clift as Fr. | Michael William Logan") or before a word in lower
// case ("Warner Bros. | insisted"). Neither ends a sentence. Police ranks too: "… Vancouver police
// Const. | Tim Fanning told", "Cpl. | Janice Leader".
const TITLES = new Set([
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'Prof',
  'Fr',
  'Rev',
  'St',
  'Sr',
  'Jr',
  'Gen',
  'Lt',
  'Col',
  'Capt',
  'Sgt',
  'Cpl',
  'Const',
  'Maj',
  'Adm',
  'Gov',
  'Sen',
  'Rep',
  'Det',
  'Insp',
  'Supt',
  'Bros',
  'Mt',
  'Ft',
]);
const LOWER = /^[a-z]/;
const DIGIT = /^[0-9]/;

function mergeAbbreviationSplits(
  spans: [number, number][],
  values: readonly string[],
  starts: Int32Array,
): [number, number][] {
  const merged: [number, number][] = [];
  for (const span of spans) {
    const previous = merged[merged.length - 1];
    const end = previous?.[1] ?? -1;
    const abbreviation = values[end] === '.' && TITLES.has(values[end - 1]!);
    // A decimal point written first, against its digits ("a .45-caliber bullet"): no end either.
    const decimal = values[end] === '.' && DIGIT.test(values[span[0]]!) && starts[end]! + 1 === starts[span[0]];
    if (previous && (abbreviation || decimal || (values[end] === '.' && LOWER.test(values[span[0]]!))))
      previous[1] = span[1];
    else merged.push([span[0], span[1]]);
  }
  return merged;
}

/**
 * The same sentences `by` characters further on: what `analyze(text, base + by)` gives when
 * `sentences` came from `analyze(text, base)` (analysis depends on the text only). The token arrays
 * are shared but their offsets, which are copied; nothing reads the arrays for writing.
 */
export function moved(sentences: readonly AnalyzedSentence[], by: number): AnalyzedSentence[] {
  if (sentences.length === 0) return [];
  const arrays = sentences[0]!.arrays;
  const starts = new Int32Array(arrays.starts.length);
  for (let i = 0; i < starts.length; i += 1) starts[i] = arrays.starts[i]! + by;
  // Field by field in analyze's order, not `{ ...arrays, starts }`: a spread copy gets a map of its
  // own, and the quote pass's reads of `arrays.values` and `arrays.normals` met two maps.
  const shifted: TokenArrays = {
    values: arrays.values,
    normals: arrays.normals,
    starts,
    pos: arrays.pos,
    kinds: arrays.kinds,
    stops: arrays.stops,
    terms: arrays.terms,
    entities: arrays.entities,
    lemmas: arrays.lemmas,
  };
  const out: AnalyzedSentence[] = [];
  for (const s of sentences) out.push(new Sentence(s.start + by, s.end + by, shifted, s.from, s.to));
  return out;
}

/** The index terms of analyzed sentences, in order, repeats kept. */
export function termsOf(sentences: readonly AnalyzedSentence[]): string[] {
  const out: string[] = [];
  for (const sentence of sentences) {
    for (let i = sentence.from; i < sentence.to; i += 1) {
      const term = sentence.arrays.terms[i];
      if (term) out.push(term);
    }
  }
  return out;
}

/** The kind of an opaque token: a link, a word (it has letters or digits) or punctuation. */
function opaqueKind(value: string): string {
  if (/^https?:\/\//i.test(value)) return 'url';
  return /[\p{L}\p{N}]/u.test(value) ? 'word' : 'punctuation';
}

/** A piece of text as wink reads it, and the map from offsets in it back to offsets in the original. */
interface Shortened {
  readonly text: string;
  /** Offsets must be asked for in increasing order (a cursor walks the replacements). */
  readonly place: (offset: number) => number;
}

const SPACE = 0x20;

/**
 * `text` with each run of non-space characters longer than MAX_RUN replaced by PLACEHOLDER (a
 * run's leading and trailing punctuation, up to 8 characters each, stays, so quote marks and a
 * sentence's full stop are read as before) and each run of more than MAX_SPACES spaces by one;
 * null when there is none. One pass over the characters.
 */
export function shorten(text: string): Shortened | null {
  // [start, end) in the original and the replacement, in order.
  const cuts: { start: number; end: number; by: string }[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const space = text.charCodeAt(i) === SPACE;
    let j = i + 1;
    while (j < n && (text.charCodeAt(j) === SPACE) === space) j += 1;
    if (space && j - i > MAX_SPACES) cuts.push({ start: i, end: j, by: ' ' });
    else if (!space && j - i > MAX_RUN) {
      let from = i;
      let to = j;
      while (from < i + 8 && from < to && EDGE.test(text[from]!)) from += 1;
      while (to > j - 8 && to > from && EDGE.test(text[to - 1]!)) to -= 1;
      // A surrogate pair is never split: the edges are single UTF-16 units that are punctuation.
      cuts.push({ start: from, end: to, by: PLACEHOLDER });
    }
    i = j;
  }
  if (cuts.length === 0) return null;
  let out = '';
  let at = 0;
  // Where each replacement starts and ends in the shortened text.
  const starts: number[] = [];
  for (const cut of cuts) {
    out += text.slice(at, cut.start);
    starts.push(out.length);
    out += cut.by;
    at = cut.end;
  }
  out += text.slice(at);
  let k = 0;
  let shift = 0;
  const place = (offset: number): number => {
    for (;;) {
      const cut = cuts[k];
      if (cut === undefined || offset < starts[k]!) return offset + shift;
      const end = starts[k]! + cut.by.length;
      // Inside a replacement: its start, then one for one (wink split the placeholder).
      if (offset < end) return cut.start + (offset - starts[k]!);
      shift = cut.end - end;
      k += 1;
    }
  };
  return { text: out, place };
}

/** Punctuation kept at the edges of an over-long run. */
const EDGE = /[\p{P}\p{S}]/u;

export function createAnalyzer(morphology: Morphology = DEFAULT_MORPHOLOGY): Analyzer {
  const { termOf } = termMaker(morphology);

  const analyze = (text: string, base = 0): AnalyzedSentence[] => {
    // wink leaves some whitespace (tabs, form feeds, U+3000, ...) out of precedingSpaces, which
    // would shift every offset after it: give it plain spaces, one for one.
    const spaced = ODD_SPACE.test(text) ? text.replace(ODD_SPACE_ALL, ' ') : text;
    // Over-long runs of characters or of spaces are read by wink as a placeholder or one space
    // (`shortened`); `place` maps wink's offsets back into `text`, so offsets stay exact.
    const shortened = shorten(spaced);
    const doc = nlp.readDoc(shortened === null ? spaced : shortened.text);
    const tokens = doc.tokens();
    const read = tokens.out(its.value) as string[];
    const spaces = tokens.out(its.precedingSpaces) as string[];
    const winkPos = tokens.out(its.pos) as string[];
    const winkKinds = tokens.out(its.type) as string[];
    const stopFlags = tokens.out(its.stopWordFlag) as unknown as boolean[];
    // wink's typings omit the addon-backed property lemma.
    const winkLemmas =
      morphology === 'stem' ? null : (tokens.out(its.lemma as unknown as typeof its.value) as string[]);

    const count = read.length;
    const starts = new Int32Array(count);
    let values = read;
    let pos = winkPos;
    let kinds = winkKinds;
    let lemmas = winkLemmas;
    // Tokens that stand for a run wink never read: their text, kind and term are the run's.
    let opaque: Uint8Array | null = null;
    if (shortened === null) {
      let offset = base;
      for (let i = 0; i < count; i += 1) {
        offset += spaces[i]!.length;
        starts[i] = offset;
        offset += read[i]!.length;
      }
    } else {
      const place = shortened.place;
      const shortValues: string[] = [];
      values = shortValues;
      pos = [...winkPos];
      kinds = [...winkKinds];
      lemmas = winkLemmas === null ? null : [...winkLemmas];
      opaque = new Uint8Array(count);
      let at = 0;
      for (let i = 0; i < count; i += 1) {
        at += spaces[i]!.length;
        const from = place(at);
        at += read[i]!.length;
        const to = place(at);
        starts[i] = base + from;
        const value = text.slice(from, to);
        shortValues.push(value);
        if (value.length !== read[i]!.length) {
          opaque[i] = 1;
          pos[i] = 'X';
          kinds[i] = opaqueKind(value);
        }
      }
    }
    // The answer-type lexicon and the stop words read what wink read (an opaque token is neither).
    // By pushes, not `values.map` (nor `new Array(count)` above): once TurboFan inlines `map` its array
    // comes out holey where the builtin's was packed, and code compiled for one (the quote pass reads
    // `normals` and `values` everywhere) is thrown away at the other ("wrong map").
    const normals: string[] = [];
    for (let i = 0; i < count; i += 1) normals.push(normalize(values[i]!));
    const entities = answerTypes(read, opaque === null ? normals : read.map(normalize));
    const stops: boolean[] = new Array<boolean>(count);
    const terms: (string | null)[] = new Array<string | null>(count);
    for (let i = 0; i < count; i += 1) {
      const value = values[i]!;
      const normal = normals[i]!;
      if (opaque?.[i] === 1) {
        entities[i] = null;
        stops[i] = false;
        terms[i] = INDEXED_KINDS.has(kinds[i]!) ? normal.slice(0, MAX_TERM) : null;
        if (lemmas !== null) lemmas[i] = normal.slice(0, MAX_TERM);
        continue;
      }
      // "US" the country, "May" the month and "nine" the number are not the stop words "us", "may", "nine";
      // "It" in the title "Let It Be" still is one.
      const entity = entities[i];
      const stop = stopFlags[i] === true && !(ACRONYM.test(value) || (entity !== null && entity !== 'TITLE'));
      stops[i] = stop;
      const kind = kinds[i]!;
      // Lemmas are for words: wink's lemma of "10:30" is not a number any more.
      terms[i] =
        !stop && INDEXED_KINDS.has(kind) && !CLITICS.has(normal)
          ? termOf(normal, kind === 'word' && LETTER.test(value) ? lemmas?.[i] : undefined)
          : null;
    }

    const arrays: TokenArrays = { values, normals, starts, pos, kinds, stops, terms, entities, lemmas };
    const spans = mergeAbbreviationSplits(
      doc.sentences().out(its.span) as unknown as [number, number][],
      values,
      starts,
    );
    // By pushes, not `map` (as `normals` above): one array map for every paragraph's sentences, which
    // the quote pass reads in every document (`map` gives a holey array until TurboFan inlines it).
    const sentences: AnalyzedSentence[] = [];
    for (const [from, to] of spans) {
      sentences.push(
        new Sentence(starts[from] ?? base, (starts[to] ?? base) + (values[to]?.length ?? 0), arrays, from, to + 1),
      );
    }
    return sentences;
  };

  const terms = (text: string): string[] => termsOf(analyze(text));

  return { morphology, analyze, terms, termFor: (lemma) => termOf(lemma, lemma) };
}
