import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.ts';
import type { Corpus } from '../../src/corpus/types.ts';
import { buildLibrary } from '../../src/library.ts';
import { tempCorpus } from '../helpers/tempCorpus.ts';

// A stand-in for a bug in the quote pass: it throws on one document, as held-out article 96 once
// made the real pass throw (a possessive after a doubtful name) and failed the whole build.
vi.mock('../../src/quotes/document.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/quotes/document.ts')>();
  return {
    ...real,
    extractDocument: (doc: Parameters<typeof real.extractDocument>[0]) => {
      if (doc.document.text.includes('Heighway')) {
        const persons: { name: string }[] = [];
        return persons[-2]!.name; // throws a TypeError, as the real bug did
      }
      return real.extractDocument(doc);
    },
  };
});

let corpus: Corpus;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  const made = await tempCorpus({
    'broken.txt': 'Quarry row\n\n“We will appeal,” Mr Heighway said of the quarry ruling.',
    'fine.txt': 'Harbour plan\n\n“The harbour will open in May,” Councillor Amina Rahel said.',
  });
  cleanup = made.cleanup;
  corpus = await loadCorpus(made.dir);
});
afterAll(() => cleanup());

describe('a bug in the quote pass on one document', () => {
  it("costs that document its quotes, not the build: its sentences are still found, the others' quotes kept, and a notice says why", async () => {
    const library = await buildLibrary(corpus, { workers: 0 });
    expect(library.search('quarry ruling appeal').hits[0]?.source).toBe('broken');
    expect(library.quotes.lookup('Heighway').quotes).toEqual([]);
    expect(library.quotes.lookup('Rahel').quotes.map((q) => q.text)).toEqual(['The harbour will open in May']);
    expect(library.corpus.notices).toEqual([
      {
        file: 'broken.txt',
        message:
          "its quotes were not read (a bug in the quote pass: TypeError: Cannot read properties of undefined (reading 'name') (in extractDocument)); its sentences are searchable",
      },
    ]);
  });
});
