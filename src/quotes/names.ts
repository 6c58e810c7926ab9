/**
 * Person mentions from runs of capitalised words (wink's lite model has no PERSON entity).
 *
 * A run is a maximal stretch of capitalised tokens outside quotes, with the lower-case role nouns,
 * connectors and particles that hold it together (`State Department spokesperson Tammy Bruce`,
 * `Under Secretary of State for Political Affairs Allison Hooker`). The name is its trailing part
 * that is not a title (`Tammy Bruce`); what stands before is the description
 * (`State Department spokesperson`). Whether a mention is a person is decided later, from evidence:
 * a title or role, a speech-verb position, or a match with a person already known in the document.
 */
import type { Token } from '../nlp/analyzer.ts';
import {
  CONNECTORS, DETERMINERS, FEMALE_HONORIFICS, FEMALE_NAMES, FEMALE_ROLES, HONORIFICS, LOWERCASE_ROLES,
  MALE_HONORIFICS, MALE_NAMES, MALE_ROLES, NAME_PARTICLES, NON_PERSON_WORDS, NOT_NAME_START, PLACES, TITLES, WEAK_TITLES,
} from './lexicon.ts';

export type Gender = 'm' | 'f';

/** One paragraph's tokens, flattened over its sentences, as the quote pass walks them. */
export interface ParagraphTokens {
  /** Index in the document's paragraphs (0-based). */
  readonly index: number;
  /** Paragraph number (from 1), as cited. */
  readonly number: number;
  readonly tokens: readonly Token[];
  /** Sentence number (from 1) of each token. */
  readonly sentence: ArrayLike<number>;
  /** Index of the quote span each token belongs to (marks included), or -1. */
  readonly quote: ArrayLike<number>;
}

export interface Mention {
  readonly para: number;
  readonly sentence: number;
  /** First token of the run, description included. */
  readonly from: number;
  /** First and last token of the name. */
  readonly coreFrom: number;
  readonly to: number;
  /** The name as written (`Tammy Bruce`). */
  readonly name: string;
  /** Lower-case name parts, initials dropped (`tammy`, `bruce`). */
  readonly parts: readonly string[];
  /** The description as written before the name, honorifics left out (`State Department spokesperson`). */
  readonly desc: string | null;
  /** The run as written, title included (`President Donald Trump`). */
  readonly full: string;
  /** A title or role stands before the name (honorifics count). */
  readonly titled: boolean;
  readonly gender: Gender | null;
  /** A determiner stands right before the run (`the White House`). */
  readonly afterDeterminer: boolean;
  /** The name reads as an organisation, a place or a thing (clustering may find out later). */
  thing: boolean;
  /** Set by attribution: the mention is the subject or object of a speech verb. */
  speech: boolean;
  /** Set by attribution: a description from an appositive (`Smith, the mayor of Springfield`). */
  appositive: string | null;
  /** Set by clustering: the person in the document, or -1. */
  person: number;
}

const UPPER = /^\p{Lu}/u;
const ACRONYM = /^[A-Z]{2,}$/;
const INITIAL = /^\p{Lu}\.?$/u;
const NON_NAME_POS = new Set(['ADV', 'DET', 'PRON', 'ADP', 'SCONJ', 'CCONJ', 'AUX', 'PART', 'VERB', 'NUM', 'INTJ', 'PUNCT', 'SYM']);
const OPENING_MARKS = new Set(['"', '\u201C', '\u201E', '\u00AB', '(', '[', '\u2018', "'"]);

/** A token's lower-case form without a final period (`Sen.` -> `sen`). */
export const bare = (token: Token): string => (token.normal.endsWith('.') && token.normal.length > 1 ? token.normal.slice(0, -1) : token.normal);
export const isCapitalised = (token: Token): boolean => {
  const c = token.value.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  return c >= 128 && UPPER.test(token.value);
};

/** Lower case, accents removed: the form names are compared in. */
const ASCII = /^[\x00-\x7F]*$/;

export function fold(value: string): string {
  if (ASCII.test(value)) return value.toLowerCase();
  return value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[\u2018\u2019]/g, "'");
}

