import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFERRABLE_FIELDS } from '../../src/search/resident.ts';

const SRC = join(import.meta.dirname, '../../src');
/**
 * Where the deferred arrays may be read without asking for them: where an index is built or written
 * (in memory, nothing deferred) and where they are declared or made resident.
 */
const EXEMPT = new Set(['indexing', 'search/sentenceIndex.ts', 'search/documents.ts', 'search/resident.ts']);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? sources(path) : entry.name.endsWith('.ts') ? [path] : [];
  });
}

describe('the index arrays a snapshot defers (src/search/resident.ts)', () => {
  it('are read only by code that makes them resident first', () => {
    // A file reading one of these fields without residentPostings/residentTerms would read zeros
    // from a bot's snapshot until its background read reached them.
    const field = new RegExp(`\\.(${DEFERRABLE_FIELDS.map((f) => f.split('.').pop()).join('|')})\\b`);
    const readers = sources(SRC)
      .map((path) => relative(SRC, path))
      .filter((file) => ![...EXEMPT].some((exempt) => file === exempt || file.startsWith(`${exempt}/`)))
      .filter((file) => field.test(readFileSync(join(SRC, file), 'utf8')));
    expect(readers.sort()).toEqual([
      'search/compounds.ts',
      'search/diversify.ts',
      'search/excerpt.ts',
      'search/narrower.ts',
      'search/rank.ts',
      'search/votes.ts',
      'search/writtenAsName.ts',
    ]);
    for (const file of readers)
      expect(readFileSync(join(SRC, file), 'utf8'), file).toMatch(/resident(Postings|Terms)\(/);
  });
});
