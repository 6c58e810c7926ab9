/**
 * Attribution cues: the speech-verb patterns of news writing that name who said a quote.
 *
 *   after the quote    `“…,” Bruce said`   `“…,” said Bruce`   `“…,” she said`   `“…,” according to Bruce`
 *                      `“…,” said John Smith, the mayor of Springfield`   `“…,” Smith, the mayor, said`
 *   before the quote   `Bruce said: “…”`   `Bruce told reporters, “…”`   `According to Bruce, “…”`
 *                      `Bruce said the plan was “…”` (a partial quote)
 *   the paragraph before, ending in a colon   `Trump posted:` / `Bruce concluded on a hopeful note:`
 *
 * Only tokens outside quotes are read, so a name inside a quote is never its speaker. A speech verb
 * whose subject is no named person (`the ministry said`, `officials said`) is a cue too: it tells
 * whose the quote is not, so nothing is guessed for it.
 */
import type { Token } from '../nlp/analyzer.ts';
import { DECLINE_OBJECTS, DECLINE_VERBS, LOWERCASE_ROLES, REPORT_PARTICIPLES, REPORT_VERBS, SPEECH_VERBS, SUBJECT_PRONOUNS, TITLES, VERB_GAP } from './lexicon.ts';
import { bare, isCapitalised, type Mention, type ParagraphTokens } from './names.ts';

/** A paragraph with its mentions indexed by first and last token. */
export interface ParagraphView extends ParagraphTokens {
  readonly mentions: readonly Mention[];
  readonly byStart: ReadonlyMap<number, Mention>;
  readonly byEnd: ReadonlyMap<number, Mention>;
}

export type Cue =
  | { readonly kind: 'mention'; readonly mention: Mention; readonly para: number; readonly verb: number }
  | { readonly kind: 'pronoun'; readonly para: number; readonly token: number; readonly verb: number }
  | { readonly kind: 'other'; readonly para: number; readonly verb: number };

const HARD_STOP = new Set(['.', '!', '?']);
const ALWAYS_VERBS = new Set(['said', 'says', 'told', 'added', 'adds', 'tells', 'wrote', 'writes', 'posted', 'tweeted']);
const OBJECT_PRONOUNS = new Set(['me', 'us', 'him', 'her', 'them', 'reporters', 'journalists']);

export function isSpeechVerb(token: Token): boolean {
  const b = bare(token);
  if (!SPEECH_VERBS.has(b) || isCapitalised(token)) return false;
  return ALWAYS_VERBS.has(b) || token.pos === 'VERB' || token.pos === 'AUX';
}

const isHardStop = (token: Token): boolean => token.pos === 'PUNCT' && HARD_STOP.has(token.value);
const isOutside = (p: ParagraphTokens, i: number): boolean => p.quote[i] === -1;

/** `, the mayor of Springfield,` after a name: its end (the closing comma or the window's end) and a description. */
export function appositive(p: ParagraphView, comma: number, limit: number): { end: number; desc: string | null } | null {
  const tokens = p.tokens;
  if (tokens[comma]?.value !== ',') return null;
  let k = comma + 1;
  const first = tokens[k];
  if (!first || !isOutside(p, k)) return null;
  const b = bare(first);
  const opener = b === 'the' || b === 'a' || b === 'an' || LOWERCASE_ROLES.has(b) || TITLES.has(b) || first.pos === 'NUM' || b === 'who' || b === 'whose';
  if (!opener) return null;
  const start = k;
  while (k < limit && k - start < 16 && isOutside(p, k) && tokens[k]!.value !== ',' && !isHardStop(tokens[k]!)) {
    if (isSpeechVerb(tokens[k]!) && b !== 'who') return null;
    k += 1;
  }
  if (k === start) return null;
  let descFrom = start;
  if (['the', 'a', 'an'].includes(bare(tokens[descFrom]!))) descFrom += 1;
  const pieces = tokens.slice(descFrom, k);
  const hasRole = pieces.some((t) => LOWERCASE_ROLES.has(bare(t)) || TITLES.has(bare(t)));
  const desc = hasRole && b !== 'who' && first.pos !== 'NUM' && descFrom < k
    ? pieces.map((t, n) => (n > 0 && t.start > pieces[n - 1]!.end ? ' ' : '') + t.value).join('')
    : null;
  return { end: k, desc };
}

