import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const QUOTES = join(import.meta.dirname, '../../src/quotes');
/** The files of the quote pass over one document and of the speakers' table (the lookups are not hot). */
const PASS = readdirSync(QUOTES).filter(
  (file) => file.endsWith('.ts') && !['combine.ts', 'lookup.ts', 'quoteIndex.ts', 'types.ts'].includes(file),
);
/** A file's code without its comments (which may quote the old literals) and types (`Extract<Cue, { kind: 'org' }>`). */
const code = (file: string): string =>
  readFileSync(join(QUOTES, file), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '')
    .replace(/Extract<[^>]*>/g, '');

describe("the quote pass's records keep one shape (src/quotes/README.md, Cost)", () => {
  it('makes every cue by the factories of attribution.ts, never as an object literal', () => {
    // A cue written `{ kind: 'mention', mention, para, verb }` has fewer fields than one the factory
    // makes: a shape of its own, and the compiled code that reads cues is thrown away when it meets it.
    const literal = /\{\s*kind:\s*'(mention|pronoun|org|other)'/;
    const offenders = PASS.filter((file) => literal.test(code(file)));
    expect(offenders).toEqual([]);
    expect(readFileSync(join(QUOTES, 'attribution.ts'), 'utf8')).toMatch(/export const mentionCue = /);
  });

  it('copies no record by an object spread', () => {
    // `{ ...cue, verb }`, `{ ...m, from }`: a clone has a shape of its own, as above.
    const spread = /\{\s*\.\.\./;
    const offenders = PASS.filter((file) => spread.test(code(file)));
    expect(offenders).toEqual([]);
  });
});
