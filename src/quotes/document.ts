/**
 * The quote pass over one document: quote spans, mentions, attribution cues, persons, pronouns,
 * then each quote's speaker and the reported statements. It reads the tokens the library already
 * has (wink never runs twice) and gives up early on a document with no quote mark and no speech verb.
 */
import type { AnalyzedDocument } from '../library.ts';
import type { AnalyzedSentence, TokenArrays } from '../nlp/analyzer.ts';
import { appositive, cueAfter, cueBefore, isSpeechVerb, REPORT_CANDIDATES, reportCues, type Cue, type ParagraphView } from './attribution.ts';
import { resolvePronouns } from './coref.ts';
import { DECLINE_VERBS, SPEECH_VERBS, SUBJECT_PRONOUNS } from './lexicon.ts';
import { findQuoteSpans, QUOTE_CHARS, quoteText, type QuoteSpan } from './marks.ts';
import { endOf, findMentions, type Mention, type ParagraphTokens } from './names.ts';
import { clusterDocument, type DocPerson } from './speakers.ts';

export interface RawQuote {
  readonly kind: 'direct' | 'reported';
  /** The person in the document (index into `persons`), or -1. */
  readonly person: number;
  readonly text: string;
  readonly paragraph: number;
  readonly sentence: number;
  readonly start: number;
  readonly end: number;
  /** How the speaker was found (for tests and debugging). */
  readonly how: string;
}

export interface DocumentQuotes {
  readonly persons: readonly DocPerson[];
  /** Direct quotes and reported statements, in text order. */
  readonly quotes: readonly RawQuote[];
}

const EMPTY: DocumentQuotes = { persons: [], quotes: [] };
const NO_MENTIONS: ReadonlyMap<number, Mention> = new Map();
const MAX_SCARE_WORDS = 3;

/** The speaker of a quote while it is being worked out. */
interface Attributed {
  readonly span: QuoteSpan;
  readonly index: number;
  readonly firstPara: number;
  readonly lastPara: number;
  readonly open: number;
  readonly close: number;
  cue: Cue | null;
  person: number;
  how: string;
}

export function extractDocument(doc: AnalyzedDocument): DocumentQuotes {
  if (process.env.CITEBOT_NO_QUOTES_TMP) return EMPTY;
  const { document } = doc;
  const text = document.text;
  const hasQuote = QUOTE_CHARS.test(text);
  if (!hasQuote && !doc.paragraphs.some((sentences) => sentences.some(hasSpeechVerb))) return EMPTY;

  const spans = hasQuote ? findQuoteSpans(text, document.paragraphs) : [];
  const views = buildViews(doc, spans);

  // 1. Cues for every quote (they also mark which mentions stand in a speech position).
  const quotes: Attributed[] = spans.map((span, index) => {
    const firstPara = span.pieces[0]!.paragraph;
    const lastPara = span.pieces[span.pieces.length - 1]!.paragraph;
    return {
      span,
      index,
      firstPara,
      lastPara,
      open: tokenAt(views[firstPara]!, span.start),
      close: span.close >= 0 ? tokenAt(views[lastPara]!, span.close) : -1,
      cue: null,
      person: -1,
      how: 'none',
    };
  });
  for (const q of quotes) q.cue = findCue(q, views, text);
  // `David Marsh, a mediator appointed by the ministry`: an appositive with a role makes a person.
  for (const view of views) {
    for (const m of view.mentions) {
      if (m.thing || m.appositive !== null || view.values[m.to + 1] !== ',') continue;
      const app = appositive(view, m.to + 1, view.length);
      if (app?.desc) m.appositive = app.desc;
    }
  }

  // Reported statements' cues, sentence by sentence.
  const reports: { cue: Cue; para: number; from: number; to: number }[] = [];
  for (const view of views) {
    forEachSentence(view, (from, to) => {
      // Most sentences have no speech verb at all: nothing to report.
      let speech = false;
      let quoted = false;
      for (let k = from; k <= to; k += 1) {
        if (REPORT_CANDIDATES.has(view.normals[k]!)) speech = true;
        if (view.quote[k] !== -1) quoted = true;
      }
      if (!speech) return;
      for (const r of reportCues(view, from, to, quoted)) {
        if (r.cue.kind === 'mention') r.cue.mention.speech = true;
        reports.push({ cue: r.cue, para: view.index, from: r.from, to: r.to });
      }
    });
  }

  // 2. Persons, then 3. pronouns.
  const persons = clusterDocument(views.flatMap((v) => v.mentions));
  const pronouns = resolvePronouns(views, views.map((v) => v.mentions), persons);

  // 4. Speakers: the cue, else the speaker carried on in the paragraph, from the paragraph before, or
  //    the one person named in the two sentences before a quote of several sentences.
  const kept: Attributed[] = [];
  for (const q of quotes) {
    const lastChar = q.span.close > 0 ? text[q.span.close - 1] : '';
    if (q.span.words <= MAX_SCARE_WORDS && !(q.cue && q.cue.kind !== 'other' && /[,?!]/.test(lastChar ?? ''))) continue;
    // A mark opened mid-paragraph and never closed is a typo (`its "final phase' of ...`), not a quote to the end.
    if (!q.span.closed && q.span.pieces.length === 1 && q.open > 0) continue;
    if (q.cue) {
      q.person = personOf(q.cue, pronouns);
      q.how = q.cue.kind === 'other' ? 'other' : q.cue.kind;
    } else {
      carry(q, kept, views, pronouns);
    }
    kept.push(q);
  }

  const out: RawQuote[] = kept.map((q) => {
    const view = views[q.firstPara]!;
    return {
      kind: 'direct',
      person: q.person,
      text: quoteText(text, q.span),
      paragraph: view.number,
      sentence: view.sentence[q.open] ?? 1,
      start: q.span.start,
      end: q.span.end,
      how: q.how,
    };
  });
  for (const r of reports) {
    const person = personOf(r.cue, pronouns);
    if (person < 0) continue;
    const view = views[r.para]!;
    const start = view.starts[r.from]!;
    const end = endOf(view, r.to);
    out.push({
      kind: 'reported',
      person,
      text: text.slice(start, end),
      paragraph: view.number,
      sentence: view.sentence[r.from]!,
      start,
      end,
      how: r.cue.kind,
    });
  }
  out.sort((a, b) => a.start - b.start);
  return { persons, quotes: out };
}