/** The subject of the speech verb at `v`: a mention or a pronoun just before it, skipping `also`, `has`, an appositive. */
function subjectBefore(p: ParagraphView, v: number, floor: number): Cue | null {
  const tokens = p.tokens;
  // `…, he said, adding “…”`: the participle's subject is the verb's.
  if (REPORT_PARTICIPLES.has(tokens[v]!.normal) && tokens[v - 1]?.value === ',' && v - 2 >= floor && isSpeechVerb(tokens[v - 2]!)) {
    const chained = subjectBefore(p, v - 2, floor) ?? subjectAfter(p, v - 2, v - 1);
    return chained ? { ...chained, verb: v } : null;
  }
  let k = v - 1;
  let skipped = 0;
  while (k >= floor && skipped < 3 && VERB_GAP.has(tokens[k]!.normal) && isOutside(p, k)) {
    k -= 1;
    skipped += 1;
  }
  if (k < floor || !isOutside(p, k)) return null;
  const token = tokens[k]!;
  if (SUBJECT_PRONOUNS.has(token.normal)) return { kind: 'pronoun', para: p.index, token: k, verb: v };
  // `quoted Alfred Warren as saying “…”`
  if (token.normal === 'as' && tokens[v]!.normal === 'saying') {
    const named = p.byEnd.get(k - 1);
    if (named && named.from - 1 >= floor && tokens[named.from - 1]!.normal === 'quoted') return { kind: 'mention', mention: named, para: p.index, verb: v };
    if (tokens[k - 1]?.normal === 'quoted' && ['was', 'is', 'been'].includes(tokens[k - 2]?.normal ?? '')) return subjectBefore(p, k - 2, floor);
    return null;
  }
  const mention = p.byEnd.get(k);
  if (mention && mention.from >= floor) {
    const named = employer(p, mention, floor) ?? mention;
    // `A spokesman for Reebok Japan said`: a name after a preposition is not the subject.
    return objectOfPreposition(p, named) ? null : { kind: 'mention', mention: named, para: p.index, verb: v };
  }
  // `Jack Kirnan of Kidder Peabody and Co told`, `Christian of the U.S. League of Savings Institutions said`
  if (isCapitalised(token)) {
    for (let c = k - 1; c >= floor && c >= k - 10; c -= 1) {
      const t = tokens[c]!;
      if (!isOutside(p, c)) break;
      if ((t.normal === 'of' || t.normal === 'at' || t.normal === 'with') && p.byEnd.has(c - 1) && !p.byEnd.get(c - 1)!.thing && p.byEnd.get(c - 1)!.from >= floor) {
        return { kind: 'mention', mention: p.byEnd.get(c - 1)!, para: p.index, verb: v };
      }
      if (!(isCapitalised(t) || ['of', 'the', 'and', '&', 'for', 'de', "'s", '.', ','].includes(t.normal))) break;
    }
  }
  if (token.value === ',') {
    // `Doyle's lawyer, Simon Price, said`: the name set off by commas is the speaker.
    const set = p.byEnd.get(k - 1);
    if (set && !set.thing && set.from - 1 >= floor && tokens[set.from - 1]!.value === ',') return { kind: 'mention', mention: set, para: p.index, verb: v };
    // `Smith, the mayor of Springfield, said` / `Mark Olson, president of the ABA, the largest group, said` / `Bruce, however, said`
    for (let c = k - 1; c >= floor && c >= k - 24; c -= 1) {
      if (!isOutside(p, c) || isHardStop(tokens[c]!)) break;
      if (tokens[c]!.value !== ',') continue;
      const named = p.byEnd.get(c - 1);
      if (!named || named.thing || named.from < floor) continue;
      const app = appositive(p, c, k);
      const adverbs = k - c <= 3 && tokens.slice(c + 1, k).every((t) => t.pos === 'ADV');
      if (!app && !adverbs) continue;
      if (objectOfPreposition(p, named)) return null;
      if (app && app.desc) named.appositive ??= app.desc;
      return { kind: 'mention', mention: named, para: p.index, verb: v };
    }
  }
  return null;
}

