import type { Token } from '../nlp/analyzer.ts';

/** What a token can tell about the kind of answer a sentence holds, one bit each. */
export const FLAG_PROPER = 1;
export const FLAG_TEMPORAL = 2;
export const FLAG_NUMERIC = 4;

export function tokenFlags(token: Token): number {
  let flags = 0;
  // Sentence-initial capitals are often tagged PROPN; a lower-case token never is a name.
  if (token.pos === 'PROPN' && /^[A-Z]/.test(token.value)) flags |= FLAG_PROPER;
  switch (token.entity) {
    case 'DATE':
    case 'TIME':
    case 'DURATION':
      flags |= FLAG_TEMPORAL;
      break;
    case 'CARDINAL':
    case 'MONEY':
    case 'PERCENT':
      flags |= FLAG_NUMERIC;
      break;
    default:
      if (token.kind === 'number') flags |= FLAG_NUMERIC;
  }
  return flags;
}