/** The person a cue names: a mention's, a resolved pronoun's, or -1. */
function personOf(cue: Cue | null, pronouns: ReadonlyMap<string, number>): number {
  if (!cue || cue.kind === 'other') return -1;
  if (cue.kind === 'pronoun') return pronouns.get(`${cue.para}:${cue.token}`) ?? -1;
  return cue.mention.thing ? -1 : cue.mention.person;
}

/** Whether a sentence has a speech verb, read from the analyzer's arrays (no Token objects made). */
function hasSpeechVerb(sentence: AnalyzedSentence): boolean {
  const normals = sentence.arrays.normals;
  for (let i = sentence.from; i < sentence.to; i += 1) {
    const n = normals[i]!;
    if (SPEECH_VERBS.has(n) || DECLINE_VERBS.has(n)) return true;
  }
  return false;
}

/** Flattens each paragraph's sentences, marks the tokens inside quotes, finds the mentions. */
function buildViews(doc: AnalyzedDocument, spans: readonly QuoteSpan[]): ParagraphView[] {
  const { document } = doc;
  const views: ParagraphView[] = [];
  const byParagraph: { span: number; start: number; end: number }[][] = document.paragraphs.map(() => []);
  spans.forEach((span, s) => {
    span.pieces.forEach((piece, k) => {
      const last = k === span.pieces.length - 1;
      // The opening mark sits just before a piece; the closing mark just after the last.
      byParagraph[piece.paragraph]!.push({ span: s, start: piece.start - 1, end: last && span.closed ? piece.end + 1 : piece.end });
    });
  });
  // One buffer per document for the per-token sentence numbers and quote marks of all its paragraphs.
  let total = 0;
  for (const sentences of doc.paragraphs) total += sentences.length === 0 ? 0 : sentences[sentences.length - 1]!.to;
  const buffer = new Int32Array(total * 2);
  let used = 0;
  for (let index = 0; index < doc.paragraphs.length; index += 1) {
    const base = paragraphTokens(index, document.paragraphs[index]!.number, doc.paragraphs[index]!, buffer, used);
    used += base.length;
    const quote = base.quote as Int32Array | number[];
    for (const range of byParagraph[index]!) {
      for (let i = 0; i < base.length; i += 1) {
        if (base.starts[i]! >= range.start && endOf(base, i) <= range.end) quote[i] = range.span;
      }
    }
    const mentions = findMentions(base, document.text);
    const byStart = mentions.length === 0 ? NO_MENTIONS : new Map<number, Mention>();
    const byEnd = mentions.length === 0 ? NO_MENTIONS : new Map<number, Mention>();
    for (const m of mentions) {
      (byStart as Map<number, Mention>).set(m.from, m);
      (byEnd as Map<number, Mention>).set(m.to, m);
    }
    views.push({ ...base, mentions, byStart, byEnd });
  }
  return views;
}

