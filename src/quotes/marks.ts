/**
 * Quote spans: where direct quotations open and close in a document's text.
 *
 * - Curly “…” (and „ « ») and straight "…" double quotes, mixed freely: any opening mark may be
 *   closed by any closing mark. A straight mark is an opener or a closer by what stands around it.
 * - Single quotes (‘…’ and '…') are never quotes of their own: inside a double quote they are a
 *   quote within the quote, which belongs to the outer one; elsewhere ’ is mostly an apostrophe.
 * - A double quote inside an open quote nests (depth), so its closing mark does not close the outer.
 * - News convention across paragraphs: a paragraph that ends inside an open quote continues it when
 *   the next paragraph opens with a quote mark; only the last paragraph closes it. A quote left open
 *   at a paragraph's end with no continuation ends there (`closed: false`). Where the text writes a
 *   sentence a line (ECB+), the next line may go on with no mark and close it: that continues it too,
 *   and so do up to three lines with no mark at all before the line whose first mark closes it.
 * - The same quote with its paragraphs joined on one line (`…the game. "For me it is…`): an opening
 *   mark right after a sentence's end, inside an open quote, starts the next piece of that quote
 *   rather than a quote nested in it.
 */
import type { Paragraph } from '../corpus/types.ts';

/** A piece of a quote's content inside one paragraph: offsets into the document text, marks excluded. */
export interface QuotePiece {
  /** Index of the paragraph in the document's paragraphs (0-based). */
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
}

export interface QuoteSpan {
  /** Offset of the opening mark. */
  readonly start: number;
  /** Offset just after the closing mark (or the end of the last paragraph when it never closes). */
  readonly end: number;
  /** Offset of the closing mark, or -1 when the quote runs to a paragraph's end unclosed. */
  readonly close: number;
  /** The content, one piece per paragraph, in order. */
  readonly pieces: readonly QuotePiece[];
  readonly closed: boolean;
  /** Number of words in the content. */
  readonly words: number;
}

/** Any character that can open or close a double quote: a fast test for paragraphs without quotes. */
export const QUOTE_CHARS = /["\u201C\u201D\u201E\u201F\u00AB\u00BB]/;

const QUOTE_SEARCH = new RegExp(QUOTE_CHARS.source, 'g');
/** closesFirst's own search (QUOTE_SEARCH holds the main loop's place). */
const FIRST_SEARCH = new RegExp(QUOTE_CHARS.source, 'g');
const OPENERS = new Set(['\u201C', '\u201E', '\u201F', '\u00AB']);
const CLOSERS = new Set(['\u201D', '\u00BB']);
const LEFT_BOUNDARY = /[\s([{\u2014\u2013\-/]/;
const RIGHT_BOUNDARY = /[\s.,;:!?)\]}\u2014\u2013\-\u2026]/;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'\u2019-]*/gu;

type Role = 'open' | 'close' | 'either';

/** What a quote mark at `i` does, judged by its neighbours within [from, to). */
function roleAt(text: string, i: number, from: number, to: number): Role | null {
  const c = text[i]!;
  if (OPENERS.has(c)) return 'open';
  if (CLOSERS.has(c)) return 'close';
  if (c !== '"') return null;
  // `Opec"s`: a straight quote typed for an apostrophe.
  if (i > from && /\p{L}/u.test(text[i - 1]!) && /[st]/.test(text[i + 1] ?? '') && !/\p{L}/u.test(text[i + 2] ?? ' '))
    return null;
  const leftSpace = i === from || LEFT_BOUNDARY.test(text[i - 1]!);
  const rightSpace = i + 1 >= to || RIGHT_BOUNDARY.test(text[i + 1]!);
  if (leftSpace && !rightSpace && spacedCloser(text, i)) return 'close';
  if (leftSpace && !rightSpace) return 'open';
  if (!leftSpace && rightSpace) return 'close';
  return 'either';
}

/** A speech verb in lower case right at the search's place (sticky: no copy of the text). */
const TAG_VERB_AT = /(?:said|says|added|asked|told)\b/y;

/**
 * `"I feel sorry for the young, "said 40-year-old Tsikala Stephania`: a straight mark typed after the
 * comma's space and glued to the tag's verb closes the quote (ECB+ has six), though it stands where
 * an opening mark would.
 */
function spacedCloser(text: string, i: number): boolean {
  if (i < 2 || text[i - 1] !== ' ' || text[i - 2] !== ',') return false;
  TAG_VERB_AT.lastIndex = i + 1;
  return TAG_VERB_AT.test(text) || spacedNamedTag(text, i);
}

/**
 * A name of one or two capitalised words (no pronoun) right at the search's place, then a tag verb
 * that ends the tag (a comma or a full stop after it) or goes on as a tag does (`said as`, `told The`).
 */
const NAMED_TAG_AT =
  /(?!(?:I|We|You|They|He|She|It|The|A|An|This|That)\s)\p{Lu}[\p{L}.'\u2019-]+(?:\s\p{Lu}[\p{L}.'\u2019-]+)?\s(?:said|says|added|asked|told)(?=[.,]|\s(?:as|after|at|in|on|when|while)\b|\s\p{Lu})/uy;