/** The parts of a name to compare it by: folded, initials dropped when other parts remain. */
export function nameParts(name: string): string[] {
  const parts = name.split(/\s+/).filter((p) => p.length > 0);
  const kept = parts.length > 1 ? parts.filter((p, k) => !(INITIAL.test(p) && k < parts.length - 1)) : parts;
  return kept.map((p) => fold(p).replace(/\.$/, ''));
}

/** The person's gender a given name tells, if it is a common one. */
export function givenNameGender(first: string): Gender | null {
  const f = fold(first);
  const male = MALE_NAMES.has(f);
  const female = FEMALE_NAMES.has(f);
  return male === female ? null : male ? 'm' : 'f';
}

function startsSentence(p: ParagraphTokens, i: number): boolean {
  if (i === 0 || p.sentence[i - 1] !== p.sentence[i]) return true;
  const previous = p.tokens[i - 1]!;
  return OPENING_MARKS.has(previous.value) || previous.value === ':' || previous.value === '\u2014';
}

function canStartRun(p: ParagraphTokens, i: number): boolean {
  const token = p.tokens[i]!;
  const b = bare(token);
  if (!isCapitalised(token)) return LOWERCASE_ROLES.has(b);
  if (!startsSentence(p, i)) return true;
  if (NOT_NAME_START.has(b)) return false;
  return !NON_NAME_POS.has(token.pos) || TITLES.has(b);
}

/** True for the tokens a run may continue with at `j` (given it started before). */
function continuesRun(p: ParagraphTokens, j: number): number {
  const token = p.tokens[j];
  if (!token || p.quote[j] !== -1 || p.sentence[j] !== p.sentence[j - 1]) return 0;
  const next = p.tokens[j + 1];
  const nextInRun = next !== undefined && p.quote[j + 1] === -1 && p.sentence[j + 1] === p.sentence[j];
  if (isCapitalised(token) && token.pos !== 'PUNCT') return 1;
  const b = bare(token);
  if (LOWERCASE_ROLES.has(b)) return 1;
  if (nextInRun && (CONNECTORS.has(b) || NAME_PARTICLES.has(b))) {
    if (isCapitalised(next)) return 1;
    // `of the Exchequer`
    const after = p.tokens[j + 2];
    if (b !== 'the' && next.normal === 'the' && after && isCapitalised(after) && p.sentence[j + 2] === p.sentence[j]) return 2;
    return 0;
  }
  // Hyphenated names: `Jean-Pierre`.
  const previous = p.tokens[j - 1]!;
  if (token.value === '-' && nextInRun && previous.end === token.start && next.start === token.end && isCapitalised(previous) && /^\p{L}/u.test(next.value)) {
    // `Sin-bom` continues a name; `Sin-` followed by a lower-case word that starts a new run does not matter.
    return isCapitalised(next) ? 1 : 2;
  }
  // `Pakistan Peoples Party (PPP) Chairman`, `Jardine Fleming (Securities) Ltd analyst`
  if (token.value === '(' && nextInRun) {
    let k = j + 1;
    while (k < j + 4 && p.tokens[k] && isCapitalised(p.tokens[k]!) && p.quote[k] === -1) k += 1;
    const after = p.tokens[k + 1];
    if (k > j + 1 && p.tokens[k]?.value === ')' && after && isCapitalised(after) && p.sentence[k + 1] === p.sentence[j]) return k + 1 - j;
  }
  return 0;
}

/** Whether a name (lower-case parts) reads as a place, an organisation or a thing rather than a person. */
export function isThingName(parts: readonly string[], values: readonly string[]): boolean {
  if (parts.length === 0) return true;
  if (parts.some((part) => NON_PERSON_WORDS.has(part))) return true;
  if (parts.every((part) => PLACES.has(part))) return true;
  if (parts.length === 1 && ACRONYM.test(values[0] ?? '')) return true;
  // `Citicorp CCI`, `Reebok International RBK`: a ticker, not a name (Roman numerals aside).
  if (values.some((v) => ACRONYM.test(v) && !/^(?:II|III|IV|VI|JR|SR)$/.test(v))) return true;
  if (values.some((v) => /^\p{N}/u.test(v))) return true;
  return false;
}

