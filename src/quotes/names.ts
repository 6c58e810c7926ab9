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
import { oneEditOrSwap } from '../editDistance.ts';
import {
  AGENCIES,
  ARTICLES,
  BODY_PLURALS,
  CONNECTORS,
  DAYS_AND_MONTHS,
  INDEFINITE_ARTICLES,
  DETERMINERS,
  FEMALE_HONORIFICS,
  FEMALE_NAMES,
  FEMALE_ROLES,
  FIRM_COUNTRIES,
  FIRM_LAST_WORDS,
  GROUP_PLURALS,
  HONORIFICS,
  LEGAL_FORMS,
  LOWERCASE_ROLES,
  MALE_HONORIFICS,
  MALE_NAMES,
  MALE_ROLES,
  NAME_PARTICLES,
  NON_PERSON_WORDS,
  SURNAME_WORDS,
  ORGANISATION_NOUNS,
  NOT_NAME_START,
  PEER_TITLES,
  PLACES,
  ROLE_PARTICIPLES,
  SPEECH_VERBS,
  TIME_PREPOSITIONS,
  TITLES,
  WEAK_TITLES,
  withLegalForms,
} from './lexicon.ts';
import { boundedMemo } from './memo.ts';

export type Gender = 'm' | 'f';

/**
 * One paragraph's tokens over all its sentences, as parallel arrays (the analyzer's own, not
 * copied: no Token object is made), as the quote pass walks them.
 */
export interface ParagraphTokens {
  /** Index in the document's paragraphs (0-based). */
  readonly index: number;
  /** Paragraph number (from 1), as cited. */
  readonly number: number;
  /** Number of tokens. */
  readonly length: number;
  readonly values: readonly string[];
  /** Lower case, curly apostrophes straightened. */
  readonly normals: readonly string[];
  /** Offsets into the document text; a token ends at its start plus its value's length. */
  readonly starts: ArrayLike<number>;
  /** Universal POS tags. */
  readonly pos: readonly string[];
  /** Sentence number (from 1) of each token. */
  readonly sentence: ArrayLike<number>;
  /** Index of the quote span each token belongs to (marks included), or -1. */
  readonly quote: ArrayLike<number>;
  /** Tokens that may start a name's run (capitalised words and role nouns), in order. */
  readonly runStarts: readonly number[];
  /** Speech verbs (and `according`) and gendered pronouns, in order. */
  readonly speech: readonly number[];
  readonly pronouns: readonly number[];
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
  desc: string | null;
  /** The run as written, title included (`President Donald Trump`). */
  full: string;
  /** A title or role stands before the name (honorifics count). */
  titled: boolean;
  gender: Gender | null;
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
  /** A peer's territorial designation (`Lord Nicholls of Birkenhead`): evidence that the title names him. */
  designation?: string;
  /**
   * Opens with a common given name, or has an age set off after it (`Sheila Duckworth, 64,`), and stands
   * where a person's name would (`Sandra Howard`): evidence of a person.
   */
  givenName?: boolean;
  /**
   * A lone name with a person's mark at a speech tag (an age or a who-clause set off after it, a kin
   * noun before it: `said Maral, 45,`, `said Fauzi, who …`, `fisherman's wife Mapahai`): a person who
   * speaks under that name though the article never gives a full one (set by the document pass).
   */
  marked?: boolean;
}

const UPPER = /^\p{Lu}/u;
const ACRONYM = /^[A-Z]{2,}$/;
const INITIAL = /^\p{Lu}\.?$/u;
const NON_NAME_POS = new Set([
  'ADV',
  'DET',
  'PRON',
  'ADP',
  'SCONJ',
  'CCONJ',
  'AUX',
  'PART',
  'VERB',
  'NUM',
  'INTJ',
  'PUNCT',
  'SYM',
]);
const OPENING_MARKS = new Set(['"', '\u201C', '\u201E', '\u00AB', '(', '[', '\u2018', "'"]);

/** A lower-case form without a final period (`sen.` -> `sen`). */
export function bareOf(normal: string): string {
  return normal.length > 1 && normal.charCodeAt(normal.length - 1) === 46 ? normal.slice(0, -1) : normal;
}
/** Token i's lower-case form without a final period (`Sen.` -> `sen`); '' past the end. */
export const bare = (p: ParagraphTokens, i: number): string => bareOf(p.normals[i] ?? '');
/**
 * A body's name without the `the` a cue or mention may open it with (`the FA said`, `The Treasury`):
 * the article is the sentence's, not the name's, so bodies are compared, keyed and shown without it.
 */
export const withoutThe = (name: string): string => name.replace(/^the\s+/i, '');

export function capitalised(value: string | undefined): boolean {
  if (value === undefined) return false;
  const c = value.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  return c >= 128 && UPPER.test(value);
}
/** Token i starts with a capital letter (false past the end). */
export const isCapitalised = (p: ParagraphTokens, i: number): boolean => capitalised(p.values[i]);
/** Where token i ends in the document text. */
export const endOf = (p: ParagraphTokens, i: number): number => p.starts[i]! + p.values[i]!.length;

/** Text between two offsets on one line, runs of spaces made one. */
function span(text: string, start: number, end: number): string {
  const s = text.slice(start, end);
  return s.includes('  ') || s.includes('\t') ? s.replace(/\s+/g, ' ') : s;
}

/** Lower case, accents removed: the form names are compared in. */
export function fold(value: string): string {
  if (ascii(value)) return value.toLowerCase();
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'");
}

/** Whether every character is ASCII (a loop: a regular expression's test costs more on these short words). */
function ascii(value: string): boolean {
  for (let k = 0; k < value.length; k += 1) if (value.charCodeAt(k) > 0x7f) return false;
  return true;
}

/** The parts of a name to compare it by: folded, initials dropped when other parts remain. */
export function nameParts(name: string): string[] {
  return namePartsOf(name.split(/\s+/).filter((p) => p.length > 0));
}

function namePartsOf(parts: readonly string[]): string[] {
  const out: string[] = [];
  for (let k = 0; k < parts.length; k += 1) {
    const part = parts[k]!;
    if (parts.length > 1 && k < parts.length - 1 && INITIAL.test(part)) continue;
    const folded = fold(part);
    out.push(folded.endsWith('.') ? folded.slice(0, -1) : folded);
  }
  return out;
}

/** The person's gender a given name tells, if it is a common one. */
export function givenNameGender(first: string): Gender | null {
  return givenGenders(first);
}

/**
 * Each capitalised word's answer: the pass asks it of a run's words again and again (whether a run
 * opens a name, is a thing, where its name starts), and each answer lower-cases the word (and folds
 * its accents) before looking it up. Bounded: cleared when full.
 */
const givenGenders = boundedMemo(givenGenderOnce, 100_000);

function givenGenderOnce(first: string): Gender | null {
  const lower = first.toLowerCase();
  const f = MALE_NAMES.has(lower) || FEMALE_NAMES.has(lower) ? lower : fold(first);
  const male = MALE_NAMES.has(f);
  const female = FEMALE_NAMES.has(f);
  return male === female ? null : male ? 'm' : 'f';
}

function startsSentence(p: ParagraphTokens, i: number): boolean {
  if (i === 0 || p.sentence[i - 1] !== p.sentence[i]) return true;
  const previous = p.values[i - 1]!;
  return OPENING_MARKS.has(previous) || previous === ':' || previous === '\u2014';
}

/** The pronoun `I` (`as a fan I think`, `Jonathan Ive` tokenised `I` `ve`): capitalised, never a name's. */
const pronounI = (p: ParagraphTokens, i: number): boolean => p.values[i] === 'I' && p.pos[i] === 'PRON';

/**
 * A capitalised pronoun after a word the splitter read as an abbreviation with its full stop
 * (`shares fell 9p to 142p. It said`, `p.` one token): it opens a sentence the splitter missed.
 */
const pronounAfterDot = (p: ParagraphTokens, i: number): boolean =>
  p.pos[i] === 'PRON' && i > 0 && /\p{L}\.$/u.test(p.values[i - 1]!) && p.sentence[i - 1] === p.sentence[i];

function canStartRun(p: ParagraphTokens, i: number): boolean {
  if (!isCapitalised(p, i)) return LOWERCASE_ROLES.has(p.normals[i]!);
  if (pronounI(p, i) || pronounAfterDot(p, i)) return false;
  if (!startsSentence(p, i)) return true;
  const b = bare(p, i);
  if (NOT_NAME_START.has(b)) return false;
  // `Dole told …`, `Fell said …`: a surname read as a verb, before a speech verb, is the subject.
  if (p.pos[i] === 'VERB' && SPEECH_VERBS.has(p.normals[i + 1] ?? '')) return true;
  // `Rob Carter later told …`: a given name before a capitalised word opens a name, whatever its tag.
  if (givenNameGender(p.values[i]!) !== null && isCapitalised(p, i + 1) && p.sentence[i + 1] === p.sentence[i])
    return true;
  return !NON_NAME_POS.has(p.pos[i]!) || TITLES.has(b);
}

/**
 * A police rank's dot that the tokenizer wrote apart (`Const` `.`, `Cpl` `.`, unlike `Sgt.`), against
 * the rank and before a capitalised word: `Vancouver police Const. Tim Fanning told`, `Const. Fanning
 * said`. (Only these ranks: other titles split so, `Rev` `.`, `Adm` `.`, are read as before.)
 */
function titleDot(p: ParagraphTokens, j: number, nextInRun: boolean): boolean {
  return nextInRun && endOf(p, j - 1) === p.starts[j] && DOTTED_RANKS.has(p.normals[j - 1]!) && isCapitalised(p, j + 1);
}
const DOTTED_RANKS = new Set(['const', 'cpl']);

/** How many tokens the run takes on at `j` (given it started before): 0 ends it. */
function continuesRun(p: ParagraphTokens, j: number): number {
  if (j >= p.length || p.quote[j] !== -1 || p.sentence[j] !== p.sentence[j - 1]) return 0;
  const nextInRun = j + 1 < p.length && p.quote[j + 1] === -1 && p.sentence[j + 1] === p.sentence[j];
  const value = p.values[j]!;
  if (isCapitalised(p, j) && p.pos[j] !== 'PUNCT') return pronounI(p, j) ? 0 : 1;
  const b = bare(p, j);
  if (LOWERCASE_ROLES.has(b)) return 1;
  if (value === '.' && titleDot(p, j, nextInRun)) return 1;
  if (nextInRun && (CONNECTORS.has(b) || NAME_PARTICLES.has(b))) {
    if (isCapitalised(p, j + 1)) return 1;
    // `of the Exchequer`
    if (b !== 'the' && p.normals[j + 1] === 'the' && isCapitalised(p, j + 2) && p.sentence[j + 2] === p.sentence[j])
      return 2;
    return 0;
  }
  // Hyphenated names: `Jean-Pierre`; `Sin-bom` continues a name too.
  if (
    value === '-' &&
    nextInRun &&
    endOf(p, j - 1) === p.starts[j] &&
    p.starts[j + 1] === endOf(p, j) &&
    /^\p{L}/u.test(p.values[j + 1]!)
  ) {
    if (isCapitalised(p, j - 1)) return isCapitalised(p, j + 1) ? 1 : 2;
    // `Stoke-on-Trent`, `Ashby-de-la-Zouch`: a place's chain of hyphens goes on after its small word
    // to a capitalised one (or another small word and hyphen).
    if (chainWord(p, j - 1)) {
      if (isCapitalised(p, j + 1)) return 1;
      if (p.values[j + 2] === '-' && endOf(p, j + 1) === p.starts[j + 2]) return 2;
    }
  }
  // `Pakistan Peoples Party (PPP) Chairman`, `Jardine Fleming (Securities) Ltd analyst`
  if (value === '(' && nextInRun) {
    let k = j + 1;
    while (k < j + 4 && k < p.length && isCapitalised(p, k) && p.quote[k] === -1) k += 1;
    if (k > j + 1 && p.values[k] === ')' && isCapitalised(p, k + 1) && p.sentence[k + 1] === p.sentence[j])
      return k + 1 - j;
  }
  return 0;
}

