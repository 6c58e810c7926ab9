import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { splitByBytes } from '../../src/indexing/parallel.ts';
import { loadCorpus } from '../../src/corpus/load.ts';
import type { Corpus } from '../../src/corpus/types.ts';
import { buildLibrary } from '../../src/library.ts';
import { tempCorpus } from '../helpers/tempCorpus.ts';

let corpus: Corpus;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  const seed = await readFile(
    new URL('../../seeds/us-state-department-kashmir-mediation.txt', import.meta.url),
    'utf8',
  );
  const files: Record<string, string> = { 'a/seed.txt': seed };
  // Several documents sharing and not sharing words, so term ids interleave across shards.
  for (let i = 0; i < 6; i += 1) {
    files[`b/${i}.txt`] =
      `Talks number ${i} began in Geneva.\n“We will meet again,” Minister Amina Rahel said of round ${i}.\nWord${i} appears only here.`;
  }
  const made = await tempCorpus(files);
  cleanup = made.cleanup;
  corpus = await loadCorpus(made.dir);
});
afterAll(() => cleanup());

describe('building in worker threads', () => {
  it('gives exactly the index and quotes of a build in one thread', async () => {
    const serial = await buildLibrary(corpus, { workers: 0 });
    const parallel = await buildLibrary(corpus, { workers: 3 });
    expect(parallel.index).toEqual(serial.index);
    expect(parallel.quotes.speakers()).toEqual(serial.quotes.speakers());
    expect(parallel.quotes.lookup('Bruce')).toEqual(serial.quotes.lookup('Bruce'));
    expect(parallel.search('who met the delegation')).toEqual(serial.search('who met the delegation'));
  });

  it('gives the same index when one document would teach wink a word another reads (in one thread, not across two)', async () => {
    // Plain wink reads "Poor's" whole in the second story once it has read the first (which ends
    // in "Poor's."), but splits it [Poor, 's] in a thread that has not: src/nlp/wink.ts.
    const made = await tempCorpus({
      'a/first.txt':
        "Non-callable for life, the 100 mln dlr deal was priced at par by First Boston Corp. The notes were rated AAA by both Moody's and Standard and Poor's.",
      'b/second.txt': "Standard and Poor's Corp said it affirmed the ratings of Resorts International.",
    });
    try {
      const twoStories = await loadCorpus(made.dir);
      expect(splitByBytes(twoStories.documents, 2).map((shard) => shard.map((d) => d.id))).toEqual([
        ['a/first'],
        ['b/second'],
      ]);
      const serial = await buildLibrary(twoStories, { workers: 0 });
      const parallel = await buildLibrary(twoStories, { workers: 2 });
      expect(parallel.index).toEqual(serial.index);
      expect(parallel.quotes.speakers()).toEqual(serial.quotes.speakers());
    } finally {
      await made.cleanup();
    }
  });

  it('splits documents into consecutive runs of about equal size', () => {
    const shards = splitByBytes(corpus.documents, 3);
    expect(shards).toHaveLength(3);
    expect(shards.flat().map((d) => d.id)).toEqual(corpus.documents.map((d) => d.id));
  });
});
