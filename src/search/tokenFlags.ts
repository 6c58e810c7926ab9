import type { TokenArrays } from '../nlp/analyzer.ts';
import { DASHES } from '../nlp/answerTypes.ts';

/** What a token can tell about the kind of answer a sentence holds, one bit each. */
export const FLAG_PROPER = 1;
export const FLAG_TEMPORAL = 2;
export const FLAG_NUMERIC = 4;
/** Finer kinds of number: an amount of money, a percentage (also FLAG_NUMERIC). */
export const FLAG_MONEY = 8;
export const FLAG_PERCENT = 16;
/** A stretch of time ("for 15 minutes", "a decade"; also FLAG_TEMPORAL). */
export const FLAG_DURATION = 32;
/** A word of a short quoted title ("Let It Be"). */
export const FLAG_TITLE = 64;
/**
 * A term of a cause clause: after a word that introduces one ("after", "because", "due to") in its
 * sentence, up to the next comma, colon, semicolon, dash or bracket (set by ./sentenceIndex.ts).
 */
export const FLAG_CAUSE = 128;
/**
 * A number written as someone's age (also FLAG_NUMERIC): `the 27-year-old`, `Gupta, 39,`, `aged
 * 64`, `at the age of 35`, `died … at 91.`, `He was 75.`. "How old" asks for one; `the two
 * countries` or `12 seats` is no answer to it. The `year`/`years` of one (`5 years old`) has it too:
 * no stretch of time for "how many years".
 */
export const FLAG_AGE = 256;
/**
 * A length: a number with a length unit (`14.5 km`, `300m`, `a 10-mile trail`, `two miles`; the
 * number, also FLAG_NUMERIC). "How long is the route" asks for one, not a duration.
 */
export const FLAG_LENGTH = 512;
/**
 * A score: two small numbers joined by a dash (`6-4`, `2-1`, `31–24`; also FLAG_NUMERIC), not a
 * range of a unit (`2-3 days`, `10-12 km`). "What was the score" asks for one.
 */
export const FLAG_SCORE = 1024;
/**
 * A term of a circumstance told as a cause with no reason word (CUE_CIRCUMSTANCE, set by
 * ./sentenceIndex.ts): a purpose (`so that it can take larger jets`, `hoping to gain a leg up`),
 * an ailment (`with a sprained knee`), a deed (`pulled over for speeding`), up to the clause's end
 * as FLAG_CAUSE's.
 */
export const FLAG_CIRCUMSTANCE = 2048;

/**
 * A stretch of time told as a point in time (also FLAG_DURATION): `in about 30 days`, `within a
 * week`, `since 1977`, `three years ago`, `two days later`. "When" is answered by one; `for a
 * thousand years` or `the last few weeks` is no date.
 */
export const FLAG_WHEN = 4096;

const CAPITAL = /^[A-Z]/;

/** Flags of token i of a paragraph. */
export function tokenFlags(a: TokenArrays, i: number): number {
  let flags = 0;
  // Sentence-initial capitals are often tagged PROPN; a lower-case token never is a name.
  if (a.pos[i] === 'PROPN' && CAPITAL.test(a.values[i]!)) flags |= FLAG_PROPER;
  switch (a.entities[i]) {
    case 'DATE':
    case 'TIME':
      flags |= FLAG_TEMPORAL;
      break;
    case 'DURATION':
      flags |= FLAG_TEMPORAL | FLAG_DURATION;
      if (pointInTime(a, i)) flags |= FLAG_WHEN;
      break;
    case 'TITLE':
      flags |= FLAG_TITLE;
      break;
    case 'CARDINAL':
      flags |= FLAG_NUMERIC;
      break;
    case 'MONEY':
      flags |= FLAG_NUMERIC | FLAG_MONEY;
      break;
    case 'PERCENT':
      flags |= FLAG_NUMERIC | FLAG_PERCENT;
      break;
    default:
      if (a.kinds[i] === 'number') flags |= FLAG_NUMERIC;
  }
  // `one of the finest things Turner ever did`, `one of Threlfall's victims`: one among others, no count.
  if (a.normals[i] === 'one' && a.normals[i + 1] === 'of') flags &= ~FLAG_NUMERIC;
  if (a.kinds[i] === 'number' && isAge(a, i)) flags |= FLAG_NUMERIC | FLAG_AGE;
  // The `years` of an age (`5 years old`, `27-year-old`) is part of it, not a duration.
  if (ageYears(a, i)) flags |= FLAG_AGE;
  // Only a number is looked at (the unit is not flagged: the number is the answer), so a word costs nothing here.
  if ((flags & FLAG_NUMERIC) !== 0 && isLength(a, i)) flags |= FLAG_LENGTH;
  if (a.kinds[i] === 'number' && isScore(a, i)) flags |= FLAG_NUMERIC | FLAG_SCORE;
  return flags;
}

/** Words opening a stretch of time that tells when (`in 30 days`, `within a week`, `since 1977`). */
const WHEN_BEFORE = new Set(['in', 'within', 'since']);
/** Words closing one (`three years ago`, `two days later`). */
const WHEN_AFTER = new Set(['ago', 'later', 'earlier', 'before', 'after', 'on', 'hence']);
/** Hedges between the opening word and the stretch (`in about 30 days`). */
const HEDGES = new Set(['about', 'around', 'nearly', 'almost', 'some', 'just', 'roughly', 'approximately', 'only']);