/** Function words capitalised inside a title of a work, never inside a person's name. */
const WORK_TITLE_WORDS = new Set([
  'In',
  'Their',
  'The',
  'Of',
  'On',
  'At',
  'To',
  'For',
  'With',
  'And',
  'A',
  'My',
  'Your',
  'Our',
  'Is',
  'Are',
]);

const GIVEN_MONTHS = new Set(['april', 'may', 'june']);
const COMPASS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central']);

/** An honorific, or a role in lower case, right before the name at `coreFrom` (`Mrs`, `analyst`): a person's. */
const personBefore = (p: ParagraphTokens, coreFrom: number, from: number): boolean =>
  coreFrom > from &&
  (HONORIFICS.has(bare(p, coreFrom - 1)) ||
    (LOWERCASE_ROLES.has(bare(p, coreFrom - 1)) && !isCapitalised(p, coreFrom - 1)));

/** `food analyst June Page`, `Mrs April Lewis`: a month that is also a given name opens the name after a person's word. */
const monthGivenName = (p: ParagraphTokens, k: number, coreFrom: number, from: number): boolean =>
  k === coreFrom && GIVEN_MONTHS.has(bare(p, k)) && personBefore(p, coreFrom, from);

/** Whether a name (lower-case parts) reads as a place, an organisation or a thing rather than a person. */
export function isThingName(parts: readonly string[], values: readonly string[], honorific = false): boolean {
  if (parts.length === 0) return true;
  // (Plain loops: this runs for every run of capitalised words, and a closure per test costs.)
  for (let k = 0; k < parts.length; k += 1) {
    const part = parts[k]!;
    if (
      NON_PERSON_WORDS.has(part) &&
      // A given name first is a person's even when it is also such a word (`Bill Gates`, `Mark Tully`).
      !(k === 0 && parts.length > 1 && givenNameGender(values[0] ?? '') !== null) &&
      // `Mrs June Page`, `analyst April Lewis`: a month that is also a given name, after a title or a role.
      !(k === 0 && parts.length === 2 && honorific && GIVEN_MONTHS.has(part)) &&
      !(
        k === parts.length - 1 &&
        SURNAME_WORDS.has(part) &&
        (honorific || (k > 0 && givenNameGender(values[0] ?? '') !== null))
      )
    )
      return true;
  }
  // `Golden Gate Futures`, `Elders Futures`: a futures house, whatever its first word.
  if (parts.length > 1 && FIRM_LAST_WORDS.has(parts[parts.length - 1]!)) return true;
  let places = true;
  for (let k = 0; k < parts.length && places; k += 1) places = PLACES.has(parts[k]!);
  if (places) return true;
  if (GROUP_PLURALS.has(parts[parts.length - 1]!)) return true; // `Opposition MPs`: a group, nobody named
  if (parts.length > 1 && BODY_PLURALS.has(parts[0]!) && CONNECTORS.has(parts[1]!)) return true; // `Friends of the Earth`
  if (parts.length === 1 && ACRONYM.test(values[0] ?? '')) return true;
  // A title of a work: `Stars In Their Eyes`, `Top Of The Pops` (function words inside, capitalised).
  if (values.length >= 3)
    for (let k = 1; k < values.length - 1; k += 1) if (WORK_TITLE_WORDS.has(values[k]!)) return true;
  for (let k = 0; k < values.length; k += 1) {
    const v = values[k]!;
    // `Citicorp CCI`, `Reebok International RBK`: a ticker, not a name (Roman numerals aside).
    if (ACRONYM.test(v) && !ROMAN_OR_SUFFIX.test(v)) return true;
  }
  for (let k = 0; k < values.length; k += 1) if (STARTS_WITH_NUMBER.test(values[k]!)) return true;
  return false;
}
const ROMAN_OR_SUFFIX = /^(?:II|III|IV|VI|JR|SR)$/;
const STARTS_WITH_NUMBER = /^\p{N}/u;

function genderOf(words: readonly string[]): Gender | null {
  for (const w of words) {
    if (MALE_HONORIFICS.has(w) || MALE_ROLES.has(w)) return 'm';
    if (FEMALE_HONORIFICS.has(w) || FEMALE_ROLES.has(w)) return 'f';
  }
  return null;
}

/** Words asked about one at a time: a set, or an article's words read when first asked for (capitalisedInside). */
export interface CapitalisedWords {
  has(word: string): boolean;
}

const NO_WORDS: CapitalisedWords = new Set<string>();

/**
 * The words an article writes capitalised inside a sentence (after a lower-case word or a comma:
 * `to Sale's hopes`), as written: evidence that a common word (`Sale`, `Art`) is a name there when
 * it also opens a sentence. Read from the text when a rule first asks, which few articles make it
 * do (a Unicode pattern over every article's whole text was a twentieth of the pass).
 */
export function capitalisedInside(text: string): CapitalisedWords {
  return new CapitalisedInside(text);
}

class CapitalisedInside implements CapitalisedWords {
  private words: Set<string> | null = null;

  constructor(private readonly text: string) {}

  has(word: string): boolean {
    if (this.words === null) {
      this.words = new Set<string>();
      for (const match of this.text.matchAll(/[a-z,;] +(\p{Lu}\p{Ll}+)/gu)) this.words.add(match[1]!);
    }
    return this.words.has(word);
  }
}

/**
 * Every capitalised run of a paragraph outside quotes that ends in something name-like. `proper`:
 * the article's words written capitalised inside a sentence (capitalisedInside), which make a
 * common word opening a sentence a name before a role.
 */
export function findMentions(p: ParagraphTokens, text: string, proper: CapitalisedWords = NO_WORDS): Mention[] {
  const mentions: Mention[] = [];
  let next = 0;
  // Only the tokens that can start a run are looked at (the paragraph's scan listed them).
  for (const start of p.runStarts) {
    const i = afterAgency(p, afterTimeWord(p, start));
    if (i < next || p.quote[i] !== -1 || !canStartRun(p, i)) continue;
    let j = i + 1;
    for (let step = continuesRun(p, j); step > 0; step = continuesRun(p, j)) j += step;
    // (The name after the `and` is a run of its own: it starts after `next`.)
    const and = pairedNameAnd(p, i, j - 1);
    if (and > 0) j = and;
    const couple = coupleFirstName(p, text, i, j - 1);
    if (couple) mentions.push(rulesOfRun(p, text, couple, mentions, proper));
    const mention = splitRun(p, text, couple ? i + 2 : i, j - 1);
    if (mention) {
      // `St Margaret’s Hope`, `St John’s Wood`: the name after a saint's possessive goes on naming the place.
      if (saintPossessiveBefore(p, mention.from)) mention.thing = true;
      mentions.push(rulesOfRun(p, text, mention, mentions, proper));
    }
    next = j;
  }
  return mentions;
}

/** Whether `St X's` (or `Saint X's`) stands right before token `from`. */
function saintPossessiveBefore(p: ParagraphTokens, from: number): boolean {
  if (p.normals[from - 1] !== "'s" || !isCapitalised(p, from - 2)) return false;
  const saint = p.normals[from - 3];
  return saint === 'st' || saint === 'st.' || saint === 'saint';
}

/** A run's mention after the rules that remake it from the words around it, in order (each may drop the mention before it). */
function rulesOfRun(
  p: ParagraphTokens,
  text: string,
  mention: Mention,
  mentions: Mention[],
  proper: CapitalisedWords,
): Mention {
  let m = tickerOpened(p, text, mention, mentions);
  m = widenRole(p, text, m, mentions, proper);
  m = bodyBeforeTitle(p, text, m);
  m = bodyPossessor(p, text, m, mentions);
  m = employerAfterName(p, text, m);
  m = relativeSubject(p, text, m);
  m = nicknamed(p, m, mentions);
  return kinNamed(p, m, mentions);
}

/**
 * `Reggie Bush and Julius Jones`, `Carl Bernstein and Bob Woodward, then-rookie reporters`,
 * `defense attorney Peter Lynch and Albany County District Attorney Dave Rossi`: a run that joins a person's
 * full name (a given name with a gender, then a capitalised word; or two capitalised words before a
 * full name that opens with one) to what follows by `and` is two
 * names, not one name (`Julius Jones`) with the first person's for its description; the `and`'s
 * token, or -1. Not before a firm's closing words (`Arthur Andersen and Co`, `… and Sons`).
 */
function pairedNameAnd(p: ParagraphTokens, from: number, last: number): number {
  for (let k = from + 2; k < last; k += 1) {
    if (p.normals[k] !== 'and') continue;
    const after = bare(p, k + 1);
    // (Two capitalised words after it, a name or a title and a name: `Prescott, Ball and Turben` is a firm's.)
    if (
      !isCapitalised(p, k - 1) ||
      !isCapitalised(p, k + 1) ||
      k + 2 > last ||
      !isCapitalised(p, k + 2) ||
      LEGAL_FORMS.has(after) ||
      PAIR_FIRM_ENDS.has(after)
    )
      continue;
    // (The given name before the `and`, or a full name after it that opens with one: `Reggie` is in no list.)
    const before = givenNameGender(p.values[k - 2]!) !== null;
    const next = isCapitalised(p, k - 2) && givenNameGender(p.values[k + 1]!) !== null;
    // (`Joan Felt and Mark Felt Jr.`: a generation's mark after the `and` tells of a namesake, the
    // father, whom the persons' names, compared without it, would join to the son.)
    if ((before || next) && !generationAfter(p, k + 1, last)) return k;
  }
  return -1;
}
/**
 * `Ron and Margaret Featherstone have lived …`: a run of exactly a given name, `and`, a given name
 * and one capitalised word is two people who share the surname (a couple, siblings): the first
 * given name's mention, named with that surname (`Ron Featherstone`), a person as surely as
 * `Margaret Featherstone` after it; else null. Not before a firm's closing word (`Marks and Spencer
 * Group`: `Spencer` is no given name anyway), and only two given names a list knows, with a gender.
 */
function coupleFirstName(p: ParagraphTokens, text: string, from: number, last: number): Mention | null {
  if (last !== from + 3 || p.normals[from + 1] !== 'and' || !isCapitalised(p, last)) return null;
  const surname = bare(p, last);
  if (LEGAL_FORMS.has(surname) || PAIR_FIRM_ENDS.has(surname)) return null;
  const gender = givenNameGender(p.values[from]!);
  if (gender === null || givenNameGender(p.values[from + 2]!) === null) return null;
  const first = nameOfRun(p, text, from, from);
  if (!first) return null;
  const name = `${first.name} ${p.values[last]!}`;
  // (Named so, the first is a person: `givenName` is the evidence clustering takes, as for `kinNamed`.)
  return remade(first, {
    name,
    parts: namePartsOf([first.name, p.values[last]!]),
    desc: null,
    full: name,
    titled: false,
    gender,
    thing: false,
    givenName: true,
  });
}

