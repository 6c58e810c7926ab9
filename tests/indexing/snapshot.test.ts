import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, truncate, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.ts';
import type { Corpus } from '../../src/corpus/types.ts';
import {
  currentKey,
  pruneSnapshots,
  readSnapshot,
  SNAPSHOT_VERSION,
  snapshotFile,
  writeSnapshot,
} from '../../src/indexing/snapshot.ts';
import { sameText } from '../../src/indexing/storedDocuments.ts';
import {
  buildParts,
  type Library,
  libraryFromBuilt,
  loadLibrary,
  type LoadLibraryOptions,
  type SearchLibrary,
  type SnapshotLogLevel,
} from '../../src/library.ts';
import { deferArrays, whenResident } from '../../src/search/resident.ts';
import { paraphraseTableOf } from '../../src/indexing/paraphraseTable.ts';
import { wordNetTerms } from '../../src/indexing/wordnetTerms.ts';
import { entriesOf } from '../../src/search/paraphraseTable.ts';
import { tempCorpus } from '../helpers/tempCorpus.ts';

const SEEDS = new URL('../../seeds', import.meta.url).pathname;
const NEWS_DEV = new URL('../quotes/news-dev/articles', import.meta.url).pathname;

const QUESTIONS = [
  'who met the delegation',
  'what did Trump post',
  'why did the talks fail',
  'how did India respond',
  'when was the meeting',
  'what did Michael Howard say about immigration',
  'who won the world cup', // declined
  'profits',
];
const SPEAKERS = ['Bruce', 'Tammy Bruce', 'Trump', 'Howard', 'Michael Howard', 'Bwalya', 'Robinson', 'nobody at all'];

/** An hour ago: files older than the snapshot's racy window (2 s). */
const past = (minutes = 60): Date => new Date(Date.now() - minutes * 60_000);

async function backdate(dir: string, files: readonly string[], when = past()): Promise<void> {
  for (const file of files) await utimes(join(dir, file), when, when);
}

/** A cache folder of its own and the lines the loads log, cleared by `take()`. */
function useCache(): {
  options: () => { dir: string; log: (line: string, level: SnapshotLogLevel) => void };
  take: () => { line: string; level: SnapshotLogLevel }[];
  dir: () => string;
} {
  let dir = '';
  let lines: { line: string; level: SnapshotLogLevel }[] = [];
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'citebot-cache-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));
  return {
    options: () => ({ dir, log: (line, level) => lines.push({ line, level }) }),
    take: () => {
      const taken = lines;
      lines = [];
      return taken;
    },
    dir: () => dir,
  };
}

const loaded = (lines: readonly { line: string; level: SnapshotLogLevel }[]): boolean =>
  lines.some((l) => l.level === 'debug' && / loaded /.test(l.line));
const written = (lines: readonly { line: string; level: SnapshotLogLevel }[]): boolean =>
  lines.some((l) => l.level === 'debug' && / written /.test(l.line));
const notUsed = (lines: readonly { line: string; level: SnapshotLogLevel }[]): { line: string; level: string }[] =>
  lines.filter((l) => / not used/.test(l.line));

/** The bytes of a snapshot's texts region (the header's `texts.total`): the last part of the file. */
function textBytes(snapshot: Buffer): number {
  const headerLength = snapshot.readUInt32LE(12);
  return (JSON.parse(snapshot.toString('utf8', 32, 32 + headerLength)) as { texts: { total: number } }).texts.total;
}

