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
  return flags;
}