/** Whether a run's tokens from `from` to `last` hold a generation's mark (`Jr.`, `Sr.`, `III`). */
function generationAfter(p: ParagraphTokens, from: number, last: number): boolean {
  for (let t = from; t <= last + 1 && t < p.length; t += 1) if (GENERATIONS.has(p.normals[t]!)) return true;
  return false;
}
const GENERATIONS = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);
const PAIR_FIRM_ENDS = new Set(['sons', 'son', 'company', 'associates', 'partners', 'brothers', 'daughters']);

/** What a rule changes in a mention it remakes (remade): never its paragraph or sentence. */
type MentionChanges = { -readonly [K in Exclude<keyof Mention, 'para' | 'sentence'>]?: Mention[K] };

/**
 * `m` with `changes` (a field given as undefined is `m`'s), every field written in the order
 * `nameOfRun` sets them, not a spread: one shape for all mentions, as a copy made by a spread has a
 * shape of its own and V8 drops the code that reads both.
 */
function remade(m: Mention, c: MentionChanges): Mention {
  return {
    para: m.para,
    sentence: m.sentence,
    from: c.from !== undefined ? c.from : m.from,
    coreFrom: c.coreFrom !== undefined ? c.coreFrom : m.coreFrom,
    to: c.to !== undefined ? c.to : m.to,
    name: c.name !== undefined ? c.name : m.name,
    parts: c.parts !== undefined ? c.parts : m.parts,
    desc: c.desc !== undefined ? c.desc : m.desc,
    full: c.full !== undefined ? c.full : m.full,
    titled: c.titled !== undefined ? c.titled : m.titled,
    gender: c.gender !== undefined ? c.gender : m.gender,
    afterDeterminer: c.afterDeterminer !== undefined ? c.afterDeterminer : m.afterDeterminer,
    thing: c.thing !== undefined ? c.thing : m.thing,
    speech: c.speech !== undefined ? c.speech : m.speech,
    appositive: c.appositive !== undefined ? c.appositive : m.appositive,
    person: c.person !== undefined ? c.person : m.person,
    designation: c.designation !== undefined ? c.designation : m.designation,
    givenName: c.givenName !== undefined ? c.givenName : m.givenName,
    marked: c.marked !== undefined ? c.marked : m.marked,
  };
}

/**
 * `widow of a sheriff's deputy Nichols murdered.`: a lower-case role after a preposition and an
 * article (and a possessor), a one-word name, then a verb that ends its clause with no object: the
 * name is the subject of a relative clause whose head is the role (`a deputy [whom] Nichols
 * murdered`), so the role is another person's. The mention without it; else `m`.
 */
function relativeSubject(p: ParagraphTokens, text: string, m: Mention): Mention {
  if (m.from === m.coreFrom || m.coreFrom !== m.to || isCapitalised(p, m.from)) return m;
  const verb = m.to + 1;
  if (p.pos[verb] !== 'VERB' || SPEECH_VERBS.has(p.normals[verb]!) || p.sentence[verb] !== p.sentence[m.to]) return m;
  if (p.pos[verb + 1] !== 'PUNCT' && p.sentence[verb + 1] === p.sentence[verb]) return m;
  // Back from the role over lower-case nouns and adjectives and one possessor (`sheriff's`) to `a`.
  let k = m.from - 1;
  for (let n = 0; k >= 0 && n < 4 && p.sentence[k] === p.sentence[m.from]; k -= 1, n += 1) {
    const b = p.normals[k]!;
    if (b === "'s" || ((p.pos[k] === 'NOUN' || p.pos[k] === 'ADJ') && !isCapitalised(p, k))) continue;
    break;
  }
  // (`daughter of the court reporter Nichols murdered`: after a preposition, the noun phrase is no subject.)
  if (!ARTICLES.has(p.normals[k] ?? '') || p.pos[k - 1] !== 'ADP') return m;
  return remade(m, {
    from: m.coreFrom,
    desc: null,
    full: span(text, p.starts[m.coreFrom]!, endOf(p, m.to)),
    titled: false,
    gender: null,
    afterDeterminer: false,
  });
}

/**
 * `Vincent "The Chin" Gigante`: a quoted nickname of one to three capitalised words between a known
 * given name and the run at `m` breaks the name in two; the given name is the run's first (the lone
 * `Vincent` before it is dropped), else a namesake's full name (`Louis Gigante`) would take it.
 */
const NICKNAME_MARKS = new Set(['"', '\u201C', '\u201D']);
function nicknamed(p: ParagraphTokens, m: Mention, mentions: Mention[]): Mention {
  const close = m.coreFrom - 1;
  if (m.from !== m.coreFrom || m.parts.length !== 1 || close < 3 || !NICKNAME_MARKS.has(p.values[close]!)) return m;
  // (Marked a quote span, or not: a headline's marks are not paired.)
  let open = close - 2;
  while (open > close - 5 && open > 0 && !NICKNAME_MARKS.has(p.values[open]!)) open -= 1;
  if (!NICKNAME_MARKS.has(p.values[open]!)) return m;
  for (let k = open + 1; k < close; k += 1) if (!isCapitalised(p, k)) return m;
  const given = open - 1;
  if (given < 0 || p.quote[given] !== -1 || p.sentence[given] !== m.sentence || !isCapitalised(p, given)) return m;
  const gender = givenNameGender(p.values[given]!);
  if (
    gender === null ||
    (given > 0 && p.quote[given - 1] === -1 && p.sentence[given - 1] === m.sentence && isCapitalised(p, given - 1))
  )
    return m;
  // The given name's own run, dropped; its role kept (`Mob boss Vincent "The Chin" Gigante`).
  const last = mentions[mentions.length - 1];
  const own = last !== undefined && last.coreFrom === given && last.to === given ? last : null;
  if (own) mentions.pop();
  const name = `${p.values[given]} ${m.name}`;
  return remade(m, {
    name,
    parts: [p.normals[given]!, ...m.parts],
    desc: own ? own.desc : m.desc,
    full: own && own.from < given ? `${own.full} ${m.name}` : name,
    titled: own ? own.titled : m.titled,
    gender: m.gender ?? gender,
    thing: false,
    givenName: true,
  });
}

/** Kin who share a surname: `Mrs Ashcombe's husband, Tom,` is Tom Ashcombe. */
const KIN_SURNAMED = new Set(['husband', 'wife', 'son', 'daughter', 'brother', 'father', 'widow', 'widower']);

/**
 * `Mrs Ashcombe's husband, Tom,`, `said Helen Ashcombe's son, Daniel.`: a lone given name set off
 * by a comma (and a comma or the sentence's end) after a kin noun that shares a surname, owned by a person named before it (a title or a
 * full name), is that person's given name and the owner's surname.
 */
function kinNamed(p: ParagraphTokens, m: Mention, mentions: readonly Mention[]): Mention {
  const after = p.values[m.to + 1];
  if (m.parts.length !== 1 || m.from !== m.coreFrom || p.values[m.from - 1] !== ',' || (after !== ',' && after !== '.'))
    return m;
  const kin = m.from - 2;
  if (!KIN_SURNAMED.has(p.normals[kin] ?? '') || p.normals[kin - 1] !== "'s") return m;
  const gender = givenNameGender(p.values[m.from]!);
  if (gender === null) return m;
  const owner = mentions[mentions.length - 1];
  if (!owner || owner.to !== kin - 2 || owner.thing || !(owner.titled || owner.parts.length >= 2)) return m;
  const surname = owner.name.split(/\s+/).pop()!;
  const name = `${m.name} ${surname}`;
  // (Named so, the kin is a person: `givenName` is the evidence clustering takes.)
  return remade(m, {
    name,
    parts: [...m.parts, ...owner.parts.slice(-1)],
    full: name,
    gender: m.gender ?? gender,
    givenName: true,
  });
}

/** `On Friday Mr Shultz`: the run starts after a day or a month that ends a time phrase, else at `i`. */
function afterTimeWord(p: ParagraphTokens, i: number): number {
  const glued =
    DAYS_AND_MONTHS.has(p.normals[i]!) &&
    TIME_PREPOSITIONS.has(p.normals[i - 1] ?? '') &&
    p.sentence[i - 1] === p.sentence[i] &&
    p.sentence[i + 1] === p.sentence[i] &&
    p.quote[i + 1] === -1 &&
    isCapitalised(p, i + 1);
  return glued ? i + 1 : i;
}

/**
 * `Monsod told Reuters Finance Secretary Jaime Ongpin had decided …`: a news agency told something is
 * the verb's object, and the capitalised words after it open the clause's subject, no run with it:
 * the token after the agency, else `i`.
 */
function afterAgency(p: ParagraphTokens, i: number): number {
  const told =
    AGENCIES.has(p.normals[i]!) &&
    TOLD.has(p.normals[i - 1] ?? '') &&
    p.sentence[i + 1] === p.sentence[i] &&
    p.quote[i + 1] === -1 &&
    isCapitalised(p, i + 1);
  return told ? i + 1 : i;
}
const TOLD = new Set(['told', 'tell', 'tells', 'telling']);

/** `full-back` split by the tokenizer as `full - back`, with token k its last word: the compound role, or ''. */
export function compoundRole(p: ParagraphTokens, k: number): string {
  if (p.values[k - 1] !== '-' || k < 2) return '';
  const word = `${p.normals[k - 2]}-${p.normals[k]}`;
  return COMPOUND_ROLES.has(word) ? word : '';
}

/** Qualifiers that keep a role someone else's (`Shadow home secretary` is not the home secretary). */
const ROLE_QUALIFIERS = new Set(['shadow', 'former', 'deputy', 'acting', 'interim', 'junior', 'assistant']);

/**
 * `Director of rugby` before the name at `from`: the role noun's token when one or two lower-case
 * nouns (its field) and `of` stand between it and the name, all in the name's sentence, else -1.
 */
function roleOfField(p: ParagraphTokens, from: number): number {
  let k = from - 1;
  while (k >= 0 && from - k <= 2 && p.pos[k] === 'NOUN' && !isCapitalised(p, k) && p.quote[k] === -1) k -= 1;
  if (k === from - 1 || k < 1 || p.normals[k] !== 'of' || p.sentence[k - 1] !== p.sentence[from]) return -1;
  const role = bare(p, k - 1);
  if (p.quote[k - 1] !== -1 || !(LOWERCASE_ROLES.has(role) || (TITLES.has(role) && !HONORIFICS.has(role)))) return -1;
  // (`director-general of finance`: the hyphenated role whole.)
  let head = k - 1;
  while (
    head >= 2 &&
    p.values[head - 1] === '-' &&
    endOf(p, head - 2) === p.starts[head - 1] &&
    endOf(p, head - 1) === p.starts[head]
  )
    head -= 2;
  return head;
}

/**
 * The lower-case words of rank before a role noun that `roleOfField` found (`senior vice president
 * of marketing Phil Schiller`: `vice` and `senior` are the post's, which `president of marketing`
 * alone is not), up to three, in its sentence; the token where the role starts.
 */
function rankWordsBefore(p: ParagraphTokens, head: number): number {
  let k = head;
  while (
    k > 0 &&
    head - k < 3 &&
    RANK_WORDS.has(p.values[k - 1]!) &&
    p.quote[k - 1] === -1 &&
    p.sentence[k - 1] === p.sentence[head]
  )
    k -= 1;
  return k;
}

/** Lower-case words that rank a role noun after them (`senior vice president`, `deputy director`). */
const RANK_WORDS = new Set([
  'senior',
  'junior',
  'vice',
  'deputy',
  'assistant',
  'associate',
  'executive',
  'chief',
  'acting',
  'interim',
]);