/** Everything a reader of the library sees: answers, quotes, stats, the corpus. */
function expectSameAnswers(actual: SearchLibrary, expected: SearchLibrary, withQuotes: boolean): void {
  for (const question of QUESTIONS) {
    expect(actual.search(question)).toEqual(expected.search(question));
    expect(actual.search(question, { limit: 20, abstain: false })).toEqual(
      expected.search(question, { limit: 20, abstain: false }),
    );
  }
  expect(actual.search('who met the delegation', { source: expected.corpus.documents[0]!.id })).toEqual(
    expected.search('who met the delegation', { source: expected.corpus.documents[0]!.id }),
  );
  expect(actual.stats).toEqual(expected.stats);
  expect(actual.corpus).toEqual(expected.corpus);
  expect(actual.index).toEqual(expected.index);
  if (withQuotes) {
    const a = actual as Library;
    const e = expected as Library;
    expect(a.quotes.quoteCount).toBe(e.quotes.quoteCount);
    expect(a.quotes.speakers()).toEqual(e.quotes.speakers());
    expect(a.quotes.all()).toEqual(e.quotes.all());
    for (const name of SPEAKERS) expect(a.quotes.lookup(name)).toEqual(e.quotes.lookup(name));
  }
}

describe('a library loaded from its snapshot', () => {
  const cache = useCache();

  it('answers as a fresh build does on the seed corpus, and says it was loaded', async () => {
    const fresh = await loadLibrary(SEEDS);
    const first = await loadLibrary(SEEDS, { cache: cache.options() });
    const lines = cache.take();
    expect(written(lines)).toBe(true);
    expect(notUsed(lines)).toEqual([]); // no snapshot yet: nothing to say
    const warm = await loadLibrary(SEEDS, { cache: cache.options() });
    expect(loaded(cache.take())).toBe(true);
    expectSameAnswers(first, fresh, true);
    expectSameAnswers(warm, fresh, true);
  });

  it('keeps loadLibrary without a cache as it was: nothing read or written', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'citebot-nocache-'));
    try {
      await loadLibrary(SEEDS, { quotes: false });
      await loadLibrary(SEEDS, { cache: null });
      expect(await readdir(dir)).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('snapshots of a corpus that changes', () => {
  const cache = useCache();
  let dir = '';
  let files: string[] = [];
  let cleanup: () => Promise<void> = async () => undefined;

  beforeAll(async () => {
    const contents: Record<string, string | Uint8Array> = {};
    for (const name of await readdir(NEWS_DEV)) contents[`news/${name}`] = await readFile(join(NEWS_DEV, name));
    contents['seed.txt'] = await readFile(join(SEEDS, 'us-state-department-kashmir-mediation.txt'));
    contents['notes/emoji.md'] =
      '---\ntitle: Emoji 🎉 and accents\nurl: https://example.com/e\ndate: 2024-05-01\n---\n' +
      'The café 🎉 opened on Monday, “a great day,” Mayor Ana Lima said.\n\nShe said the 𝒳 sign was new.\n';
    contents['old/latin1.txt'] = Buffer.from(
      'Caf\xe9 owners \x93welcomed\x94 the rules, Minister Jo Park said.\n',
      'latin1',
    );
    // A quote over two paragraphs: its text (joined by a line break) is not in the article as is.
    contents['notes/council.txt'] =
      'Council vote on the budget\n\n“The budget is tight this year, and we have to choose,” Mayor Ana Lima said on Monday.\n' +
      '“We will close two libraries in the north of the city.\n“And we will open one new school in the south,” she added.\n';
    contents['bad/binary.txt'] = new Uint8Array([0, 1, 2, 3]);
    contents['bad/empty.txt'] = '\n\n';
    const made = await tempCorpus(contents);
    dir = made.dir;
    cleanup = made.cleanup;
    files = Object.keys(contents);
    await backdate(dir, files);
  });
  afterAll(() => cleanup());

  const fresh = (options: LoadLibraryOptions = {}): Promise<Library> => loadLibrary(dir, options);
  const cached = (options: LoadLibraryOptions = {}): Promise<Library> =>
    loadLibrary(dir, { ...options, cache: cache.options() });

  it('serves the same answers, skipped files and notices included', async () => {
    const expected = await fresh();
    expect(expected.corpus.skipped.length).toBeGreaterThan(0);
    expect(expected.corpus.notices.length).toBeGreaterThan(0);
    expect(expected.quotes.quoteCount).toBeGreaterThan(20);
    await cached();
    expect(written(cache.take())).toBe(true);
    const warm = await cached();
    expect(loaded(cache.take())).toBe(true);
    expectSameAnswers(warm, expected, true);
    expect(warm.document('notes/emoji')?.text).toBe(expected.document('notes/emoji')?.text);
    // The snapshot keeps quotes as offsets into their articles, and this one's text, which is not
    // in its article as is, on its own.
    expect(warm.quotes.lookup('Ana Lima').quotes.map((q) => q.text)).toContain(
      'We will close two libraries in the north of the city.\nAnd we will open one new school in the south',
    );
  });

  it('leaves no temporary file behind', async () => {
    expect((await readdir(cache.dir())).filter((f) => f.includes('.tmp'))).toEqual([]);
    expect(await readdir(cache.dir())).toEqual([snapshotFile(cache.dir(), dir).split('/').pop()]);
  });

  it('serves `ask` (no quote pass) from a snapshot with quotes', async () => {
    const expected = await fresh({ quotes: false });
    const warm = await cached({ quotes: false });
    expect(loaded(cache.take())).toBe(true);
    expectSameAnswers(warm, expected, false);
    expect(warm.stats.quotes).toBe(0);
  });

  it('does not serve the quotes from a snapshot built without them', async () => {
    const other = await mkdtemp(join(tmpdir(), 'citebot-cache-'));
    const log: string[] = [];
    const options = { dir: other, log: (line: string) => log.push(line) };
    try {
      await loadLibrary(dir, { quotes: false, cache: options });
      const library = await loadLibrary(dir, { cache: options });
      expect(log.filter((l) => / not used/.test(l))).toEqual([expect.stringMatching(/without the quote pass/)]);
      expectSameAnswers(library, await fresh(), true);
    } finally {
      await rm(other, { recursive: true, force: true });
    }
  });

  it('rebuilds when a file changes (size or modification time), with one line saying how many', async () => {
    cache.take();
    const file = join(dir, 'news/02-bp-profits.txt');
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('profits', 'earnings'));
    await backdate(dir, ['news/02-bp-profits.txt'], past(30));
    const rebuilt = await cached();
    const lines = cache.take();
    expect(notUsed(lines)).toEqual([
      {
        line: expect.stringMatching(/stale: 1 of \d+ file\(s\) differ \(1 changed: news\/02-bp-profits\.txt\)/),
        level: 'info',
      },
    ]);
    expect(written(lines)).toBe(true);
    expectSameAnswers(rebuilt, await fresh(), true);
    expect(rebuilt.document('news/02-bp-profits')?.text).toContain('earnings');

    // The same size, another time.
    await backdate(dir, ['news/02-bp-profits.txt'], past(20));
    await cached();
    expect(notUsed(cache.take())).toEqual([{ line: expect.stringMatching(/1 changed/), level: 'info' }]);
    // And back to loading.
    await cached();
    expect(loaded(cache.take())).toBe(true);
  });

  it('rebuilds when a file is added or removed; a file written just before the build is compared by content', async () => {
    await writeFile(join(dir, 'news/new.txt'), 'A new article.\nThe minister resigned on Friday.\n');
    // Dated a minute ahead, so it stays within the racy window however slowly a loaded machine
    // runs the builds below (a real clock let it age past the window between two builds).
    const ahead = new Date(Date.now() + 60_000);
    await utimes(join(dir, 'news/new.txt'), ahead, ahead);
    await cached();
    expect(notUsed(cache.take())).toEqual([
      { line: expect.stringMatching(/1 of \d+ file\(s\) differ \(1 added: news\/new\.txt\)/), level: 'info' },
    ]);
    // news/new.txt is seconds old: its times may not show a change made within their granularity,
    // so it is keyed by its content, and the snapshot just written serves while the content holds.
    await cached();
    expect(loaded(cache.take())).toBe(true);
    // The same size, other words, the time not moved: the content says it changed.
    const stat = await import('node:fs/promises').then((fs) => fs.stat(join(dir, 'news/new.txt')));
    await writeFile(join(dir, 'news/new.txt'), 'A new article.\nThe minister returned on Friday.\n');
    await utimes(join(dir, 'news/new.txt'), stat.atime, stat.mtime);
    const changed = await cached();
    expect(notUsed(cache.take())).toEqual([
      { line: expect.stringMatching(/1 changed: news\/new\.txt/), level: 'info' },
    ]);
    expect(changed.document('news/new')?.text).toContain('returned');
    // Older now than the racy window: compared by content still, until the next build keys it by time.
    await backdate(dir, ['news/new.txt']);
    await cached();
    expect(loaded(cache.take())).toBe(true);

    await rm(join(dir, 'news/new.txt'));
    const library = await cached();
    expect(notUsed(cache.take())).toEqual([
      { line: expect.stringMatching(/1 removed: news\/new\.txt/), level: 'info' },
    ]);
    expect(library.document('news/new')).toBeUndefined();
  });

  it('rebuilds from a snapshot truncated by hand, with one warning', async () => {
    await cached();
    cache.take();
    const file = snapshotFile(cache.dir(), dir);
    const size = (await readFile(file)).length;
    await truncate(file, Math.floor(size / 2));
    const library = await cached();
    const lines = cache.take();
    expect(notUsed(lines)).toEqual([
      {
        line: expect.stringMatching(new RegExp(`truncated \\(${Math.floor(size / 2)} of ${size} bytes\\)`)),
        level: 'warn',
      },
    ]);
    expect(written(lines)).toBe(true);
    expectSameAnswers(library, await fresh(), true);
    await cached();
    expect(loaded(cache.take())).toBe(true);
    // Down to nothing.
    await truncate(file, 10);
    await cached();
    expect(notUsed(cache.take())).toEqual([{ line: expect.stringMatching(/truncated/), level: 'warn' }]);
  });

  it("rebuilds when any byte before the texts is flipped (header, arrays, quote table); a flipped text byte fails that text's read", async () => {
    await cached();
    cache.take();
    const file = snapshotFile(cache.dir(), dir);
    const good = await readFile(file);
    const expected = await fresh();
    // The texts come last, read on demand: each is checked against its own checksum when read.
    const textsStart = good.length - textBytes(good);
    // Deterministic "random" positions spread over the file, and the ends of it.
    const positions = [40, 100, textsStart - 1, textsStart, (textsStart + good.length) >> 1, good.length - 1];
    let seed = 12345;
    for (let k = 0; k < 6; k += 1) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      positions.push(32 + (seed % (good.length - 32)));
    }
    expect(positions.filter((at) => at >= textsStart).length).toBeGreaterThanOrEqual(3);
    for (const at of positions) {
      const bad = Buffer.from(good);
      bad[at] = bad[at]! ^ 0x5a;
      await writeFile(file, bad);
      const library = await cached();
      const lines = notUsed(cache.take());
      if (at < textsStart) {
        expect(lines, `byte ${at} of ${good.length}`).toHaveLength(1);
        expect(lines[0]).toEqual({
          line: expect.stringMatching(/corrupt \((header )?checksum mismatch\)/),
          level: 'warn',
        });
        expectSameAnswers(library, expected, true);
      } else {
        // Used (its header and arrays are sound); one document's text fails its read, the others read as built.
        expect(lines, `byte ${at} of ${good.length}`).toEqual([]);
        const failed = library.corpus.documents.filter((d, i) => {
          try {
            expect(d.text).toBe(expected.corpus.documents[i]!.text);
            return false;
          } catch (error) {
            expect(String(error)).toMatch(/does not match its checksum/);
            return true;
          }
        });
        expect(failed, `byte ${at} of ${good.length}`).toHaveLength(1);
      }
    }
    await writeFile(file, good);
  });

  it("leaves the index's largest arrays in the file when asked (the bot's load): answers as a fresh build does before they are read, and holds them all once filled", async () => {
    await cached();
    cache.take();
    const expected = await fresh();
    const file = snapshotFile(cache.dir(), dir);
    const key = await currentKey(dir, { maxFileBytes: 5 * 1024 * 1024, morphology: 'lemma-stem' });
    const read = await readSnapshot(file, key, true, undefined, 'deferred');
    if (read.status !== 'hit' || read.deferred === null)
      throw new Error(`expected a hit with deferred arrays: ${JSON.stringify(read)}`);
    const { index } = read.built;
    // Not read yet: still the zeros of a fresh buffer.
    expect(read.deferred.complete).toBe(false);
    expect(index.postingIds.some((id) => id !== 0)).toBe(false);
    expect(index.termSeq.some((t) => t !== 0)).toBe(false);
    let resolve = (): void => undefined;
    deferArrays(
      index,
      read.deferred,
      new Promise<void>((done) => {
        resolve = done;
      }),
    );
    const warm = await libraryFromBuilt(read.built);
    for (const question of QUESTIONS) {
      expect(warm.search(question)).toEqual(expected.search(question));
      expect(warm.search(question, { limit: 20, abstain: false })).toEqual(
        expected.search(question, { limit: 20, abstain: false }),
      );
    }
    await read.deferred.fill(async () => undefined);
    resolve();
    expect(read.deferred.complete).toBe(true);
    expectSameAnswers(warm, expected, true);
  });

  it('on a damaged block of the deferred arrays: an eager load rebuilds; a deferred load serves, then logs the damage and deletes the file, and the next load rebuilds', async () => {
    await cached();
    cache.take();
    const file = snapshotFile(cache.dir(), dir);
    const good = await readFile(file);
    const headerLength = good.readUInt32LE(12);
    const header = JSON.parse(good.toString('utf8', 32, 32 + headerLength)) as {
      arraysLength: number;
      deferred: { start: number } | null;
    };
    const arraysStart = 32 + ((headerLength + 7) & ~7);
    if (header.deferred === null) throw new Error('expected deferred arrays');
    const bad = Buffer.from(good);
    const at = arraysStart + ((header.deferred.start + header.arraysLength) >> 1);
    bad[at] = bad[at]! ^ 0x5a;
    await writeFile(file, bad);
    await cached();
    expect(notUsed(cache.take())).toEqual([
      { line: expect.stringMatching(/corrupt \(checksum mismatch\)/), level: 'warn' },
    ]);
    await writeFile(file, bad);
    const served = await cached({ arrays: 'deferred' });
    await expect(whenResident(served.index)).rejects.toThrow(/do not match their checksum at block/);
    await vi.waitFor(async () => expect(await readdir(cache.dir())).toEqual([]));
    const lines = cache.take();
    expect(loaded(lines)).toBe(true);
    expect(lines.filter((l) => l.level === 'warn')).toEqual([
      { line: expect.stringMatching(/ damaged, deleted \(rebuilt at the next load\)/), level: 'warn' },
    ]);
    await cached({ arrays: 'deferred' });
    expect(written(cache.take())).toBe(true);
  });

  it('ignores a file that is not a snapshot, or of another format version', async () => {
    const file = snapshotFile(cache.dir(), dir);
    await writeFile(file, 'hello, world: not a snapshot at all, but long enough to have a prefix');
    await cached();
    expect(notUsed(cache.take())).toEqual([{ line: expect.stringMatching(/not an index snapshot/), level: 'warn' }]);
    const good = await readFile(file);
    good.writeUInt32LE(SNAPSHOT_VERSION + 1, 8);
    await writeFile(file, good);
    await cached();
    expect(notUsed(cache.take())).toEqual([
      { line: expect.stringMatching(new RegExp(`format version ${SNAPSHOT_VERSION + 1}`)), level: 'info' },
    ]);
  });

  it('never opens a snapshot path that is not a regular file: a FIFO (opening it would wait forever) or a directory', async () => {
    const file = snapshotFile(cache.dir(), dir);
    await rm(file, { force: true });
    execFileSync('mkfifo', [file]);
    const library = await cached();
    const lines = cache.take();
    expect(notUsed(lines)).toEqual([{ line: expect.stringMatching(/not a regular file \(a FIFO\)/), level: 'warn' }]);
    expectSameAnswers(library, await fresh(), true);
    // The rebuild's snapshot took the FIFO's place.
    expect(written(lines)).toBe(true);
    await cached();
    expect(loaded(cache.take())).toBe(true);

    await rm(file);
    await mkdir(file);
    await cached();
    expect(notUsed(cache.take())).toEqual([
      { line: expect.stringMatching(/not a regular file \(a directory\)/), level: 'warn' },
    ]);
    await rm(file, { recursive: true });
  });

  it('does not use a snapshot of another corpus directory, or built with other settings', async () => {
    await cached();
    cache.take();
    // The seed corpus's snapshot copied over this corpus's.
    await loadLibrary(SEEDS, { cache: cache.options() });
    await writeFile(snapshotFile(cache.dir(), dir), await readFile(snapshotFile(cache.dir(), SEEDS)));
    cache.take();
    let library = await cached();
    expect(notUsed(cache.take())).toEqual([
      { line: expect.stringMatching(/foreign: built for another corpus directory/), level: 'warn' },
    ]);
    expectSameAnswers(library, await fresh(), true);

    library = await cached({ morphology: 'stem' });
    expect(notUsed(cache.take())).toEqual([
      { line: expect.stringMatching(/built with MORPHOLOGY lemma-stem, not stem/), level: 'info' },
    ]);
    expectSameAnswers(library, await fresh({ morphology: 'stem' }), true);

    library = await cached({ morphology: 'stem', maxFileBytes: 1000 });
    expect(notUsed(cache.take())).toEqual([{ line: expect.stringMatching(/MAX_FILE_BYTES/), level: 'info' }]);
    expect(library.corpus.skipped.some((s) => s.reason === 'too-large')).toBe(true);
    expectSameAnswers(library, await fresh({ morphology: 'stem', maxFileBytes: 1000 }), true);
  });

  it('still loads when the snapshot cannot be written, with one warning', async () => {
    const blocker = join(cache.dir(), 'a-file');
    await writeFile(blocker, 'not a folder');
    const log: { line: string; level: SnapshotLogLevel }[] = [];
    const library = await loadLibrary(dir, {
      cache: { dir: join(blocker, 'cache'), log: (line, level) => log.push({ line, level }) },
    });
    expect(log).toEqual([{ line: expect.stringMatching(/could not write the index snapshot/), level: 'warn' }]);
    expectSameAnswers(library, await fresh(), true);
    await rm(blocker);
  });
});