const NO_TOKENS: TokenArrays = { values: [], normals: [], starts: new Int32Array(0), pos: [], kinds: [], stops: [], terms: [], entities: [] };

/**
 * A paragraph's tokens as the quote pass reads them: the analyzer's arrays themselves when its
 * sentences lie end to end in one set of arrays from index 0 (as the analyzer makes them), else copies.
 */
function paragraphTokens(index: number, number: number, sentences: readonly AnalyzedSentence[], buffer: Int32Array, at: number): ParagraphTokens {
  const first = sentences[0];
  const arrays = first?.arrays ?? NO_TOKENS;
  let contiguous = first === undefined || first.from === 0;
  for (let k = 1; k < sentences.length && contiguous; k += 1) {
    contiguous = sentences[k]!.arrays === arrays && sentences[k]!.from === sentences[k - 1]!.to;
  }
  if (contiguous) {
    const length = sentences.length === 0 ? 0 : sentences[sentences.length - 1]!.to;
    const half = buffer.length / 2;
    const sentence = buffer.subarray(at, at + length);
    const quote = buffer.subarray(half + at, half + at + length).fill(-1);
    for (let k = 0; k < sentences.length; k += 1) sentence.fill(k + 1, sentences[k]!.from, sentences[k]!.to);
    return { index, number, length, values: arrays.values, normals: arrays.normals, starts: arrays.starts, pos: arrays.pos, sentence, quote };
  }
  const sentence: number[] = [];
  const quote: number[] = [];
  const values: string[] = [];
  const normals: string[] = [];
  const starts: number[] = [];
  const pos: string[] = [];
  sentences.forEach((s, k) => {
    for (let i = s.from; i < s.to; i += 1) {
      values.push(s.arrays.values[i]!);
      normals.push(s.arrays.normals[i]!);
      starts.push(s.arrays.starts[i]!);
      pos.push(s.arrays.pos[i]!);
      sentence.push(k + 1);
      quote.push(-1);
    }
  });
  return { index, number, length: values.length, values, normals, starts, pos, sentence, quote };
}

/** Index of the token that starts at (or first after) `offset`. */
function tokenAt(p: ParagraphTokens, offset: number): number {
  let lo = 0;
  let hi = p.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (endOf(p, mid) <= offset) lo = mid + 1;
    else hi = mid;
  }
  return Math.min(lo, p.length - 1);
}

function forEachSentence(view: ParagraphTokens, visit: (from: number, to: number) => void): void {
  let from = 0;
  for (let i = 1; i <= view.length; i += 1) {
    if (i === view.length || view.sentence[i] !== view.sentence[from]) {
      visit(from, i - 1);
      from = i;
    }
  }
}

function findCue(q: Attributed, views: readonly ParagraphView[], text: string): Cue | null {
  const first = views[q.firstPara]!;
  const last = views[q.lastPara]!;
  const before = cueBefore(first, q.open);
  if (before && first.values[q.open - 1] === ':') return before;
  const after = q.close >= 0 ? cueAfter(last, q.close, text[q.span.close - 1] === '.') : null;
  // A named speaker on either side wins over a speech verb with nobody named (`the ministry said`).
  if (after && after.kind !== 'other') return after;
  if (before) return before;
  if (after) return after;
  // `Trump posted:` closing the paragraph before one that opens with the quote.
  const previous = views[q.firstPara - 1];
  if (q.open === 0 && previous && previous.length > 0 && previous.values[previous.length - 1] === ':') {
    return cueBefore(previous, previous.length, true) ?? { kind: 'other', para: previous.index, verb: previous.length - 1 };
  }
  return null;
}

/**
 * Tokens from `from` to `to` (exclusive) outside quotes name no other person and hold no speech verb
 * but those of `person`'s own attributions (`verbs`).
 */