/** The token where a plural possessive ending at `k` starts (`Supporters'`, `Supporters` `'`), else -1. */
function pluralPossessiveAt(p: ParagraphTokens, k: number): number {
  const v = p.values[k]!;
  if (/^\p{L}+s['\u2019]$/u.test(v)) return k;
  if ((v === "'" || v === '\u2019') && k > 0 && /s$/.test(p.values[k - 1]!) && endOf(p, k - 1) === p.starts[k])
    return p.quote[k - 1] === -1 && p.sentence[k - 1] === p.sentence[k] ? k - 1 : -1;
  return -1;
}

/** Lower-case words that widen a role before a name (`festival organiser`, `chairman and chief executive`). */
const ROLE_PREFIX_POS = new Set(['NOUN', 'ADJ']);

/**
 * A role that starts in lower case, or a compound one (`full-back`), takes the words of the role
 * before it: `festival organiser Michael Eavis`, `chairman and chief executive Richard Parsons`,
 * `the Sale full-back Jason Robinson` (the club's one-word run before it is part of the role).
 */
function widenRole(
  p: ParagraphTokens,
  text: string,
  m: Mention,
  mentions: Mention[],
  proper: CapitalisedWords,
): Mention {
  let from = m.from;
  let owner = '';
  // `Sale full-back Jason Robinson`: a hyphenated role the run did not take.
  if (
    from === m.coreFrom &&
    p.values[from - 2] === '-' &&
    COMPOUND_ROLES.has(`${p.normals[from - 3]}-${p.normals[from - 1]}`) &&
    p.quote[from - 3] === -1 &&
    p.sentence[from - 3] === p.sentence[from]
  ) {
    from -= 3;
    const club = mentions[mentions.length - 1];
    // (`Sale Sharks full-back Jamie Brocklehurst`: a club's run of up to three words, no person's.)
    if (club && club.to === from - 1 && club.to - club.from < 3 && !club.titled && !club.givenName) {
      mentions.pop();
      from = club.from;
    } else if (from > 0 && isCapitalised(p, from - 1) && p.quote[from - 1] === -1 && !startsSentence(p, from - 1))
      from -= 1;
  } else if (from < m.coreFrom && !isCapitalised(p, from)) {
    for (let k = from - 1, n = 0; k >= 0 && n < 4; k -= 1, n += 1) {
      if (p.quote[k] !== -1 || p.sentence[k] !== p.sentence[from]) break;
      const county = countySetOff(p, k);
      if (county >= 0) {
        // (The mention still starts at the role: the county's run is no one's name.)
        while (mentions.length > 0 && mentions[mentions.length - 1]!.from >= county) mentions.pop();
        owner = `${span(text, p.starts[county]!, endOf(p, k))} `;
        break;
      }
      const b = bare(p, k);
      // `Supporters' club chairman Ken Hollowell`, `the miners' leader`: a plural possessive opens the role.
      let plural = pluralPossessiveAt(p, k);
      if (plural >= 0) {
        // … with the owner's other capitalised words (`Nikko Securities' top analyst`).
        for (let n = 0; n < 3 && plural > 0 && isCapitalised(p, plural - 1) && p.quote[plural - 1] === -1; n += 1) {
          if (p.sentence[plural - 1] !== p.sentence[k] || DETERMINERS.has(bare(p, plural - 1))) break;
          plural -= 1;
        }
        from = plural;
        break;
      }
      // `French-owned Total CFP's vice president Pierre Vaillaud`: a body's possessive opens the role
      // (the mention still starts at the role: the possessor's run stays as it was).
      if (POSSESSIVE_MARKS.has(b)) {
        const whose = possessorRun(p, k, mentions);
        if (whose >= 0) owner = `${span(text, p.starts[whose]!, endOf(p, k))} `;
        break;
      }
      // `Bache Securities (Japan) associate vice president`, `American Soybean Association (ASA) board
      // chairman`: a firm's or body's country or acronym in brackets is no stop; the name before it is whose.
      const open = bracketedBefore(p, k);
      if (open >= 0) {
        while (mentions.length > 0 && mentions[mentions.length - 1]!.from >= open) mentions.pop();
        const last = open - 1;
        const run = mentions[mentions.length - 1];
        const body = ORGANISATION_NOUNS.has(bare(p, last)) || FIRM_LAST_WORDS.has(bare(p, last));
        if (last >= 0 && isCapitalised(p, last) && (body || ownerBefore(p, last, mentions)))
          from = run !== undefined && run.to === last ? mentions.pop()!.from : last;
        break;
      }
      // `Shadow home secretary David Davis`: a qualifier that opens the sentence belongs to the role.
      if (isCapitalised(p, k)) {
        if (ROLE_QUALIFIERS.has(b)) from = k;
        else if (firmRunAt(p, k, mentions) || bodyRunOpening(p, k, mentions)) from = mentions.pop()!.from;
        else if (firmOfTicker(p, k, mentions) !== null) {
          // `ANZ Banking Group Ltd ANZA.S senior economist Ian Little`: the firm's, its ticker left
          // out (the mention still starts at the role: the tokenizer may end a sentence at the ticker).
          owner = `${span(text, p.starts[mentions.pop()!.from]!, endOf(p, tickerStem(p, k) - 1))} `;
        } else if (ownerBefore(p, k, mentions, proper)) {
          // (A run the name finder made of it is no one's name: it goes with the role.)
          const run = mentions[mentions.length - 1];
          from = run !== undefined && run.to === k ? mentions.pop()!.from : k;
        }
        break;
      }
      if (b === 'and' && LOWERCASE_ROLES.has(bare(p, k - 1))) continue;
      // `Ecuador mines and energy minister`: a portfolio of two nouns joined by `and` before the role
      // noun is all the role's (the word after `and` qualifies the noun, it is not the role itself).
      if (
        b === 'and' &&
        k + 1 === from &&
        from < m.coreFrom - 1 &&
        k >= 1 &&
        p.pos[k - 1] === 'NOUN' &&
        !isCapitalised(p, k - 1) &&
        !LOWERCASE_ROLES.has(bare(p, k - 1)) &&
        p.quote[k - 1] === -1 &&
        p.sentence[k - 1] === p.sentence[k]
      ) {
        from = k - 1;
        k -= 1;
        continue;
      }
      // `Super-agent Scott Boras`, `institute neuro-scientist Dr. Candace Pert`: a word joined by a
      // tight hyphen is the compound's, whatever its tag or case.
      if (b === '-' && tightHyphen(p, k) && p.quote[k - 1] === -1 && p.sentence[k - 1] === p.sentence[k]) {
        from = k - 1;
        k -= 1;
        continue;
      }
      if (ROLE_PARTICIPLES.has(b)) {
        from = k;
        continue;
      }
      if (!ROLE_PREFIX_POS.has(p.pos[k]!) || DETERMINERS.has(b) || NOT_NAME_START.has(b)) break;
      from = k;
    }
  } else if (from === m.coreFrom) {
    // `Director of rugby Gavin Ashurst`, `head of state Vladimir Putin`: a role and its field in lower case.
    const head = roleOfField(p, from);
    if (head < 0) return m;
    from = rankWordsBefore(p, head);
    // `Sale director of rugby Colin Ferris`: the club's word opening the sentence, a name in the article.
    const owner = from - 1;
    if (
      owner >= 0 &&
      startsSentence(p, owner) &&
      p.quote[owner] === -1 &&
      proper.has(p.values[owner]!) &&
      ownerBefore(p, owner, mentions, proper)
    )
      from = owner;
  } else return m;
  if (from === m.from && owner === '') return m;
  const before = from > 0 ? p.normals[from - 1] : undefined;
  return remade(m, {
    from,
    desc: owner + span(text, p.starts[from]!, endOf(p, m.coreFrom - 1)).replace(HONORIFIC_TAIL, ''),
    full: owner + span(text, p.starts[from]!, endOf(p, m.to)),
    titled: true,
    afterDeterminer: before !== undefined && DETERMINERS.has(before) && p.sentence[from - 1] === p.sentence[from],
  });
}

/**
 * `Analyst Joseph Rooney with brokers James Capel in London`, `analyst George Baker at Smith Barney`:
 * a role word alone before the name, then `with`/`at`, up to two lower-case nouns for a firm
 * (`brokers`) and a capitalised run (joined by `and`, `of`) that no lower-case noun follows, is the
 * analyst's employer: the description takes it (`Analyst with brokers James Capel`). A run opened by a
 * known given name is a person's unless such a noun stands before it. Else `m`.
 */
function employerAfterName(p: ParagraphTokens, text: string, m: Mention): Mention {
  if (m.desc === null || m.from === m.coreFrom || m.thing || m.coreFrom - m.from > 2) return m;
  if (!EMPLOYED_ROLES.has(bare(p, m.coreFrom - 1))) return m;
  const at = m.to + 1;
  if (!EMPLOYER_LINKS.has(p.normals[at] ?? '') || !sameClause(p, at, m.to)) return m;
  let k = at + 1;
  let nouns = 0;
  while (nouns < 2 && sameClause(p, k, at) && FIRM_NOUNS.has(p.normals[k] ?? '')) {
    k += 1;
    nouns += 1;
  }
  const first = k;
  if (
    !sameClause(p, first, at) ||
    !isCapitalised(p, first) ||
    (nouns === 0 && givenNameGender(p.values[first]!) !== null)
  )
    return m;
  let end = first;
  while (
    end + 1 < p.length &&
    end - first < 6 &&
    sameClause(p, end + 1, at) &&
    (isCapitalised(p, end + 1) || (RUN_JOINERS.has(p.normals[end + 1]!) && isCapitalised(p, end + 2)))
  )
    end += 1;
  const next = end + 1;
  if (next < p.length && sameClause(p, next, at) && !isCapitalised(p, next) && p.pos[next] === 'NOUN') return m;
  const whose = span(text, p.starts[at]!, endOf(p, end));
  return remade(m, { desc: `${m.desc} ${whose}` });
}
const EMPLOYED_ROLES = new Set(['analyst', 'economist', 'strategist']);
const EMPLOYER_LINKS = new Set(['with', 'at']);
const FIRM_NOUNS = new Set([
  'brokers',
  'broker',
  'stockbrokers',
  'stockbroker',
  'brokerage',
  'firm',
  'bank',
  'securities',
]);
const RUN_JOINERS = new Set(['and', 'of', '&']);

/**
 * `Harrison County, Miss., coroner Gary Hargrove`: a county (`County`, `Parish`, `Borough` ending a
 * capitalised run) and its state's abbreviation, set off by commas, the second at `comma` right
 * before a role in lower case, are whose the role is (a coroner alone lost his county): the county
 * run's first token; else -1.
 */
function countySetOff(p: ParagraphTokens, comma: number): number {
  if (p.values[comma] !== ',') return -1;
  let k = comma - 1;
  if (p.values[k] === '.') k -= 1;
  if (k < 2 || !STATE_ABBREVIATION.test(p.values[k]!.replace(A_FULL_STOP, ''))) return -1;
  k -= 1;
  if (p.values[k] === '.') k -= 1;
  if (p.values[k] !== ',' || !COUNTY_WORDS.has(p.values[k - 1] ?? '')) return -1;
  let start = k - 1;
  while (start - 1 >= 0 && k - start < 4 && isCapitalised(p, start - 1) && sameClause(p, start - 1, comma)) start -= 1;
  return start < k - 1 && sameClause(p, start, comma) && !DETERMINERS.has(bare(p, start)) ? start : -1;
}
const COUNTY_WORDS = new Set(['County', 'Parish', 'Borough']);
const STATE_ABBREVIATION = /^[A-Z][a-z]{1,4}$/;
const A_FULL_STOP = /\.$/;

/**
 * `Lebanese central bank Vice Governor Meguerditch Bouldikian`: a capitalised title right after a
 * body's noun in lower case (`bank`, `committee`, `company`; up to two lower-case words before it,
 * `central`, and a nationality or country before those) is that body's post: the role takes the
 * body, which says whose Vice Governor he is. Else `m`.
 */
function bodyBeforeTitle(p: ParagraphTokens, text: string, m: Mention): Mention {
  const { from } = m;
  if (from === m.coreFrom || m.desc === null || m.thing || from < 1 || !titleWord(bare(p, from))) return m;
  const body = from - 1;
  if (!ORGANISATION_NOUNS.has(p.normals[body]!) || !lowerWordOfRole(p, body, from) || isCapitalised(p, body)) return m;
  let start = body;
  while (start - 1 >= 0 && body - start < 2 && lowerWordOfRole(p, start - 1, from)) start -= 1;
  // `Head of the agency Captain Manrosan`: a body after a preposition is that phrase's object, not
  // the title's owner.
  const det = DETERMINERS.has(p.normals[start - 1] ?? '') ? start - 1 : start;
  if (det > 0 && p.pos[det - 1] === 'ADP' && p.sentence[det - 1] === p.sentence[from]) return m;
  // (`Lebanese`, `Brazilian`: the body's country.)
  if (start - 1 >= 0 && isCapitalised(p, start - 1) && PLACES.has(bare(p, start - 1)) && sameClause(p, start - 1, from))
    start -= 1;
  const before = start > 0 ? p.normals[start - 1] : undefined;
  return remade(m, {
    from: start,
    desc: `${span(text, p.starts[start]!, endOf(p, body))} ${m.desc}`,
    full: span(text, p.starts[start]!, endOf(p, m.to)),
    afterDeterminer: before !== undefined && DETERMINERS.has(before) && p.sentence[start - 1] === p.sentence[start],
  });
}

/**
 * Token `k` is a lower-case noun or adjective (no determiner; capitalised only as its sentence's first
 * word) outside quotes in the sentence of token `at`.
 */
function lowerWordOfRole(p: ParagraphTokens, k: number, at: number): boolean {
  // (`Central bank Governor Chang Chi-cheng`: the sentence's first word is capitalised, and the
  // tagger may call it a proper noun.)
  return (
    sameClause(p, k, at) &&
    (isCapitalised(p, k)
      ? startsSentence(p, k) && (ROLE_PREFIX_POS.has(p.pos[k]!) || NON_PERSON_WORDS.has(p.normals[k]!))
      : ROLE_PREFIX_POS.has(p.pos[k]!)) &&
    !DETERMINERS.has(p.normals[k]!) &&
    !NOT_NAME_START.has(p.normals[k]!)
  );
}
const sameClause = (p: ParagraphTokens, k: number, at: number): boolean =>
  p.quote[k] === -1 && p.sentence[k] === p.sentence[at];

/**
 * `Texas Attorney General's Office spokesman Jerry Strickland`: a description that opens with a body's
 * word (`Office`, `Department`; no title) right after a possessive `'s` closing capitalised words that
 * name no person (no mention, or a thing's) is that body's, and the body is theirs: the role takes
 * them back (`Office spokesman` alone lost whose office). Else `m`.
 */
function bodyPossessor(p: ParagraphTokens, text: string, m: Mention, mentions: readonly Mention[]): Mention {
  const { from } = m;
  if (from === m.coreFrom || m.desc === null || from < 2 || !isCapitalised(p, from)) return m;
  const b = bare(p, from);
  if (!NON_PERSON_WORDS.has(b) || titleWord(b) || !POSSESSIVE_MARKS.has(p.normals[from - 1]!)) return m;
  const end = from - 2;
  const owner = mentions[mentions.length - 1];
  if (owner !== undefined && owner.to === end && !owner.thing) return m;
  let start = end + 1;
  while (start - 1 >= 0 && end - start < 3 && sameClause(p, start - 1, from) && isCapitalised(p, start - 1)) start -= 1;
  if (start > end || DETERMINERS.has(bare(p, start))) return m;
  // (The mention still starts at the body's word: the possessor's run stays as it was.)
  const whose = span(text, p.starts[start]!, endOf(p, from - 1));
  return remade(m, { desc: `${whose} ${m.desc}`, full: `${whose} ${m.full}` });
}
const POSSESSIVE_MARKS = new Set(["'s", '\u2019s']);

/**
 * `B and C managing director Peter Goldie`, `Refco Inc senior vice president Michael Connery`: the
 * run just before a role widened from lower case, ending at token `k` in its sentence, is a firm's
 * name (letters joined by `and` or `&`, no person is called `C`; or words ending in a legal form), so
 * it owns the role rather than standing apart.
 */
function firmRunAt(p: ParagraphTokens, k: number, mentions: readonly Mention[]): boolean {
  const run = mentions[mentions.length - 1];
  if (!run || run.to !== k || run.from === run.to || p.sentence[run.from] !== p.sentence[k]) return false;
  if (LEGAL_FORMS.has(bare(p, k).replace(TRAILING_DOT, '')) && isCapitalised(p, k - 1)) return true;
  let joined = false;
  for (let t = run.from; t <= run.to; t += 1) {
    const v = p.values[t]!;
    if (v === '&' || p.normals[t] === 'and') joined = t > run.from && t < run.to;
    else if (!FIRM_INITIALS.test(v)) return false;
  }
  return joined;
}
const FIRM_INITIALS = /^[A-Z]{1,3}\.?$/;

/**
 * `the CNN medical correspondent Dr Sanjay Gupta`, `Renouf managing director Mike Cashin said`: a
 * capitalised word, or a body's run of them, that is no person's (no title, no given name) ending at
 * token `k` right before a role widened from lower case (over a participle or an adjective the run
 * did not go on over) is whose the role is, as in `Renouf chairman`. Not the object of a verb other
 * than `said` or of a preposition (`told Reuters`, `at Boeing`), nor a day's or a month's name.
 */
function ownerBefore(
  p: ParagraphTokens,
  k: number,
  mentions: readonly Mention[],
  proper: CapitalisedWords = NO_WORDS,
): boolean {
  const last = mentions[mentions.length - 1];
  const run = last !== undefined && last.to === k ? last : null;
  if (run && (run.desc !== null || run.gender !== null || run.givenName || (run.from !== run.to && !run.thing)))
    return false;
  const first = run ? run.from : k;
  if (k - first > 3 || p.sentence[first] !== p.sentence[k]) return false;
  for (let t = first; t <= k; t += 1) {
    const b = bare(p, t);
    if (!isCapitalised(p, t) || HONORIFICS.has(b) || TITLES.has(b) || DAYS_AND_MONTHS.has(b)) return false;
  }
  if (givenNameGender(p.values[first]!) !== null || NOT_NAME_START.has(bare(p, first))) return false;
  // (A lone letter is a ticker's exchange, `VOWG.F`, or an initial.)
  if (first === k && p.values[k]!.length < 2) return false;
  // (`Sale director of rugby Colin Ferris`: a common word opening the sentence is a name when the
  // article writes it capitalised inside a sentence too, `Sale's hopes`.)
  const named = startsSentence(p, k) && proper.has(p.values[k]!);
  if (!run && p.pos[k] !== 'PROPN' && !ACRONYM.test(p.values[k]!) && !named) return false;
  if (startsSentence(p, first)) return true;
  const before = p.pos[first - 1];
  if (isCapitalised(p, first - 1) || before === 'ADP' || before === 'AUX') return false;
  return before !== 'VERB' || INVERTED_SAID.has(p.normals[first - 1]!);
}
/** Speech verbs whose subject may follow them (`said Renouf managing director Mike Cashin`). */
const INVERTED_SAID = new Set(['said', 'says', 'added', 'adds']);

/**
 * The first token of the run whose possessive `'s` is token `k`, when that run names no person (a
 * body's, or capitalised words with no title and no given name: `Total CFP's`, `Britain's`), in
 * `k`'s clause: the capitalised words right before the mark (`French-owned Total CFP`: `Total CFP`);
 * else -1.
 */
function possessorRun(p: ParagraphTokens, k: number, mentions: readonly Mention[]): number {
  if (k < 1 || endOf(p, k - 1) !== p.starts[k] || !sameClause(p, k - 1, k) || !isCapitalised(p, k - 1)) return -1;
  const last = mentions[mentions.length - 1];
  const run = last !== undefined && last.to === k - 1 ? last : null;
  if (run && !run.thing && (run.desc !== null || run.gender !== null || run.givenName)) return -1;
  let start = k - 1;
  while (start - 1 >= 0 && k - start < 4 && sameClause(p, start - 1, k) && isCapitalised(p, start - 1)) start -= 1;
  while (start < k - 1 && (DETERMINERS.has(bare(p, start)) || NOT_NAME_START.has(bare(p, start)))) start += 1;
  if (DETERMINERS.has(bare(p, start)) || NOT_NAME_START.has(bare(p, start))) return -1;
  if (!run && p.pos[start] !== 'PROPN' && !ACRONYM.test(p.values[start]!)) return -1;
  return run || givenNameGender(p.values[start]!) === null || start < k - 1 ? start : -1;
}

/**
 * `Former Kutztown University football player Brian Nichols`, `Canadian Petroleum Association
 * technical director Hans Maciej`: a body's run of two capitalised words or more (a thing:
 * `University`, `Association`, `Corp`; a qualifier, `Former`, may stand first) that opens its
 * sentence and ends at token `k` right before a role widened from lower case is whose the role is:
 * `football player` alone is cut short. (After a preposition or a verb, `at Kutztown University`, the
 * body is no owner of the role.)
 */
function bodyRunOpening(p: ParagraphTokens, k: number, mentions: readonly Mention[]): boolean {
  const run = mentions[mentions.length - 1];
  if (!run || run.to !== k || !run.thing || run.from === run.to || p.sentence[run.from] !== p.sentence[k]) return false;
  for (let t = run.from; t <= run.to; t += 1) if (!isCapitalised(p, t) && p.values[t] !== '-') return false;
  return startsSentence(p, run.from);
}

const HONORIFIC_TAIL = /(\s+(Mr|Mrs|Ms|Miss|Sir|Dame|Lord|Lady)\.?)+$/;

/** Roles written with a hyphen, which the tokenizer splits (`full-back`). */
export const COMPOUND_ROLES: ReadonlySet<string> = new Set([
  'full-back',
  'centre-back',
  'centre-half',
  'fly-half',
  'scrum-half',
  'wing-back',
  'all-rounder',
  'front-runner',
  'co-founder',
  'vice-chairman',
  'vice-president',
  'chief-executive',
]);

/**
 * The `(` of a bracket closing at token k that holds one to three capitalised words (a country, an
 * acronym: `(Japan)`, `(ASA)`) in k's sentence, outside quotes; else -1.
 */
function bracketedBefore(p: ParagraphTokens, k: number): number {
  if (p.values[k] !== ')') return -1;
  for (let j = k - 1; j >= 0 && k - j <= 4; j -= 1) {
    if (p.sentence[j] !== p.sentence[k] || p.quote[j] !== -1) return -1;
    if (p.values[j] === '(') return j < k - 1 ? j : -1;
    if (!isCapitalised(p, j)) return -1;
  }
  return -1;
}

/**
 * `Kidder, Peabody and Co`, `Smith Barney, Harris Upham and Co`: after the comma at token `comma`
 * (a capitalised word before it), one to three capitalised words, then `and` or `&` and a firm's legal
 * form, all in one sentence outside quotes, go on with the firm's name before the comma: the token
 * after the name (`Co Ltd`: every legal form taken), else -1.
 */
export function firmNameAfterComma(p: ParagraphTokens, comma: number): number {
  if (p.values[comma] !== ',' || comma < 1 || !isCapitalised(p, comma - 1)) return -1;
  let k = comma + 1;
  while (
    k < p.length &&
    k - comma <= 3 &&
    isCapitalised(p, k) &&
    !LEGAL_FORMS.has(bare(p, k).replace(TRAILING_DOT, ''))
  )
    k += 1;
  if (k === comma + 1 || (p.normals[k] !== 'and' && p.values[k] !== '&')) return -1;
  k += 1;
  if (k >= p.length) return -1;
  for (let t = comma; t <= k; t += 1) if (p.quote[t] !== -1 || p.sentence[t] !== p.sentence[comma]) return -1;
  // (`Eppler, Geurin and Turner, a Dallas brokerage`: partners' surnames, the firm's kind set off after.)
  if (isCapitalised(p, k) && kindSetOffAfter(p, k + 1)) return k + 1;
  if (!LEGAL_FORMS.has(bare(p, k).replace(TRAILING_DOT, ''))) return -1;
  k += 1;
  while (k < p.length && p.sentence[k] === p.sentence[comma] && LEGAL_FORMS.has(bare(p, k).replace(TRAILING_DOT, '')))
    k += 1;
  return k;
}

/** `, a Dallas brokerage`: a comma at `comma`, `a` or `an`, then a firm's noun within three words. */
function kindSetOffAfter(p: ParagraphTokens, comma: number): boolean {
  if (p.values[comma] !== ',' || !INDEFINITE_ARTICLES.has(p.normals[comma + 1] ?? '')) return false;
  for (let k = comma + 2; k < p.length && k <= comma + 4 && p.sentence[k] === p.sentence[comma]; k += 1)
    if (FIRM_NOUNS.has(p.normals[k]!)) return true;
  return false;
}

/** A hyphen at token k written tight against the words on both sides (`neuro-scientist`, not `Smith - the`). */
const tightHyphen = (p: ParagraphTokens, k: number): boolean =>
  k > 0 && endOf(p, k - 1) === p.starts[k] && endOf(p, k) === p.starts[k + 1];

// Helpers of splitRun at module level: a closure made on every call costs (tsx keeps function names).
function hyphenated(p: ParagraphTokens, from: number, k: number): boolean {
  return p.values[k - 1] === '-' && endOf(p, k - 1) === p.starts[k] && k - 2 >= from && isCapitalised(p, k - 2);
}

/** The words of tokens a..b, hyphens left out. */
function words(p: ParagraphTokens, a: number, b: number): string[] {
  const out: string[] = [];
  for (let k = a; k <= b; k += 1) if (p.values[k] !== '-') out.push(p.values[k]!);
  return out;
}

function splitRun(p: ParagraphTokens, text: string, from: number, last: number): Mention | null {
  if (from === last) {
    // Most runs are one word, and most of those are places, firms or acronyms (`U.S.`, `Reuters`):
    // no mention for them, which tells attribution the same as a mention of a thing.
    if (!isCapitalised(p, from)) return null;
    const b = bare(p, from);
    const value = p.values[from]!;
    if (TITLES.has(b) || NON_PERSON_WORDS.has(b) || PLACES.has(b) || ACRONYM.test(value) || value.includes('.'))
      return null;
    // (A ticker's exchange letter, `S` of `ANZA.S`, names nobody.)
    if (tickerStem(p, from) >= 0) return null;
    return nameOfRun(p, text, from, last);
  }
  if (acronymBeforeSpeaker(p, text, from, last)) return nameOfRun(p, text, last, last);
  // `Portuguese Ambassador to Peking Octavio Valerio`: the post's place, then the name (its last two words).
  if (last - from >= 2 && p.normals[from - 1] === 'to' && titleWord(bare(p, from - 2)) && isCapitalised(p, last - 1))
    return nameOfRun(p, text, last - 1, last);
  for (let c = from + 1; c < last; c += 1) {
    if (p.normals[c] !== 'of' && p.normals[c] !== 'for') continue;
    const split = splitAtOf(p, text, from, last, c);
    if (split === 'stop') break;
    if (split !== null) return split;
  }
  return nameOfRun(p, text, from, last);
}

/**
 * `In a live interview with the BBC Capaldi admitted`: `the`, an acronym and one plain capitalised
 * word that is no title, body or place, with a speech verb right after, are a body (`the BBC`) and
 * the surname of the person who speaks, two names the missing comma ran together; no person is
 * called `BBC Capaldi`. (`The EC Commission made`, `the MAGIC Group owns`: a body's word, or no
 * speech verb, keep the run whole.)
 */
function acronymBeforeSpeaker(p: ParagraphTokens, text: string, from: number, last: number): boolean {
  if (last !== from + 1 || p.normals[from - 1] !== 'the' || !ACRONYM.test(p.values[from]!)) return false;
  const word = bare(p, last);
  if (!PLAIN_WORD.test(p.values[last]!) || TITLES.has(word) || NON_PERSON_WORDS.has(word) || PLACES.has(word))
    return false;
  if (!SPEECH_VERBS.has(p.normals[last + 1] ?? '') || p.sentence[last + 1] !== p.sentence[last]) return false;
  // … and the word is written elsewhere in the article, as a person's surname is (`The UGSG Website
  // says`: once only, a body's word).
  const value = p.values[last]!;
  const at = p.starts[last]!;
  return text.indexOf(value) !== at || text.indexOf(value, at + 1) >= 0;
}

/**
 * `Christian of the U.S. League of Savings Institutions`, `Jack Kirnan of Kidder Peabody`: a name, then
 * where the person works. (`Secretary of State ...` and `Bank of America` are not split: a title or an
 * organisation stands before the `of`.) Null: no split at this `of`; 'stop': none at any.
 */
function splitAtOf(p: ParagraphTokens, text: string, from: number, last: number, c: number): Mention | null | 'stop' {
  const before = bare(p, c - 1);
  // `Friends of the Earth`: one plural noun for people before `of` opens a body's name.
  if (c - 1 === from && BODY_PLURALS.has(before)) return 'stop';
  if (
    !isCapitalised(p, c - 1) ||
    TITLES.has(before) ||
    NON_PERSON_WORDS.has(before) ||
    PLACES.has(before) ||
    ACRONYM.test(p.values[c - 1]!)
  )
    return null;
  // `American Chamber of Commerce president George Drysdale`: the name is at the end, not before `of`.
  for (let k = c + 1; k < last; k += 1)
    if (!isCapitalised(p, k) && LOWERCASE_ROLES.has(bare(p, k)) && isCapitalised(p, k + 1)) return 'stop';
  const head = splitRun(p, text, from, c - 1);
  if (!head || head.thing || head.parts.some(isPlace)) return null;
  let tailFrom = c + 1;
  while (tailFrom <= last && CONNECTORS.has(p.normals[tailFrom]!)) tailFrom += 1;
  if (tailFrom > last) return head;
  // (`Alan Zimmerman of Kidder, Peabody and Co.`: the firm's name goes on after its comma.)
  const firmEnd = firmNameAfterComma(p, last + 1);
  const where = span(text, p.starts[tailFrom]!, endOf(p, firmEnd > 0 ? firmEnd - 1 : last));
  head.full = span(text, p.starts[from]!, endOf(p, last));
  // `Lord Nicholls of Birkenhead`: a peer's designation, part of how he is called, not a role.
  if (head.coreFrom === c - 1 && PEER_TITLES.has(bare(p, c - 2)) && tailFrom === c + 1) {
    head.designation = where;
    return head;
  }
  if (countryInFirmName(p, head, c, tailFrom, last)) return head;
  head.desc = head.desc === null ? where : `${head.desc}, ${where}`;
  return head;
}

/**
 * `Volkswagen of America said`, `Honda of Canada`: one word that is no given name, then `of` and a
 * country alone, is a firm's name for its arm there, not a person working at a place: the country is
 * no description.
 */
function countryInFirmName(p: ParagraphTokens, head: Mention, c: number, tailFrom: number, last: number): boolean {
  return (
    tailFrom === last &&
    tailFrom === c + 1 &&
    head.from === c - 1 &&
    head.coreFrom === c - 1 &&
    givenNameGender(p.values[c - 1]!) === null &&
    FIRM_COUNTRIES.has(bare(p, tailFrom))
  );
}

const isPlace = (part: string): boolean => PLACES.has(part);

/** The name and description of a run of tokens from..last. */
/** Letters after a name (`Helena Kennedy QC`, `Peter White MP`): no part of it. */
export const POST_NOMINALS = new Set([
  'QC',
  'KC',
  'MP',
  'MEP',
  'MSP',
  'AM',
  'OBE',
  'CBE',
  'MBE',
  'KBE',
  'DBE',
  'PC',
  'FRS',
]);

/**
 * A wire ticker after a firm's name (`McDonnell Douglas Corp MD.N`, `Jal JAPN.T`) is no part of a
 * name, and alone names nobody: the last token of the run before it (below `from` when the run is
 * the ticker alone).
 */
function beforeTickers(p: ParagraphTokens, from: number, to: number): number {
  // (The tokenizer writes `MD.N` as `MD.` and `N`, with no space between.)
  while (
    to - 1 >= from &&
    EXCHANGE.test(p.values[to]!) &&
    TICKER_STEM.test(p.values[to - 1]!) &&
    endOf(p, to - 1) === p.starts[to]
  )
    to -= 2;
  return to;
}

/**
 * `Reuters Holdings Plc RTRS.L chairman Sir Christopher Hogg`, `Sony Corp SNE.T chairman Akio Morita`:
 * a run that opens with a ticker's exchange letters (`L`, `T`) glued to its stem, the stem ending
 * the firm's run just before, lost the firm whose post the role is: the role takes the firm's name
 * back (the ticker left out) and the firm's run is dropped, as `Refco Inc senior vice president`
 * keeps its firm. Else `m`.
 */
function tickerOpened(p: ParagraphTokens, text: string, m: Mention, mentions: Mention[]): Mention {
  const { from } = m;
  if (from === m.coreFrom || m.desc === null) return m;
  const firm = firmOfTicker(p, from, mentions);
  if (firm === null || !m.desc.startsWith(`${p.values[from]} `)) return m;
  mentions.pop();
  const owner = span(text, p.starts[firm.from]!, endOf(p, tickerStem(p, from) - 1));
  // (The mention still starts at the letters: the tokenizer may end a sentence at the ticker.)
  return remade(m, {
    desc: `${owner} ${m.desc.slice(p.values[from]!.length + 1)}`,
    full: `${owner} ${span(text, p.starts[from + 1]!, endOf(p, m.to))}`,
  });
}

/**
 * The token of a ticker's stem when token `k` is its exchange letters glued to it (the tokenizer
 * writes `RTRS.L` as `RTRS`, `.`, `L`, or `MD.N` as `MD.`, `N`), else -1.
 */
function tickerStem(p: ParagraphTokens, k: number): number {
  if (k < 2 || !EXCHANGE.test(p.values[k]!)) return -1;
  if (p.values[k - 1] === '.' && endOf(p, k - 1) === p.starts[k] && endOf(p, k - 2) === p.starts[k - 1])
    return TICKER_LETTERS.test(p.values[k - 2]!) ? k - 2 : -1;
  return TICKER_STEM.test(p.values[k - 1]!) && endOf(p, k - 1) === p.starts[k] ? k - 1 : -1;
}

/**
 * The firm's run that a ticker ending at token `k` follows (`Reuters Holdings Plc RTRS.L`): the last
 * mention, ending at the ticker's stem with capitalised words of the firm before it; else null. (The
 * tokenizer may end a sentence at the stem's dot: the glued ticker holds the two together.)
 */
function firmOfTicker(p: ParagraphTokens, k: number, mentions: readonly Mention[]): Mention | null {
  const stem = tickerStem(p, k);
  const firm = mentions[mentions.length - 1];
  if (stem < 0 || !firm || firm.to !== stem || firm.from >= stem || !isCapitalised(p, stem - 1)) return null;
  return firm;
}
const TICKER_LETTERS = /^[A-Z0-9]{1,6}$/;

/** A Reuters instrument code's stem with its dot (`MD.`, `JAPN.`) and its exchange's one or two capitals (`N`, `T`). */
const TICKER_STEM = /^[A-Z0-9]{1,6}\.$/;
const EXCHANGE = /^[A-Z]{1,2}$/;

function nameOfRun(p: ParagraphTokens, text: string, from: number, last: number): Mention | null {
  let to = last;
  while (to > from && POST_NOMINALS.has(p.values[to]!)) to -= 1;
  while (to >= from && !isCapitalised(p, to) && !hyphenated(p, from, to)) to -= 1;
  to = beforeTickers(p, from, to);
  if (to < from) return null;
  const coreFrom = nameStart(p, from, to);
  if (coreFrom < 0) return null;
  // `the mayor of Springfield`, `chairman of Smith Barney`: what follows a role's `of` is a place or a firm.
  const ofRole = (coreFrom > from && CONNECTORS.has(p.normals[coreFrom - 1]!)) || !isCapitalised(p, coreFrom);
  const lead = leadCapsName(p, from, coreFrom, to);
  // (`PETER Capaldi` is written `Peter Capaldi`.)
  const name = lead ? `${p.values[0]![0]}${p.normals[0]!.slice(1)} ${p.values[1]}` : nameText(p, text, coreFrom, to);
  const values = name === span(text, p.starts[coreFrom]!, endOf(p, to)) ? words(p, coreFrom, to) : name.split(/\s+/);
  const parts = namePartsOf(values);
  const before = from > 0 ? p.normals[from - 1] : undefined;
  const mention: Mention = {
    para: p.index,
    sentence: p.sentence[from]!,
    from,
    coreFrom,
    to,
    name,
    parts,
    desc: null,
    full: lead ? name : span(text, p.starts[from]!, endOf(p, to)),
    titled: false,
    gender: values.length > 1 ? givenNameGender(values[0]!) : null,
    afterDeterminer: before !== undefined && DETERMINERS.has(before) && p.sentence[from - 1] === p.sentence[from],
    // `Mr Winter`: an honorific makes a surname of a season's or a month's word.
    // (`analyst Rick May`, `food analyst June Page`: a role in lower case right before is a person's, as an honorific is.)
    thing:
      ofRole ||
      basedBefore(p, from, coreFrom) ||
      (!lead && isThingName(parts, values, personBefore(p, coreFrom, from))),
    speech: false,
    appositive: null,
    person: -1,
    // Both given here, unset, so that every mention has one shape: a property added later gives the
    // mentions that have it a shape of their own, and the compiled pass is thrown away when it meets one.
    designation: undefined,
    givenName: undefined,
    // (So is `marked`, which the document pass sets on a few lone names at a speech tag.)
    marked: undefined,
  };
  if (values.length > 1 && (mention.gender !== null || agedAfter(p, to)) && personPlace(p, from, to))
    mention.givenName = true;
  if (coreFrom > from) {
    describeRun(p, text, mention);
    firmCutAtComma(p, text, mention);
    bodyLettersBefore(p, text, mention);
  }
  return mention;
}

/**
 * `Brazilian Coffee Institute, IBC, President Jorio Dauster`: a body's name (up to five capitalised
 * words ending in a body's noun) and its letters set off before the title are whose the post is; the
 * description takes the name back, `Brazilian Coffee Institute President`, not `President` alone.
 */
function bodyLettersBefore(p: ParagraphTokens, text: string, m: Mention): void {
  const { from } = m;
  if (m.desc === null || from < 5 || p.values[from - 1] !== ',' || p.values[from - 3] !== ',') return;
  if (!ACRONYM.test(p.values[from - 2]!) || !ORGANISATION_NOUNS.has(bare(p, from - 4))) return;
  let start = from - 4;
  while (
    start - 1 >= 0 &&
    from - 4 - start < 4 &&
    isCapitalised(p, start - 1) &&
    p.quote[start - 1] === -1 &&
    p.sentence[start - 1] === p.sentence[from] &&
    !DETERMINERS.has(bare(p, start - 1))
  )
    start -= 1;
  if (start === from - 4 || p.quote[from - 4] !== -1 || p.sentence[start] !== p.sentence[from]) return;
  m.desc = `${span(text, p.starts[start]!, endOf(p, from - 4))} ${m.desc}`;
}

/**
 * `PETER Capaldi has been announced as …`: a paragraph that opens with its first word in capitals
 * (a newspaper's lead), a known given name and one plain capitalised word after it, is a person's
 * name, not a firm's ticker and name (`CSR Ltd`, `ABM Gold`: no given name).
 */
function leadCapsName(p: ParagraphTokens, from: number, coreFrom: number, to: number): boolean {
  if (from !== 0 || coreFrom !== 0 || to !== 1) return false;
  const first = p.values[0]!;
  return LEAD_CAPS.test(first) && givenNameGender(first) !== null && PLAIN_WORD.test(p.values[1]!);
}
const LEAD_CAPS = /^[A-Z]{3,}$/;

/**
 * `Ashland Oil, Inc. chairman John Hall`: a run that opens with a firm's legal form right after a
 * comma was cut from the firm's name there; the description takes the name back (up to four
 * capitalised words before the comma, in the sentence), not `Inc. chairman`.
 */
function firmCutAtComma(p: ParagraphTokens, text: string, m: Mention): void {
  const { from } = m;
  if (
    m.desc === null ||
    from < 2 ||
    p.values[from - 1] !== ',' ||
    !LEGAL_FORMS.has(bare(p, from).replace(TRAILING_DOT, ''))
  )
    return;
  let start = from - 1;
  while (
    start - 1 >= 0 &&
    from - start <= 4 &&
    isCapitalised(p, start - 1) &&
    p.quote[start - 1] === -1 &&
    p.sentence[start - 1] === p.sentence[from] &&
    !DETERMINERS.has(bare(p, start - 1))
  )
    start -= 1;
  if (start === from - 1) return;
  m.desc = `${span(text, p.starts[start]!, endOf(p, from - 2))}, ${m.desc}`;
}
const TRAILING_DOT = /\.$/;

/**
 * `chairman of Dallas-based Sabine`: a name right after a `-based` word, in a run that a lower-case
 * role opens, is the firm or body of that role (a person is `London-based analyst John Smith`, the
 * role between); a spokesperson's too (`spokesman for Montreal-based Alcan`: the firm speaks through
 * him, attribution.ts's `a spokesman for X`), no person described `spokesman for Montreal-based`.
 */
const basedBefore = (p: ParagraphTokens, from: number, coreFrom: number): boolean =>
  coreFrom >= 2 &&
  p.normals[coreFrom - 1] === 'based' &&
  p.values[coreFrom - 2] === '-' &&
  !isCapitalised(p, from) &&
  LOWERCASE_ROLES.has(bare(p, from));
const SPOKESPEOPLE = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'spokespeople']);