const PREPOSITIONS = new Set(['for', 'of', 'at', 'from', 'with', 'by', 'in', 'on', 'to', 'about', 'against', 'between', 'among']);

function objectOfPreposition(p: ParagraphView, mention: Mention): boolean {
  const before = p.tokens[mention.from - 1];
  if (!before || !PREPOSITIONS.has(before.normal)) return false;
  return !(before.normal === 'to' && p.tokens[mention.from - 2]?.normal === 'according');
}

/** For `Smith of Acme said`, where the run was not split: the person before `of`/`at`, if any. */
function employer(p: ParagraphView, mention: Mention, floor: number): Mention | null {
  const before = p.tokens[mention.from - 1];
  if (!before || !['of', 'at', 'with'].includes(before.normal) || !mention.thing) return null;
  const named = p.byEnd.get(mention.from - 2);
  return named && !named.thing && named.from >= floor ? named : null;
}

/** The speaker named right after the speech verb at `v` (`said Bruce`, `said she`, `said analyst Jo Smith`, `said the group's chief, Kjell Nilsson`). */
function subjectAfter(p: ParagraphView, v: number, limit: number): Cue | null {
  let k = v + 1;
  if (k >= limit || !isOutside(p, k)) return null;
  const tokens = p.tokens;
  const token = tokens[k]!;
  if (SUBJECT_PRONOUNS.has(token.normal)) return { kind: 'pronoun', para: p.index, token: k, verb: v };
  // `said stock futures analyst William Marcus`: a few lower-case words of role first.
  for (let skipped = 0; skipped < 4 && k < limit && !p.byStart.has(k); skipped += 1) {
    const t = tokens[k]!;
    if (isCapitalised(t) || (t.pos !== 'NOUN' && t.pos !== 'ADJ') || !isOutside(p, k)) break;
    k += 1;
  }
  const mention = p.byStart.get(k);
  if (mention) {
    const app = appositive(p, mention.to + 1, limit);
    if (app?.desc) mention.appositive ??= app.desc;
    return { kind: 'mention', mention, para: p.index, verb: v };
  }
  // `said the group's chief executive, Kjell Nilsson.`
  if (['the', 'a', 'an', 'its', 'his', 'her', 'their'].includes(token.normal)) {
    for (let c = v + 2; c < limit && c <= v + 10; c += 1) {
      const t = tokens[c]!;
      if (t.value !== ',') continue;
      const named = p.byStart.get(c + 1);
      if (!named || named.thing) return null;
      const after = tokens[named.to + 1];
      if (named.to + 1 < limit && after?.value !== ',') return null;
      const role = tokens.slice(v + 1, c);
      if (!role.every((r) => !isCapitalised(r) || LOWERCASE_ROLES.has(bare(r)) || TITLES.has(bare(r)))) return null;
      const from = ['the', 'a', 'an'].includes(token.normal) ? 1 : 0;
      named.appositive ??= role.slice(from).map((r, n) => (n > 0 && r.start > role[from + n - 1]!.end ? ' ' : '') + r.value).join('');
      return { kind: 'mention', mention: named, para: p.index, verb: v };
    }
  }
  return null;
}

/** `according to X` with the `to` at `k - 1`... returns the mention starting at `k`. */
function accordingTo(p: ParagraphView, k: number): Mention | null {
  const tokens = p.tokens;
  if (tokens[k - 1]?.normal !== 'to' || tokens[k - 2]?.normal !== 'according') return null;
  return p.byStart.get(k) ?? null;
}

/** End of the stretch outside quotes that starts at `from`: the next quote, sentence end or paragraph end. */
function windowEnd(p: ParagraphTokens, from: number): number {
  let k = from;
  while (k < p.tokens.length && isOutside(p, k) && !isHardStop(p.tokens[k]!)) k += 1;
  return k;
}

/** Start of the stretch outside quotes that ends just before `to`. */
function windowStart(p: ParagraphTokens, to: number): number {
  let k = to - 1;
  while (k >= 0 && isOutside(p, k) && !isHardStop(p.tokens[k]!)) k -= 1;
  return k + 1;
}

