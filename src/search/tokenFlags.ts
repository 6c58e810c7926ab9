import type { TokenArrays } from '../nlp/analyzer.ts';

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
 * countries` or `12 seats` is no answer to it.
 */
export const FLAG_AGE = 256;

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
  if (a.kinds[i] === 'number' && isAge(a, i)) flags |= FLAG_NUMERIC | FLAG_AGE;
  return flags;
}

const OLDEST = 120;
const AGE_BEFORE = new Set(['aged', 'age']);
const COPULAS = new Set(['is', 'was', "'s"]);
/** What may close a number set off as an age: `Gupta, 39,`, `Smith (26)`, `He was 75.`. */
const CLOSES = new Set([',', '.', ')', ';', ':', '!', '?', 'now']);

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