/**
 * `A spokesman for Governor Perpich earlier said`, `A spokesman for Texas Attorney General Greg
 * Abbott`: a spokesperson and `for`/`of` in the run before a titled name are someone else, who
 * speaks for him; the name's own description starts after them (`Governor`), and neither the
 * spokesperson's role nor gender is his. The token the description starts from, else `from`.
 */
function spokespersonFor(p: ParagraphTokens, from: number, coreFrom: number): number {
  for (let k = coreFrom - 2; k >= from; k -= 1) {
    if (!SPOKESPEOPLE.has(bare(p, k)) || !SPOKEN_FOR.has(p.normals[k + 1]!)) continue;
    // (Only before a person's own title: `a spokesman for Montreal-based Alcan` speaks for a body.)
    for (let t = k + 2; t < coreFrom; t += 1) if (titleWord(bare(p, t)) && !HONORIFICS.has(bare(p, t))) return k + 2;
    return from;
  }
  return from;
}
const SPOKEN_FOR = new Set(['for', 'of']);

/** An age set off by commas right after the name ending at `to` (`Sheila Duckworth, 64, who …`): only a person has one. */
export const agedAfter = (p: ParagraphTokens, to: number): boolean =>
  p.values[to + 1] === ',' && p.values[to + 3] === ',' && AGE.test(p.values[to + 2] ?? '');