/**
 * `"…, but my dad is ready to step in, "DiLeo said.`: the mark after the comma's space glued to the
 * speaker's name and its verb closes the quote too (ECB+: DiLeo, Meyer, Hansbrough, Pigeon). Not
 * `reporters, "I told (Reagan) …"`: a pronoun opens a quote.
 */
function spacedNamedTag(text: string, i: number): boolean {
  NAMED_TAG_AT.lastIndex = i + 1;
  return NAMED_TAG_AT.test(text);
}

/** True when the paragraph's first character is an opening quote mark. */
function opensWithQuote(text: string, paragraph: Paragraph): boolean {
  const role = roleAt(text, paragraph.start, paragraph.start, paragraph.end);
  return role === 'open' || role === 'either';
}

export function countWords(text: string): number {
  WORD.lastIndex = 0;
  let n = 0;
  while (WORD.exec(text)) n += 1;
  return n;
}

interface OpenQuote {
  start: number;
  contentStart: number;
  pieces: QuotePiece[];
}

function finishSpan(text: string, open: OpenQuote, end: number, close: number, closed: boolean): QuoteSpan {
  let words = 0;
  for (const p of open.pieces) words += countWords(text.slice(p.start, p.end));
  return { start: open.start, end, close, pieces: open.pieces, closed, words };
}

