import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { loadLibrary, type Library } from '../../src/library.ts';

/** A throwaway corpus directory with the given files (path -> text or bytes). */
export async function tempCorpus(
  files: Record<string, string | Uint8Array>,
): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'citebot-corpus-'));
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), content);
  }
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * A library over a throwaway corpus for one test file: built before its tests, removed after.
 * Returns a getter, since the library exists only once `beforeAll` has run.
 */
export function useLibrary(files: Record<string, string | Uint8Array>): () => Library {
  let library: Library | undefined;
  let cleanup: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const corpus = await tempCorpus(files);
    cleanup = corpus.cleanup;
    library = await loadLibrary(corpus.dir);
  });
  afterAll(() => cleanup?.());
  return () => library!;
}

/** A plain-text article as the corpus reads one: the headline on the first line, then its paragraphs. */
export const article = (title: string, ...paragraphs: string[]): string => [title, '', ...paragraphs].join('\n');

/**
 * The direct quotes of a test library, the first whose text starts with `start`, the first
 * reported statement that does, and the first quote of that kind in one test file (`inFile`).
 */
export function directQuotes(library: () => Library): {
  direct: () => ReturnType<Library['quotes']['all']>;
  quoted: (start: string) => ReturnType<Library['quotes']['all']>[number] | undefined;
  reported: (start: string) => ReturnType<Library['quotes']['all']>[number] | undefined;
  inFile: (
    file: string,
    start: string,
    kind?: 'direct' | 'reported',
  ) => ReturnType<Library['quotes']['all']>[number] | undefined;
} {
  const direct = () =>
    library()
      .quotes.all()
      .filter((q) => q.kind === 'direct');
  return {
    direct,
    quoted: (start) => direct().find((q) => q.text.startsWith(start)),
    reported: (start) =>
      library()
        .quotes.all()
        .find((q) => q.kind === 'reported' && q.text.startsWith(start)),
    inFile: (file, start, kind = 'direct') =>
      library()
        .quotes.all()
        .find((q) => q.kind === kind && q.source.includes(file) && q.text.startsWith(start)),
  };
}

/** The speakers' table of a test library: the record of the one named `name`, and every name in it. */
export function speakersOf(library: () => Library): {
  speaker: (name: string) => ReturnType<Library['quotes']['speakers']>[number] | undefined;
  names: () => string[];
} {
  return {
    speaker: (name) =>
      library()
        .quotes.speakers()
        .find((s) => s.name === name),
    names: () =>
      library()
        .quotes.speakers()
        .map((s) => s.name),
  };
}