const AGE = /^[1-9]\d?$/;

/** Words after a name that make it a firm's (`James Capel and Co`, `Charles Schwab & Co`). */
/** Words after a name that make it a firm's (`James Capel and Co`, `Smith and Sons`). */
const FIRM_TAILS = withLegalForms(`sons partners company associates`);
const PERSON_PLACE_BEFORE = new Set(['of', 'at', 'with', 'for', 'from', 'by', 'in', 'on']);

/**
 * Whether a name stands where a person's would, not a firm's: `his wife, Sandra Howard`, not `of
 * brokers James Capel`, `at James Capel and Co`.
 */
function personPlace(p: ParagraphTokens, from: number, to: number): boolean {
  const before = p.normals[from - 1] ?? '';
  if (PERSON_PLACE_BEFORE.has(before)) return false;
  if (p.pos[from - 1] === 'NOUN' && before.endsWith('s') && !isCapitalised(p, from - 1)) return false;
  const after = p.normals[to + 1];
  return !firmTail(p, to + 1) && !((after === 'and' || after === '&') && firmTail(p, to + 2));
}

/** Token k is a firm's closing word (a module function: a closure made per call is named each time under tsx). */
const firmTail = (p: ParagraphTokens, k: number): boolean => FIRM_TAILS.has((p.normals[k] ?? '').replace(/\.$/, ''));