/** Finds every top-level double quote of a document, in order. */
export function findQuoteSpans(text: string, paragraphs: readonly Paragraph[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  // The quote open at the current position, if any.
  let open: OpenQuote | null = null;
  // The next mark after the paragraphs searched so far: paragraphs before it have none, and are not
  // searched again (each search would run on to it: the square of the number of paragraphs).
  let ahead = -1;
  for (let p = 0; p < paragraphs.length; p += 1) {
    const { start: from, end: to } = paragraphs[p]!;
    let i = from;
    if (open) {
      // A quote carried over from the previous paragraph: this paragraph opens with its mark (or,
      // a sentence a line, goes on bare to its closing mark: see closesFirst).
      const skip = opensWithQuote(text, paragraphs[p]!) ? 1 : 0;
      open.contentStart = from + skip;
      i = from + skip;
    }
    let depth = 0;
    // Jump from mark to mark (a regular expression finds them far faster than a loop over characters).
    QUOTE_SEARCH.lastIndex = i;
    while (ahead < to) {
      const mark = QUOTE_SEARCH.exec(text);
      if (mark === null || mark.index >= to) {
        ahead = mark === null ? Number.POSITIVE_INFINITY : mark.index;
        break;
      }
      i = mark.index;
      const role = roleAt(text, i, from, to);
      if (role === null) continue;
      if (open === null) {
        if (role === 'open' || role === 'either' || misplacedCloser(text, i, from, to)) {
          open = { start: i, contentStart: i + 1, pieces: [] };
          depth = 0;
        }
      } else if (role === 'open' && depth === 0 && afterSentenceEnd(text, i, open.contentStart)) {
        open.pieces.push({ paragraph: p, start: open.contentStart, end: i });
        open.contentStart = i + 1;
      } else if (role === 'open') {
        depth += 1;
      } else if (depth > 0) {
        depth -= 1;
      } else {
        open.pieces.push({ paragraph: p, start: open.contentStart, end: i });
        spans.push(finishSpan(text, open, i + 1, i, true));
        open = null;
      }
    }
    if (open) {
      open.pieces.push({ paragraph: p, start: open.contentStart, end: to });
      const next = paragraphs[p + 1];
      if (
        !next ||
        !(
          opensWithQuote(text, next) ||
          closesFirst(text, next) ||
          closesAfterBareLines(text, paragraphs, p + 1, introducedQuote(text, open.start))
        )
      ) {
        spans.push(finishSpan(text, open, to, -1, false));
        open = null;
      }
    }
  }
  return spans;
}

/**
 * Whether the paragraph's first quote mark closes a quote, with no mark opening one before it: the
 * second line of a quote whose text writes a sentence a line (ECB+: `"This information is completely
 * false.` then `We didn't bomb any camps …," he told the AFP news agency.`).
 */
function closesFirst(text: string, paragraph: Paragraph): boolean {
  const search = FIRST_SEARCH;
  search.lastIndex = paragraph.start;
  for (let mark = search.exec(text); mark !== null && mark.index < paragraph.end; mark = search.exec(text)) {
    const role = roleAt(text, mark.index, paragraph.start, paragraph.end);
    if (role === null) continue;
    return role === 'close';
  }
  return false;
}

/** How many lines with no quote mark a quote may run on over before the line whose first mark closes it. */
const MAX_BARE_LINES = 3;

/**
 * Whether paragraph `p` has no quote mark and the first mark after it, within MAX_BARE_LINES such
 * lines, closes a quote: a quote of three lines or more where the text writes a sentence a line
 * (ECB+: `"It's a sublime bit of casting.` then `He's got that huge hair, …` then `He is possibly
 * going to be one of the best Doctors we've ever had."`). One search: the next mark, wherever it is.
 */
function closesAfterBareLines(text: string, paragraphs: readonly Paragraph[], p: number, introduced: boolean): boolean {
  const search = FIRST_SEARCH;
  search.lastIndex = paragraphs[p]!.start;
  const mark = search.exec(text);
  if (mark === null) return false;
  for (let q = p; q < paragraphs.length && q <= p + MAX_BARE_LINES; q += 1) {
    const line = paragraphs[q]!;
    if (mark.index < line.start) return false;
    if (mark.index < line.end)
      return (
        q > p &&
        (closesFirst(text, line) ||
          (introduced && opensContinuation(text, line, mark.index) && untold(text, paragraphs[p]!.start, line.start)))
      );
  }
  return false;
}

/**
 * Whether the line's first mark, at `mark`, is an opening mark that starts the line: news's mark for a
 * quote going on into another paragraph, after lines with no mark where the text writes a sentence a
 * line (ECB+: `He added: "We will, of course, stand alongside the families …` then `This is the least we
 * can do.` then `"To those who now mourn … for what they've done."`).
 */
function opensContinuation(text: string, line: Paragraph, mark: number): boolean {
  return mark === line.start && opensWithQuote(text, line);
}

/**
 * Whether the text from `from` to `to` has no verb of a tag (`Reagan said he would tell Nakasone: "We
 * want …` then `Reagan said the 100 pct tariffs … were a special case …`: the narrator's line between
 * two quotes, no part of either).
 */
function untold(text: string, from: number, to: number): boolean {
  TAG_WORD.lastIndex = from;
  const found = TAG_WORD.exec(text);
  return found === null || found.index >= to;
}
const TAG_WORD = /\b(?:said|says|added|asked|told)\b/g;

/**
 * Whether the quote opening at `start` opens its line or follows a colon (`He added: "…`): a quote that
 * may go on over lines. A mark after a comma or a word mid-line and never closed is more often a
 * closing mark misread or a typo (`…, "police said in a statement.`, `the "midnight rules "set to …`).
 */
function introducedQuote(text: string, start: number): boolean {
  let k = start - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\t')) k -= 1;
  if (!(k < 0 || text[k] === '\n' || text[k] === '\r' || text[k] === ':')) return false;
  // Its line holds no other mark (`"The suspect … party, "police said in a statement.`: a closing
  // mark typed after a space, read as opening a nested quote).
  for (let i = start + 1; i < text.length && text[i] !== '\n'; i += 1) if (DOUBLE_MARKS.has(text[i]!)) return false;
  return true;
}
const DOUBLE_MARKS = new Set(['"', '\u201c', '\u201d']);

/** The mark at `i` follows the end of a sentence (`. "`, `?” “`) inside the quote's content. */
function afterSentenceEnd(text: string, i: number, contentStart: number): boolean {
  let k = i - 1;
  if (k < contentStart || !/\s/.test(text[k]!)) return false;
  while (k >= contentStart && /\s/.test(text[k]!)) k -= 1;
  return k >= contentStart && /[.!?\u2026]/.test(text[k]!);
}

/** A closing mark typed where an opening one belongs (after a space, before a word). */
function misplacedCloser(text: string, i: number, from: number, to: number): boolean {
  return CLOSERS.has(text[i]!) && (i === from || /\s/.test(text[i - 1]!)) && i + 1 < to && !/\s/.test(text[i + 1]!);
}

/** The quoted words, paragraph pieces joined by a line break, without the comma news puts before `,”`. */
export function quoteText(text: string, span: QuoteSpan): string {
  // A loop, not map, filter and join: `map` makes a holey array until TurboFan inlines it and a packed
  // one after, and `filter` over both was deoptimized.
  let joined = '';
  for (let k = 0; k < span.pieces.length; k += 1) {
    const piece = span.pieces[k]!;
    const s = text.slice(piece.start, piece.end).trim();
    if (s.length === 0) continue;
    joined = joined.length === 0 ? s : `${joined}\n${s}`;
  }
  // A loop, not /[\s,]+$/: that costs the square of a long run of spaces and commas inside the quote.
  let end = joined.length;
  while (end > 0 && TRAILING.test(joined[end - 1]!)) end -= 1;
  return joined.slice(0, end);
}

const TRAILING = /[\s,]/;