/**
 * The cue after a quote's closing mark at token `close`. `periodInside`: the quote ends with a full
 * stop, so an attribution after it must be short (`“We are done.” Smith said.`), not a new sentence.
 */
export function cueAfter(p: ParagraphView, close: number, periodInside: boolean): Cue | null {
  let k = close + 1;
  const end = windowEnd(p, k);
  const tokens = p.tokens;
  if (tokens[k]?.value === ',' || tokens[k]?.value === '\u2014') k += 1;
  if (k >= end) return null;
  // After `.”` a new sentence starts; only a short attribution belongs to the quote (`“We are done.” Smith said.`).
  if (periodInside && end - k > 8) return null;
  // After `.”` an attribution must end its sentence soon (`“We are done.” Smith said.`).
  const short = (last: number): boolean => !periodInside || end - last <= 5;
  const first = tokens[k]!;
  let cue: Cue | null = null;
  if (isSpeechVerb(first)) {
    cue = subjectAfter(p, k, end) ?? { kind: 'other', para: p.index, verb: k };
    if (cue.kind === 'mention') cue.mention.speech = true;
    return short(cue.kind === 'mention' ? cue.mention.to : k + 1) ? cue : null;
  }
  if (first.normal === 'according' && tokens[k + 1]?.normal === 'to') {
    const mention = accordingTo(p, k + 2);
    if (mention) {
      mention.speech = true;
      return { kind: 'mention', mention, para: p.index, verb: k };
    }
    return { kind: 'other', para: p.index, verb: k };
  }
  // `Bruce said`, `State Department spokesperson Tammy Bruce said`, `she said`, `the ministry said`:
  // the first speech verb within a few words.
  for (let v = k + 1; v < end && v <= k + 18; v += 1) {
    if (!isSpeechVerb(tokens[v]!)) continue;
    cue = subjectBefore(p, v, k);
    if (cue?.kind === 'mention' && cue.mention.from !== k) cue = null;
    if (cue?.kind === 'pronoun' && cue.token !== k) cue = null;
    if (!cue) return v - k <= 6 ? { kind: 'other', para: p.index, verb: v } : null;
    if (cue.kind === 'mention') cue.mention.speech = true;
    return short(v) ? cue : null;
  }
  return null;
}

/**
 * The cue before a quote's opening mark at token `open` (or after the paragraph's last token, for
 * a quote in the next paragraph). `colonOnly`: accept only an introduction ending in a colon.
 */
export function cueBefore(p: ParagraphView, open: number, colonOnly = false): Cue | null {
  const tokens = p.tokens;
  const floor = windowStart(p, open);
  let j = open - 1;
  if (j < floor) return null;
  const ending = tokens[j]!;
  const colon = ending.value === ':';
  if (colonOnly && !colon) return null;
  if (colon || ending.value === ',' || ending.normal === 'that') j -= 1;
  // `According to Bruce, “…”`, `According to Hassan Ali, the head of the mission, “…”`
  if (ending.value === ',') {
    for (let a = Math.max(floor, j - 24); a < j; a += 1) {
      if (tokens[a]!.normal !== 'according' || tokens[a + 1]?.normal !== 'to') continue;
      const named = p.byStart.get(a + 2);
      if (!named || named.thing || !(named.to === j || tokens[named.to + 1]?.value === ',')) break;
      named.speech = true;
      const app = appositive(p, named.to + 1, j + 1);
      if (app?.desc) named.appositive ??= app.desc;
      return { kind: 'mention', mention: named, para: p.index, verb: a };
    }
  }
  return speechVerbBefore(p, floor, j, colon) ?? (colon ? colonSubject(p, floor, j) : null);
}