/** A title, also one joined by a hyphen (`Vice-Premier`, `Deputy-Governor`). */
function titleWord(b: string): boolean {
  if (TITLES.has(b)) return true;
  const dash = b.lastIndexOf('-');
  return (dash > 0 && TITLES.has(b.slice(dash + 1))) || misspeltTitle(b);
}

/** Titles of eight letters or more, by length: the ones a misspelling is looked for in. */
const LONG_TITLES = new Map<number, string[]>();
for (const t of TITLES) if (t.length >= 8) LONG_TITLES.set(t.length, [...(LONG_TITLES.get(t.length) ?? []), t]);

/**
 * `Trade Represenative Clayton Yeutter`, `Prime Minsiter Yasuhiro Nakasone`: a long title with one
 * letter dropped, added, changed or two swapped is still a title, not a given name. Only titles of
 * the word's length or one letter off can be one edit away; each is compared in one pass with no
 * allocation (with an edit-distance table per title it was the quote pass's dearest step).
 */
function misspeltTitle(b: string): boolean {
  if (b.length < 8) return false;
  for (let n = b.length - 1; n <= b.length + 1; n += 1) {
    const titles = LONG_TITLES.get(n);
    if (titles !== undefined) for (const t of titles) if (oneEditOrSwap(t, b)) return true;
  }
  return false;
}

/** Capitalised prepositions inside an organisation's name, which no person's name opens with. */
const NAME_OPENING_PREPOSITIONS = new Set([
  'against',
  'for',
  'of',
  'on',
  'in',
  'with',
  'without',
  'across',
  'to',
  'into',
]);