function quietBetween(view: ParagraphView, from: number, to: number, person: number, pronouns: ReadonlyMap<string, number>, verbs: ReadonlySet<number>): boolean {
  for (let k = from; k < to; k += 1) {
    if (view.quote[k] !== -1) continue;
    if (isSpeechVerb(view, k) && !verbs.has(k)) return false;
    if (SUBJECT_PRONOUNS.has(view.normals[k]!) && pronouns.get(`${view.index}:${k}`) !== person) return false;
    const m = view.byEnd.get(k);
    if (m && !m.thing && m.person !== person && (m.person >= 0 || m.parts.length >= 2)) return false;
  }
  return true;
}

/** The verbs of the cues by which `person` was found for quotes in paragraph `para`. */
function ownVerbs(kept: readonly Attributed[], para: number, person: number): Set<number> {
  const verbs = new Set<number>();
  for (const k of kept) if (k.person === person && k.cue && k.cue.kind !== 'other' && k.cue.para === para) verbs.add(k.cue.verb);
  return verbs;
}

function carry(q: Attributed, kept: readonly Attributed[], views: readonly ParagraphView[], pronouns: ReadonlyMap<string, number>): void {
  const view = views[q.firstPara]!;
  const previous = kept[kept.length - 1];
  // D. Earlier in the same paragraph: `“…,” Bruce said. “…”`
  if (previous && previous.lastPara === q.firstPara && previous.person >= 0 && previous.close >= 0) {
    if (quietBetween(view, previous.close + 1, q.open, previous.person, pronouns, ownVerbs(kept, view.index, previous.person))) {
      q.person = previous.person;
      q.how = 'paragraph';
    }
    return;
  }
  const before = views[q.firstPara - 1];
  // E. The paragraph before was this speaker's quote, and nobody else spoke or was named there:
  //    `“…,” Bruce said.` then a paragraph that is all quote. Dialogue (two speakers taking turns) is left alone.
  if (q.open === 0 && before && previous && previous.lastPara === before.index && previous.person >= 0) {
    const lastToken = before.values[before.length - 1];
    const speakers = new Set(kept.filter((k) => k.lastPara >= before.index - 2 && k.how !== 'none').map((k) => k.person));
    if (lastToken !== ':' && speakers.size === 1 && quietBetween(before, 0, before.length, previous.person, pronouns, ownVerbs(kept, before.index, previous.person))) {
      const mentioned = before.mentions.every((m) => m.thing || m.person < 0 || m.person === previous.person);
      if (mentioned) {
        q.person = previous.person;
        q.how = 'continued';
        return;
      }
    }
  }
  // F. A quote of several sentences after two sentences that name one person only (and no speech verb).
  const severalSentences = q.firstPara !== q.lastPara || (q.close >= 0 && view.sentence[q.close] !== view.sentence[q.open]);
  if (!severalSentences) return;
  const named = namedBefore(views, q.firstPara, q.open, 2, pronouns);
  if (named !== null) {
    q.person = named;
    q.how = 'context';
  }
}

/** The one person named as a subject (or by `he`/`she`) in the `count` sentences before token `open`; null if none or several. */
function namedBefore(views: readonly ParagraphView[], para: number, open: number, count: number, pronouns: ReadonlyMap<string, number>): number | null {
  const found = new Set<number>();
  let sentences = 0;
  let p = para;
  let k = open - 1;
  let current = views[p]!.sentence[open] ?? 0;
  while (sentences < count && p >= 0 && p >= para - 1) {
    const view = views[p]!;
    if (k < 0) {
      p -= 1;
      const up = views[p];
      if (!up) break;
      if (up.length === 0) continue;
      k = up.length - 1;
      current = -1;
      continue;
    }
    const s = view.sentence[k]!;
    if (s !== current) {
      sentences += 1;
      current = s;
      if (sentences > count) break;
    }
    if (view.quote[k] === -1) {
      if (isSpeechVerb(view, k)) return null;
      if (SUBJECT_PRONOUNS.has(view.normals[k]!)) {
        const person = pronouns.get(`${view.index}:${k}`) ?? -1;
        if (person < 0) return null;
        found.add(person);
      }
      const m = view.byEnd.get(k);
      if (m && !m.thing && m.person >= 0) {
        const next = view.pos[k + 1];
        if (next === 'VERB' || next === 'AUX') found.add(m.person);
      }
    } else {
      return null;
    }
    k -= 1;
  }
  return found.size === 1 ? [...found][0]! : null;
}