/** The nearest speech verb before token `j` (within a dozen tokens) and its subject. */
function speechVerbBefore(p: ParagraphView, floor: number, j: number, colon: boolean): Cue | null {
  const tokens = p.tokens;
  for (let v = j; v >= floor && j - v <= 12; v -= 1) {
    const token = tokens[v]!;
    if (isSpeechVerb(token)) {
      const cue = subjectBefore(p, v, floor) ?? { kind: 'other', para: p.index, verb: v };
      if (cue.kind === 'mention') cue.mention.speech = true;
      return cue;
    }
    // Another person or a pronoun between the verb and the quote: the quote may be theirs.
    if (v < j && (SUBJECT_PRONOUNS.has(token.normal) || (p.byEnd.has(v) && !p.byEnd.get(v)!.thing))) {
      const m = p.byEnd.get(v);
      // ... unless it is the object of `told` (`Bruce told Smith: “…”`) right after the verb.
      if (!(m && isSpeechVerb(tokens[m.from - 1] ?? tokens[0]!) && colon)) return null;
    }
  }
  return null;
}

/**
 * `Company spokeswoman Lisa Tran disagreed: “…”`: a sentence introducing a quote with a colon and no
 * speech verb; its subject (the sentence's only person, right before its verb) is the speaker.
 */
function colonSubject(p: ParagraphView, floor: number, last: number): Cue | null {
  const tokens = p.tokens;
  let k = floor;
  // Skip an opening phrase that ends in a comma (`On Tuesday, ...`).
  for (let c = floor; c <= last && c - floor <= 6; c += 1) if (tokens[c]!.value === ',') k = c + 1;
  const mention = p.byStart.get(k);
  if (!mention || mention.thing) return null;
  const verb = tokens[mention.to + 1];
  if (!verb || (verb.pos !== 'VERB' && verb.pos !== 'AUX')) return null;
  for (let c = mention.to + 1; c <= last; c += 1) {
    const other = p.byEnd.get(c);
    if (SUBJECT_PRONOUNS.has(tokens[c]!.normal) || (other && !other.thing)) return null;
  }
  mention.speech = true;
  return { kind: 'mention', mention, para: p.index, verb: mention.to + 1 };
}

/** A reported statement's cue in a sentence: its verb, its subject and where its text starts. */
export interface ReportCue {
  readonly cue: Cue;
  /** First token of the reported text (the sentence's first, or the participle's). */
  readonly from: number;
  /** Last token of the sentence. */
  readonly to: number;
}

/**
 * `Bruce noted that …`, `Bruce confirmed that …`, `Bruce declined to comment …`, `she emphasized the …`,
 * `According to Bruce, …`: statements reported, not quoted. Sentences that hold a quote are left to
 * the quote, except a participle after it (`…,” Bruce said, adding that …`).
 */
export function reportCues(p: ParagraphView, sentenceFrom: number, sentenceTo: number, hasQuote: boolean): ReportCue[] {
  const tokens = p.tokens;
  const last = tokens[sentenceTo]!;
  if (last.value === ':') return [];
  const out: ReportCue[] = [];
  if (!hasQuote) {
    const cue = trailingAttribution(p, sentenceFrom, sentenceTo);
    if (cue) return [{ cue, from: sentenceFrom, to: sentenceTo }];
  }
  for (let v = sentenceFrom; v <= sentenceTo; v += 1) {
    if (!isOutside(p, v)) continue;
    const token = tokens[v]!;
    const b = bare(token);
    if (hasQuote) {
      // `…,” Bruce said, adding that the discussions …`
      if (REPORT_PARTICIPLES.has(b) && tokens[v - 1]?.value === ',' && tokens[v + 1]?.normal === 'that' && v > sentenceFrom) {
        // `…,” Bruce said, adding that …` / `…,” said Cole, adding that …`
        for (let s = v - 2; s >= sentenceFrom && s >= v - 10 && isOutside(p, s); s -= 1) {
          if (!isSpeechVerb(tokens[s]!)) continue;
          const cue = subjectBefore(p, s, sentenceFrom) ?? subjectAfter(p, s, v - 1);
          if (cue) out.push({ cue, from: v, to: sentenceTo });
          break;
        }
      }
      continue;
    }
    if (v === sentenceFrom && b === 'according' && tokens[v + 1]?.normal === 'to') {
      const mention = p.byStart.get(v + 2);
      if (mention && tokens[mention.to + 1]?.value === ',') {
        out.push({ cue: { kind: 'mention', mention, para: p.index, verb: v }, from: sentenceFrom, to: sentenceTo });
        return out;
      }
    }
    const decline = DECLINE_VERBS.has(b) && tokens[v + 1]?.normal === 'to' && DECLINE_OBJECTS.has(bare(tokens[v + 2] ?? token));
    if (!decline && !(REPORT_VERBS.has(b) && isSpeechVerb(token) && complementFollows(tokens, v, sentenceTo))) continue;
    const cue = subjectBefore(p, v, sentenceFrom);
    // The first speech verb of a sentence reports; a later one sits inside what is reported.
    if (!cue) return out;
    out.push({ cue, from: sentenceFrom, to: sentenceTo });
    return out;
  }
  return out;
}