describe('the snapshot format', () => {
  const cache = useCache();

  it('keeps texts that are not well-formed UTF-16 exactly (a lone surrogate)', async () => {
    const made = await tempCorpus({ 'a.txt': 'Lone surrogate article.\nIt says the minister left on Monday.\n' });
    try {
      await backdate(made.dir, ['a.txt']);
      const loadedCorpus = await loadCorpus(made.dir);
      const document = loadedCorpus.documents[0]!;
      const text = document.text.replace('Monday', 'Mond\ud800y');
      const corpus: Corpus = { ...loadedCorpus, documents: [{ ...document, text }] };
      const built = await buildParts(corpus);
      const key = await currentKey(made.dir, { maxFileBytes: 5 * 1024 * 1024, morphology: 'lemma-stem' });
      const file = snapshotFile(cache.dir(), made.dir);
      await writeSnapshot(file, key, built);
      const read = await readSnapshot(file, key, true);
      expect(read.status === 'hit' ? 'hit' : read).toBe('hit');
      if (read.status !== 'hit') return;
      expect(read.built.corpus.documents[0]!.text).toBe(text);
      expect(read.built).toEqual(built);
    } finally {
      await made.cleanup();
    }
  });

  it("keeps the index's paraphrase table as built (a question then reads no WordNet)", async () => {
    const made = await tempCorpus({ 'a.txt': 'Plant cost.\nThe new plant will cost 40 mln dlrs.\n' });
    try {
      await backdate(made.dir, ['a.txt']);
      const built = await buildParts(await loadCorpus(made.dir), { quotes: false });
      // A corpus this small gets no table of its own (PARAPHRASE_TABLE_MIN_BYTES): one is cut for it here.
      const paraphrases = paraphraseTableOf(built.index, await wordNetTerms('lemma-stem'));
      expect(entriesOf(paraphrases, 'nprice').terms).toEqual(['cost']);
      const withTable = { ...built, index: { ...built.index, paraphrases } };
      const key = await currentKey(made.dir, { maxFileBytes: 5 * 1024 * 1024, morphology: 'lemma-stem' });
      const file = snapshotFile(cache.dir(), made.dir);
      await writeSnapshot(file, key, withTable);
      const read = await readSnapshot(file, key, false);
      expect(read.status === 'hit' ? 'hit' : read).toBe('hit');
      if (read.status !== 'hit') return;
      expect(read.built.index.paraphrases).toEqual(paraphrases);
      expect(read.built).toEqual(withTable);
    } finally {
      await made.cleanup();
    }
  });

  it('reads the arrays while the key is still being computed: a key that then matches is a hit, a stale one or none (the corpus could not be listed) is a miss with its reason', async () => {
    // npm start lists and stats the corpus (a second at a million sentences) while the file is read.
    const made = await tempCorpus({ 'a.txt': 'Harbour article.\nThe harbour reopened on Monday, the mayor said.\n' });
    try {
      await backdate(made.dir, ['a.txt']);
      const built = await buildParts(await loadCorpus(made.dir));
      const key = await currentKey(made.dir, { maxFileBytes: 5 * 1024 * 1024, morphology: 'lemma-stem' });
      const file = snapshotFile(cache.dir(), made.dir);
      await writeSnapshot(file, key, built);
      const later = <T>(value: T): Promise<T> => new Promise((done) => setTimeout(() => done(value), 20));
      const hit = await readSnapshot(file, later(key), true);
      expect(hit.status === 'hit' && hit.built).toEqual(built);
      const stale = { ...key, maxFileBytes: key.maxFileBytes + 1 };
      expect(await readSnapshot(file, later(stale), true)).toEqual(await readSnapshot(file, stale, true));
      expect(await readSnapshot(file, later(stale), true)).toMatchObject({ status: 'ignored', level: 'info' });
      expect(await readSnapshot(file, later(null), true)).toEqual({
        status: 'ignored',
        reason: 'the corpus could not be listed',
        level: 'info',
      });
    } finally {
      await made.cleanup();
    }
  });

  it('reads each text when asked for, in its own encoding, exactly, from the file it loaded even once replaced', async () => {
    // Latin-1 (one byte a character), beyond Latin-1 (UTF-8), and a lone surrogate (UTF-16LE).
    const made = await tempCorpus({
      'a.txt': 'Café owners.\nThe café opened on Monday, the mayor said.\n',
      'b.txt': 'Curly quotes.\n“It opened on Monday,” the mayor said.\n',
      'c.txt': 'Lone surrogate article.\nIt says the minister left on Monday.\n',
    });
    try {
      await backdate(made.dir, ['a.txt', 'b.txt', 'c.txt']);
      const loadedCorpus = await loadCorpus(made.dir);
      const documents = loadedCorpus.documents.map((d) =>
        d.id === 'c' ? { ...d, text: d.text.replace('Monday', 'Mond\ud800y') } : d,
      );
      const built = await buildParts({ ...loadedCorpus, documents });
      const key = await currentKey(made.dir, { maxFileBytes: 5 * 1024 * 1024, morphology: 'lemma-stem' });
      const file = snapshotFile(cache.dir(), made.dir);
      const bytes = await writeSnapshot(file, key, built);
      const read = await readSnapshot(file, key, true);
      const twice = await readSnapshot(file, key, true);
      expect(read.status === 'hit' ? 'hit' : read).toBe('hit');
      if (read.status !== 'hit' || twice.status !== 'hit') return;
      expect(read.built).toEqual(built);
      // Two loads of one snapshot have the same texts (compared by length, encoding and checksum:
      // what a /reload of an unchanged corpus compares), and a loaded text is the built one.
      read.built.corpus.documents.forEach((d, i) => {
        expect(sameText(d, twice.built.corpus.documents[i]!)).toBe(true);
        expect(sameText(d, documents[i]!)).toBe(true);
      });
      // The Latin-1 text takes a byte a character: the file holds its UTF-8 form nowhere.
      const raw = await readFile(file);
      expect(raw.includes(Buffer.from(documents[0]!.text, 'latin1'))).toBe(true);
      expect(raw.includes(Buffer.from(documents[0]!.text, 'utf8'))).toBe(false);
      expect(raw.includes(Buffer.from(documents[1]!.text, 'utf8'))).toBe(true);
      expect(raw.length).toBe(bytes);
      // Another build's snapshot written over it (a new file renamed into place, as every write is):
      // the corpus read before keeps reading the texts it was loaded with.
      const other = await buildParts({
        ...loadedCorpus,
        documents: documents.map((d) => ({ ...d, text: d.text.replace('Monday', 'Friday') })),
      });
      await writeSnapshot(file, key, other);
      expect(read.built.corpus.documents.map((d) => d.text)).toEqual(documents.map((d) => d.text));
      const again = await readSnapshot(file, key, true);
      expect(again.status === 'hit' && again.built.corpus.documents[0]!.text).toContain('Friday');
      // Monday and Friday have one length: the checksums tell the texts apart (c's `Mond\ud800y` stays).
      if (again.status === 'hit')
        expect(read.built.corpus.documents.map((d, i) => sameText(d, again.built.corpus.documents[i]!))).toEqual([
          false,
          false,
          true,
        ]);
    } finally {
      await made.cleanup();
    }
  });

  it('deletes snapshots unused for 30 days and abandoned temporary files, nothing else', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'citebot-prune-'));
    try {
      const names = {
        used: 'corpus-0123456789abcdef.snapshot',
        unused: 'corpus-fedcba9876543210.snapshot',
        tmpNew: 'corpus-0123456789abcdef.snapshot.tmp-123',
        tmpOld: 'corpus-fedcba9876543210.snapshot.tmp-456',
        // As writes name them now (pid and a random part: replicas may share the folder).
        tmpNewHidden: '.corpus-0123456789abcdef.snapshot.tmp-123-0a1b2c3d',
        tmpOldHidden: '.corpus-fedcba9876543210.snapshot.tmp-456-4e5f6a7b',
        other: 'notes.txt',
      };
      for (const name of Object.values(names)) await writeFile(join(dir, name), 'x');
      await backdate(dir, [names.unused, names.other], past(31 * 24 * 60));
      await backdate(dir, [names.used], past(29 * 24 * 60));
      await backdate(dir, [names.tmpOld, names.tmpOldHidden], past(61));
      await pruneSnapshots(dir);
      expect((await readdir(dir)).sort()).toEqual([names.used, names.tmpNew, names.tmpNewHidden, names.other].sort());
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