/** Whether DURATION token i's stretch of time tells a point in time (FLAG_WHEN). */
function pointInTime(a: TokenArrays, i: number): boolean {
  let start = i;
  while (start > 0 && a.entities[start - 1] === 'DURATION') start -= 1;
  let end = i;
  while (a.entities[end + 1] === 'DURATION') end += 1;
  let before = start - 1;
  while (before >= 0 && HEDGES.has(a.normals[before]!)) before -= 1;
  return (before >= 0 && WHEN_BEFORE.has(a.normals[before]!)) || WHEN_AFTER.has(a.normals[end + 1] ?? '');
}

/** Units of length, as normalised (lower case). */
const LENGTH_UNITS = new Set([
  'km',
  'kms',
  'kilometre',
  'kilometres',
  'kilometer',
  'kilometers',
  'mile',
  'miles',
  'm',
  'metre',
  'metres',
  'meter',
  'meters',
  'ft',
  'feet',
  'foot',
  'yard',
  'yards',
  'yd',
  'yds',
  'inch',
  'inches',
  'in.',
  'cm',
  'centimetre',
  'centimetres',
  'centimeter',
  'centimeters',
  'mm',
]);

/** Whether number token i has a length unit after it, alone or after a dash (`300 metres`, `10-mile`). */
function isLength(a: TokenArrays, i: number): boolean {
  const n = a.normals;
  const unitAt = n[i + 1] !== undefined && DASHES.has(n[i + 1]!) ? i + 2 : i + 1;
  const unit = n[unitAt];
  // `m` alone after a spelled number is rare as metres (`one m.`); after digits it is one.
  return unit !== undefined && LENGTH_UNITS.has(unit) && (unit !== 'm' || a.kinds[i] === 'number');
}

const SCORE = /^\d{1,3}[-\u2013]\d{1,3}$/;
/** After a range, a word that says it is one (`2-3 days`, `10-12 km`, `5-6 pct`): no score. */
const AFTER_RANGE = new Set(['%', 'pct', 'percent', 'per', 'cent']);

/** Time words after a range (`2-3 days`): no score. */
const TIME_AFTER = /^(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|am|pm|p\.m\.|a\.m\.)$/;
/** At most three digits: one side of a score. */
const SIDE = /^\d{1,3}$/;

/** Whether number token i reads as (a side of) a score: `6-4`, `31 – 24`. */
function isScore(a: TokenArrays, i: number): boolean {
  const n = a.normals;
  const value = a.values[i]!;
  // Most numbers are neither a score nor next to a dash: told apart without a pattern.
  if (value.length > 7) return false;
  let last = i;
  if (value.length >= 3 && (value.includes('-') || value.includes('\u2013'))) {
    if (!SCORE.test(value)) return false;
  } else {
    // `31 – 24` as three tokens: this number and the one across the dash, either side.
    const next = n[i + 1];
    const previous = n[i - 1];
    const dashAfter = next !== undefined && DASHES.has(next);
    const dashBefore = previous !== undefined && DASHES.has(previous);
    if (!(dashAfter || dashBefore) || !SIDE.test(value)) return false;
    const side = (k: number): boolean => a.kinds[k] === 'number' && SIDE.test(a.values[k] ?? '');
    if (dashAfter && side(i + 2)) last = i + 2;
    else if (!(dashBefore && side(i - 2))) return false;
  }
  const after = last + 1;
  if (a.entities[after] === 'DATE' || a.entities[after] === 'DURATION' || a.entities[after] === 'TIME') return false;
  const next = n[after] ?? '';
  return !AFTER_RANGE.has(next) && !LENGTH_UNITS.has(next) && !TIME_AFTER.test(next);
}

const OLDEST = 120;
const AGE_BEFORE = new Set(['aged', 'age']);
const COPULAS = new Set(['is', 'was', "'s"]);
/** What may close a number set off as an age: `Gupta, 39,`, `Smith (26)`, `He was 75.`. */
const CLOSES = new Set([',', '.', ')', ';', ':', '!', '?', 'now']);

/** Whether token i is the `year`/`years` of an age (`5 years old`, `27-year-old`). */
function ageYears(a: TokenArrays, i: number): boolean {
  const n = a.normals;
  if (n[i] !== 'year' && n[i] !== 'years') return false;
  if (n[i + 1] !== 'old' && !(n[i + 1] === '-' && n[i + 2] === 'old')) return false;
  const at = n[i - 1] === '-' ? i - 2 : i - 1;
  return at >= 0 && a.kinds[at] === 'number' && isAge(a, at);
}

/** Whether number token i reads as an age (FLAG_AGE), by the words around it in its paragraph. */
function isAge(a: TokenArrays, i: number): boolean {
  const value = a.values[i]!;
  if (!/^\d{1,3}$/.test(value) || Number(value) > OLDEST) return false;
  const n = a.normals;
  const next = n[i + 1] ?? '';
  const before = n[i - 1] ?? '';
  // `27-year-old`, `27 years old`.
  const yearAt = next === '-' ? i + 2 : i + 1;
  if ((n[yearAt] === 'year' || n[yearAt] === 'years') && (n[yearAt + 1] === 'old' || n[yearAt + 2] === 'old'))
    return true;
  // `aged 64`, `age 64`, `at the age of 35`.
  if (AGE_BEFORE.has(before) || (before === 'of' && n[i - 2] === 'age')) return true;
  if (!CLOSES.has(next)) return false;
  // `Gupta, 39,` / `Smith (26)`: set off after a name.
  if ((before === ',' || before === '(') && a.pos[i - 2] === 'PROPN') return true;
  // `He was 75.`, `She is 93 now`, `died Thursday at 91.`
  return COPULAS.has(before) || before === 'at';
}