/** Tokens j..j+2 are `(Jim)`, a known given name in brackets after a capitalised word of the run. */
function nicknameAt(p: ParagraphTokens, j: number, from: number): boolean {
  return (
    j - 1 >= from &&
    p.values[j] === '(' &&
    p.values[j + 2] === ')' &&
    givenNameGender(p.values[j + 1]!) !== null &&
    isCapitalised(p, j - 1) &&
    !titleWord(bare(p, j - 1))
  );
}

/** The name's tokens a..b as text, a nickname in brackets left out (`James E. Nugent`). */
function nameText(p: ParagraphTokens, text: string, a: number, b: number): string {
  for (let k = a + 1; k + 2 < b; k += 1)
    if (nicknameAt(p, k, a))
      return `${span(text, p.starts[a]!, endOf(p, k - 1))} ${span(text, p.starts[k + 3]!, endOf(p, b))}`;
  return span(text, p.starts[a]!, endOf(p, b));
}

/** Whether token `t` is a small word between two hyphens that touch it (`on` of `Stoke-on-Trent`): a place's. */
export function chainWord(p: ParagraphTokens, t: number): boolean {
  return (
    t >= 1 &&
    p.values[t - 1] === '-' &&
    p.values[t + 1] === '-' &&
    endOf(p, t - 1) === p.starts[t] &&
    endOf(p, t) === p.starts[t + 1] &&
    !isCapitalised(p, t) &&
    /^\p{Ll}+$/u.test(p.values[t]!)
  );
}

/** Where the name of the run from..to starts (titles and roles stand before it), or -1 when it has none. */
function nameStart(p: ParagraphTokens, from: number, to: number): number {
  // `Friends of the Earth`: the whole run is the body's name.
  if (to > from + 1 && BODY_PLURALS.has(bare(p, from)) && p.normals[from + 1] === 'of') return from;
  // The name: capitalised words at the end that are no title, with particles and hyphens inside.
  let coreFrom = to;
  while (coreFrom - 1 >= from) {
    const b = bare(p, coreFrom - 1);
    const value = p.values[coreFrom - 1]!;
    // A role capitalised at a sentence's start (`Wing J Robinson`) is no part of the name, nor is a
    // detective constable's rank (`Det Con Mandy Oldham`; `Con` alone may be a name: `Con Edison`).
    if (
      isCapitalised(p, coreFrom - 1) &&
      !titleWord(b) &&
      !(LOWERCASE_ROLES.has(b) && coreFrom - 1 === from) &&
      !(b === 'con' && coreFrom - 2 >= from && bare(p, coreFrom - 2) === 'det')
    )
      coreFrom -= 1;
    // `James E. (Jim) Nugent`: a nickname in brackets sits inside the name.
    else if (value === ')' && nicknameAt(p, coreFrom - 3, from)) coreFrom -= 3;
    else if (
      (value === '-' || NAME_PARTICLES.has(value)) &&
      coreFrom - 2 >= from &&
      isCapitalised(p, coreFrom - 2) &&
      !TITLES.has(bare(p, coreFrom - 2))
    )
      coreFrom -= 1;
    // `Stoke-on-Trent`: a small word between hyphens, and the hyphen before it, are the place's.
    else if (coreFrom - 2 >= from && (chainWord(p, coreFrom - 1) || (value === '-' && chainWord(p, coreFrom - 2))))
      coreFrom -= 1;
    else break;
  }
  // `the Vice President`; but `Mr Lord`: a surname that is also a title, after a plain honorific.
  if (TITLES.has(bare(p, to)) && coreFrom === to && !surnameAfterHonorific(p, from, to)) return -1;
  if (to - coreFrom < 1) return coreFrom;
  // `Political Affairs Allison Hooker`: an organisation's word ends the role, not the name. A given
  // name that is also such a word (`Microsoft chairman Bill Gates`) starts it.
  for (let k = to - 1; k >= coreFrom; k -= 1) {
    if (
      NON_PERSON_WORDS.has(bare(p, k)) &&
      givenNameGender(p.values[k]!) === null &&
      !monthGivenName(p, k, coreFrom, from)
    ) {
      // `MP for West Ham`: one word left after a place's or a firm's word is no name of its own.
      if (to - k === 1 && k === coreFrom) return -1;
      // `Advantage West Midlands`, `Visit East Anglia`: a compass word and one word after it are a
      // region's name, the end of a body's; no person's name is left.
      if (to - k === 1 && COMPASS.has(bare(p, k))) return -1;
      // `League Against Cruel Sports`: no person's name opens with a preposition; the run is the body's.
      if (NAME_OPENING_PREPOSITIONS.has(bare(p, k + 1))) return -1;
      if (bodyOfRemit(p, from, k, to)) return -1;
      coreFrom = k + 1;
      break;
    }
  }
  let count = words(p, coreFrom, to).length;
  // `Secretary of Defense Pete Hegseth`: the word after `of` belongs to the role.
  if (count >= 3 && coreFrom > from && CONNECTORS.has(p.normals[coreFrom - 1]!)) {
    coreFrom += 1;
    count -= 1;
  }
  // `Chancellor of the Exchequer Rachel Reeves`: a known given name starts the name; but not one
  // after an initial (`T. Boone Pickens`, `B. Jay Cooper`): the initial is the name's first.
  // Not after a role in lower case, which has ended the role already: `Nixon aide Jeb Stuart
  // Magruder`, `Sudan Armed Forces spokesman Sawarmi Khaled Saad` are names of three words.
  if (count >= 3 && !afterLowercaseRole(p, coreFrom, from, to)) {
    for (let k = coreFrom + 1; k < to; k += 1) {
      if (
        givenNameGender(p.values[k]!) !== null &&
        givenNameGender(p.values[coreFrom]!) === null &&
        !isInitial(p.values[k - 1]!)
      )
        return k;
    }
  }
  return coreFrom;
}

/**
 * `a spokesman for the Commission for Social Care Inspection`: a body's word then `for`/`of` in the
 * run, and the words left after the last body's word (at `k`)
 * hold no known given name: they are the end of the body's remit (`Care Inspection`), no person's
 * name. (`Secretary of State for Social Security Alistair Darling`: a given name is left, a person.)
 */
function bodyOfRemit(p: ParagraphTokens, from: number, k: number, to: number): boolean {
  let body = false;
  for (let t = from; t + 1 < k && !body; t += 1)
    body = REMIT_LINKS.has(p.normals[t + 1]!) && isCapitalised(p, t) && NON_PERSON_WORDS.has(bare(p, t));
  if (!body) return false;
  for (let t = k + 1; t <= to; t += 1) if (givenNameGender(p.values[t]!) !== null) return false;
  return true;
}
const REMIT_LINKS = new Set(['for', 'of']);

/**
 * A role noun in lower case right before a name of three plain words at `coreFrom` (`aide`,
 * `spokesman`): the role has ended, so the three are the name, whichever of them is a known given
 * name. (Not a word that may be a title or a rank, `Sister Carol Keehan`, `U.S. Delegate Charles
 * Dallara`: those the given name still starts.)
 */
function afterLowercaseRole(p: ParagraphTokens, coreFrom: number, from: number, to: number): boolean {
  if (coreFrom <= from || to - coreFrom !== 2 || isCapitalised(p, coreFrom - 1)) return false;
  if (!LOWERCASE_ROLES.has(bare(p, coreFrom - 1))) return false;
  for (let k = coreFrom; k <= to; k += 1) {
    const b = bare(p, k);
    if (!PLAIN_WORD.test(p.values[k]!) || LOWERCASE_ROLES.has(b) || TITLES.has(b) || HONORIFICS.has(b)) return false;
    // (`Sister`, `Brother`: a religious title when capitalised.)
    if (FEMALE_ROLES.has(b) || MALE_ROLES.has(b)) return false;
  }
  return true;
}
const PLAIN_WORD = /^\p{Lu}\p{Ll}+$/u;

/** An initial (`T.`, `J`, `L.C.`). */
function isInitial(value: string): boolean {
  return /^(\p{Lu}\.)+$|^\p{Lu}$/u.test(value);
}

/** `Mr Lord`, `Mrs Lord`: a word of `SURNAME_WORDS` that is a title too, right after an honorific no peer takes. */
const PLAIN_HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr']);
function surnameAfterHonorific(p: ParagraphTokens, from: number, to: number): boolean {
  return to > from && SURNAME_WORDS.has(bare(p, to)) && PLAIN_HONORIFICS.has(bare(p, to - 1));
}

/** Titles that take `Lord` or `Lady` as part of them: `Lord Chancellor`, `Lady Justice`. */
const TITLED_LORDSHIPS = new Set([
  'chancellor',
  'chief',
  'justice',
  'mayor',
  'provost',
  'advocate',
  'president',
  'privy',
  'lieutenant',
]);

/**
 * Where the words about the name at `coreFrom` start in its run: after `Mr. Condon and` (`Mr. Condon
 * and Mr. Mark`), a plain honorific and a capitalised word joined by `and`, which name another person,
 * not a role (nor a gender) of this one; after `Watergate and` (`Watergate and Mr Woodward`), any
 * words joined by `and` to a plain honorific. Otherwise `from`.
 */
function otherPersonBefore(p: ParagraphTokens, from: number, coreFrom: number): number {
  for (let k = coreFrom - 1; k - 1 >= from; k -= 1) {
    if (p.normals[k] !== 'and' && p.values[k] !== '&') continue;
    // `after Watergate and Mr Woodward confirmed`: a plain honorific right after `and` opens a name
    // of its own, so the words before `and` (another name, a thing's) are no role of it.
    if (PLAIN_HONORIFICS.has(bare(p, k + 1)) && !PLAIN_HONORIFICS.has(bare(p, k - 1))) return k + 1;
    if (k - 2 < from) continue;
    if (PLAIN_HONORIFICS.has(bare(p, k - 2)) && isCapitalised(p, k - 1) && !titleWord(bare(p, k - 1))) return k + 1;
  }
  return from;
}

/** The description before the name (honorifics left out), whether it holds a title, and the gender it tells. */
function describeRun(p: ParagraphTokens, text: string, m: Mention): void {
  const { coreFrom } = m;
  const before = otherPersonBefore(p, m.from, coreFrom);
  const from = spokespersonFor(p, before, coreFrom);
  // (The alias is the name with its own title: `Governor Perpich`, not his spokesman's run.)
  if (from !== before) m.full = span(text, p.starts[from]!, endOf(p, m.to));
  const descWords: string[] = [];
  let titled = false;
  let descFrom = -1;
  for (let k = from; k < coreFrom; k += 1) {
    const b = bare(p, k);
    descWords.push(b);
    if ((titleWord(b) || LOWERCASE_ROLES.has(b)) && !WEAK_TITLES.has(b)) titled = true;
    // `Lord Chancellor`, `Lord Chief Justice`: the honorific is part of the title.
    if (descFrom === -1 && (!HONORIFICS.has(b) || (k + 1 < coreFrom && TITLED_LORDSHIPS.has(bare(p, k + 1)))))
      descFrom = k;
  }
  // Honorifics stay out of the description; connectors do not start or end it.
  let descTo = coreFrom - 1;
  while (descTo >= from && (HONORIFICS.has(bare(p, descTo)) || CONNECTORS.has(p.normals[descTo]!))) descTo -= 1;
  while (descFrom !== -1 && descFrom <= descTo && CONNECTORS.has(p.normals[descFrom]!)) descFrom += 1;
  m.desc = descFrom !== -1 && descFrom <= descTo ? span(text, p.starts[descFrom]!, endOf(p, descTo)) : null;
  m.titled = titled;
  m.gender = genderOf(descWords) ?? m.gender;
}