function genderOf(words: readonly string[], first: string | undefined, multi: boolean): Gender | null {
  for (const w of words) {
    if (MALE_HONORIFICS.has(w) || MALE_ROLES.has(w)) return 'm';
    if (FEMALE_HONORIFICS.has(w) || FEMALE_ROLES.has(w)) return 'f';
  }
  return multi && first !== undefined ? givenNameGender(first) : null;
}

/** Every capitalised run of a paragraph outside quotes that ends in something name-like. */
export function findMentions(p: ParagraphTokens, text: string): Mention[] {
  const mentions: Mention[] = [];
  const tokens = p.tokens;
  let i = 0;
  while (i < tokens.length) {
    if (p.quote[i] !== -1 || !canStartRun(p, i)) {
      i += 1;
      continue;
    }
    let j = i + 1;
    for (let step = continuesRun(p, j); step > 0; step = continuesRun(p, j)) j += step;
    const mention = splitRun(p, text, i, j - 1);
    if (mention) mentions.push(mention);
    i = j;
  }
  return mentions;
}

function splitRun(p: ParagraphTokens, text: string, from: number, last: number): Mention | null {
  const tokens = p.tokens;
  if (from === last) {
    // Most runs are one word, and most of those are places, firms or acronyms (`U.S.`, `Reuters`):
    // no mention for them, which tells attribution the same as a mention of a thing.
    const token = tokens[from]!;
    if (!isCapitalised(token)) return null;
    const b = bare(token);
    if (TITLES.has(b) || NON_PERSON_WORDS.has(b) || PLACES.has(b) || ACRONYM.test(token.value) || token.value.includes('.')) return null;
  }
  // `Christian of the U.S. League of Savings Institutions`, `Jack Kirnan of Kidder Peabody`: a name, then
  // where the person works. (`Secretary of State ...` and `Bank of America` are not split: a title or an
  // organisation stands before the `of`.)
  for (let c = from + 1; c < last; c += 1) {
    const connector = tokens[c]!;
    if (connector.normal !== 'of' && connector.normal !== 'for') continue;
    const before = tokens[c - 1]!;
    if (!isCapitalised(before) || TITLES.has(bare(before)) || NON_PERSON_WORDS.has(bare(before)) || PLACES.has(bare(before)) || ACRONYM.test(before.value)) continue;
    // `American Chamber of Commerce president George Drysdale`: the name is at the end, not before `of`.
    let roleAfter = false;
    for (let k = c + 1; k < last; k += 1) if (!isCapitalised(tokens[k]!) && LOWERCASE_ROLES.has(bare(tokens[k]!)) && isCapitalised(tokens[k + 1]!)) roleAfter = true;
    if (roleAfter) break;
    const head = splitRun(p, text, from, c - 1);
    if (!head || head.thing || head.parts.some((part) => PLACES.has(part))) continue;
    let tailFrom = c + 1;
    while (tailFrom <= last && CONNECTORS.has(tokens[tailFrom]!.normal)) tailFrom += 1;
    if (tailFrom > last) return head;
    const where = text.slice(tokens[tailFrom]!.start, tokens[last]!.end).replace(/\s+/g, ' ');
    return { ...head, desc: head.desc === null ? where : `${head.desc}, ${where}`, titled: head.titled, full: text.slice(tokens[from]!.start, tokens[last]!.end).replace(/\s+/g, ' ') };
  }
  let to = last;
  const hyphenated = (k: number): boolean => tokens[k - 1]?.value === '-' && tokens[k - 1]!.end === tokens[k]!.start && k - 2 >= from && isCapitalised(tokens[k - 2]!);
  while (to >= from && !isCapitalised(tokens[to]!) && !hyphenated(to)) to -= 1;
  if (to < from) return null;
  // The name: capitalised words at the end that are no title, with particles and hyphens inside.
  let coreFrom = to;
  while (coreFrom - 1 >= from) {
    const t = tokens[coreFrom - 1]!;
    const b = bare(t);
    if (isCapitalised(t) && !TITLES.has(b)) coreFrom -= 1;
    else if ((t.value === '-' || NAME_PARTICLES.has(t.value)) && coreFrom - 2 >= from && isCapitalised(tokens[coreFrom - 2]!) && !TITLES.has(bare(tokens[coreFrom - 2]!))) coreFrom -= 1;
    else break;
  }
  if (TITLES.has(bare(tokens[to]!)) && coreFrom === to) return null; // `the Vice President`
  // `Political Affairs Allison Hooker`: an organisation's word ends the role, not the name.
  for (let k = to - 1; k >= coreFrom; k -= 1) {
    if (NON_PERSON_WORDS.has(bare(tokens[k]!))) {
      coreFrom = k + 1;
      break;
    }
  }
  const words = (a: number, b: number): string[] => {
    const out: string[] = [];
    for (let k = a; k <= b; k += 1) if (tokens[k]!.value !== '-') out.push(tokens[k]!.value);
    return out;
  };
  let count = words(coreFrom, to).length;
  // `Secretary of Defense Pete Hegseth`: the word after `of` belongs to the role.
  if (count >= 3 && coreFrom > from && CONNECTORS.has(tokens[coreFrom - 1]!.normal)) {
    coreFrom += 1;
    count -= 1;
  }
  // `Chancellor of the Exchequer Rachel Reeves`: a known given name starts the name.
  if (count >= 3) {
    for (let k = coreFrom + 1; k < to; k += 1) {
      if (givenNameGender(tokens[k]!.value) !== null && givenNameGender(tokens[coreFrom]!.value) === null) {
        coreFrom = k;
        break;
      }
    }
  }
  // `the mayor of Springfield`, `chairman of Smith Barney`: what follows a role's `of` is a place or a firm.
  const ofRole = (coreFrom > from && CONNECTORS.has(tokens[coreFrom - 1]!.normal)) || !isCapitalised(tokens[coreFrom]!);
  const name = text.slice(tokens[coreFrom]!.start, tokens[to]!.end).replace(/\s+/g, ' ');
  const values = words(coreFrom, to);
  const parts = nameParts(values.join(' ').replace(/ - /g, '-'));
  const descWords: string[] = [];
  let titled = false;
  let descFrom = -1;
  for (let k = from; k < coreFrom; k += 1) {
    const b = bare(tokens[k]!);
    descWords.push(b);
    if ((TITLES.has(b) || LOWERCASE_ROLES.has(b)) && !WEAK_TITLES.has(b)) titled = true;
    if (descFrom === -1 && !HONORIFICS.has(b)) descFrom = k;
  }
  // Honorifics stay out of the description; connectors do not start or end it.
  let descTo = coreFrom - 1;
  while (descTo >= from && (HONORIFICS.has(bare(tokens[descTo]!)) || CONNECTORS.has(tokens[descTo]!.normal))) descTo -= 1;
  while (descFrom !== -1 && descFrom <= descTo && CONNECTORS.has(tokens[descFrom]!.normal)) descFrom += 1;
  const desc = descFrom !== -1 && descFrom <= descTo ? text.slice(tokens[descFrom]!.start, tokens[descTo]!.end).replace(/\s+/g, ' ') : null;
  const before = tokens[from - 1];
  return {
    para: p.index,
    sentence: p.sentence[from]!,
    from,
    coreFrom,
    to,
    name,
    parts,
    desc,
    full: text.slice(tokens[from]!.start, tokens[to]!.end).replace(/\s+/g, ' '),
    titled,
    gender: genderOf(descWords, values[0], values.length > 1),
    afterDeterminer: before !== undefined && DETERMINERS.has(before.normal) && p.sentence[from - 1] === p.sentence[from],
    thing: ofRole || isThingName(parts, values),
    speech: false,
    appositive: null,
    person: -1,
  };
}