const TRAILING_TAIL = new Set(['in', 'on', 'at', 'a', 'an', 'the', 'statement', 'interview', 'yesterday', 'today', 'tonight', 'recently', 'earlier', 'later', 'last', 'this', 'week', 'month', 'year', 'news', 'conference', 'briefing', 'reporters', 'told', 'speech', 'an', 'to', 'journalists']);

/**
 * Reuters style: the statement first, the attribution last. `…, Sims said.` `…, said Leo Melamed,
 * chairman of the exchange.` `…, Michael Jopling, British minister of agriculture, warned.`
 */
function trailingAttribution(p: ParagraphView, sentenceFrom: number, sentenceTo: number): Cue | null {
  const tokens = p.tokens;
  let end = sentenceTo;
  while (end > sentenceFrom && (isHardStop(tokens[end]!) || tokens[end]!.pos === 'PUNCT')) end -= 1;
  // `…, Sims said (in a statement).`
  for (let v = end; v > sentenceFrom + 2 && end - v <= 5; v -= 1) {
    const t = tokens[v]!;
    if (!isOutside(p, v)) return null;
    if (isSpeechVerb(t) && REPORT_VERBS.has(bare(t))) {
      for (let k = v + 1; k <= end; k += 1) if (!TRAILING_TAIL.has(tokens[k]!.normal) && tokens[k]!.pos !== 'PROPN' && tokens[k]!.pos !== 'NUM') return null;
      const cue = subjectBefore(p, v, sentenceFrom);
      if (!cue) return null;
      const first = cue.kind === 'mention' ? cue.mention.from : cue.kind === 'pronoun' ? cue.token : -1;
      return tokens[first - 1]?.value === ',' ? cue : null;
    }
    if (!TRAILING_TAIL.has(t.normal) && t.pos !== 'PROPN' && t.pos !== 'NUM') break;
  }
  // `…, said Leo Melamed, chairman of the exchange.`
  for (let v = end; v > sentenceFrom + 2 && end - v <= 20; v -= 1) {
    const t = tokens[v]!;
    if (!isOutside(p, v) || (isSpeechVerb(t) && tokens[v - 1]?.value !== ',')) return null;
    if (isSpeechVerb(t)) {
      const cue = subjectAfter(p, v, sentenceTo + 1);
      if (!cue || cue.kind !== 'mention') return null;
      const after = tokens[cue.mention.to + 1];
      return cue.mention.to >= end || after?.value === ',' ? cue : null;
    }
  }
  return null;
}

const CLAUSE_START = new Set(['DET', 'PRON', 'PROPN', 'NOUN', 'NUM', 'ADJ']);

/** What follows a reporting verb reads as a statement: `that …` soon after, or a clause of some length. */
function complementFollows(tokens: readonly Token[], v: number, to: number): boolean {
  for (let k = v + 1; k <= to && k <= v + 7; k += 1) {
    const t = tokens[k]!;
    if (t.normal === 'that') return true;
    if (isHardStop(t) || t.value === ':' || isSpeechVerb(t)) break;
  }
  const next = tokens[v + 1];
  if (!next || OBJECT_PRONOUNS.has(next.normal) || !CLAUSE_START.has(next.pos)) return false;
  let words = 0;
  for (let k = v + 1; k <= to; k += 1) if (tokens[k]!.kind === 'word') words += 1;
  return words >= 3;
}
