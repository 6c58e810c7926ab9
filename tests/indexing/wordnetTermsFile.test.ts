import { cp, mkdtemp, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeWordNetTerms, type WordNetTerms } from '../../src/indexing/wordnetTerms.ts';
import {
  cachedWordNetTerms,
  decodeWordNetTerms,
  encodeWordNetTerms,
  wordNetTermsFile,
  wordNetTermsKey,
} from '../../src/indexing/wordnetTermsFile.ts';
import { loadLibrary } from '../../src/library.ts';
import { entriesOf } from '../../src/search/paraphraseTable.ts';
import { termMaker } from '../../src/nlp/terms.ts';

const NEWS_DEV = new URL('../quotes/news-dev/articles', import.meta.url).pathname;

/**
 * Two lemmas by hand: "cost" (one related term, rank 0) and "price" (two); terms not ASCII and
 * empty included, since the file stores terms as text and lengths.
 */
const SMALL: WordNetTerms = {
  keys: new Uint8Array(Buffer.from('ncostnprice', 'latin1')),
  keyStart: Int32Array.of(0, 5, 11),
  entryStart: Int32Array.of(0, 1, 3),
  entryTerm: Int32Array.of(1, 0, 2),
  entryRank: Uint16Array.of(0, 0, 1),
  terms: ['cost', 'price', 'café', ''],
};

/** The arrays of a WordNetTerms as plain values, to compare a read with what was written. */
const plain = (t: WordNetTerms) => ({
  keys: [...t.keys],
  keyStart: [...t.keyStart],
  entryStart: [...t.entryStart],
  entryTerm: [...t.entryTerm],
  entryRank: [...t.entryRank],
  terms: [...t.terms],
});

describe('WordNet terms file', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'citebot-wnterms-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('reads back exactly what it wrote, under the same key only', () => {
    const file = encodeWordNetTerms(SMALL, 'key A');
    const read = decodeWordNetTerms(file, 'key A');
    expect('terms' in read ? plain(read.terms) : read).toEqual(plain(SMALL));
    // Another key (other dict files, code or morphology): stale, never used.
    expect(decodeWordNetTerms(file, 'key B')).toEqual({
      reason: 'stale: made from other WordNet files or term-making code',
      level: 'info',
    });
  });

  it('is keyed by the morphology (the terms differ between them)', () => {
    expect(wordNetTermsKey('stem')).not.toBe(wordNetTermsKey('lemma-stem'));
    expect(wordNetTermsKey('stem')).toBe(wordNetTermsKey('stem'));
    expect(wordNetTermsFile(dir, 'stem')).toBe(join(dir, 'wordnet-terms-stem.bin'));
  });

  it("the second build reads the file and gets the walk's terms, array for array, without walking", async () => {
    const cacheDir = join(dir, 'walk');
    const lines: string[] = [];
    const log = (line: string, level: string) => lines.push(`${level}: ${line}`);
    let walks = 0;
    const walk = () => {
      walks += 1;
      return computeWordNetTerms(termMaker('lemma-stem'));
    };
    const first = await cachedWordNetTerms(cacheDir, 'lemma-stem', walk, log);
    expect(walks).toBe(1);
    expect(await readdir(cacheDir)).toEqual(['wordnet-terms-lemma-stem.bin']);
    const second = await cachedWordNetTerms(cacheDir, 'lemma-stem', walk, log);
    expect(walks).toBe(1);
    expect(lines).toEqual([
      `debug: WordNet terms ${join(cacheDir, 'wordnet-terms-lemma-stem.bin')} written`,
      `debug: WordNet terms ${join(cacheDir, 'wordnet-terms-lemma-stem.bin')} read`,
    ]);
    // The whole of WordNet: some 100,000 lemmas with related terms, all equal.
    expect(first.keyStart.length).toBeGreaterThan(50_000);
    expect(plain(second)).toEqual(plain(first));
  });

  describe('a file that cannot be trusted is recomputed and rewritten, with one line', () => {
    const cases: [string, (file: string) => Promise<void>, string][] = [
      [
        'a flipped byte',
        async (file) => {
          const bytes = await readFile(file);
          bytes[bytes.length - 3] = bytes[bytes.length - 3]! ^ 0xff;
          await writeFile(file, bytes);
        },
        'warn: WordNet terms FILE not used, recomputing: corrupt: bad checksum',
      ],
      [
        'a truncated file',
        (file) => truncate(file, 40),
        `warn: WordNet terms FILE not used, recomputing: truncated: 40 of ${encodeWordNetTerms(SMALL, 'current').length} bytes`,
      ],
      [
        'another key',
        (file) => writeFile(file, encodeWordNetTerms(SMALL, 'older')),
        'info: WordNet terms FILE not used, recomputing: stale: made from other WordNet files or term-making code',
      ],
      [
        'not ours',
        (file) => writeFile(file, 'hello'),
        'warn: WordNet terms FILE not used, recomputing: not a WordNet terms file',
      ],
    ];
    for (const [name, damage, line] of cases)
      it(name, async () => {
        const cacheDir = join(dir, name.replace(/ /g, '-'));
        const file = wordNetTermsFile(cacheDir, 'stem');
        let computed = 0;
        const compute = async () => {
          computed += 1;
          return SMALL;
        };
        await cachedWordNetTerms(cacheDir, 'stem', compute, undefined, 'current');
        await damage(file);
        const lines: string[] = [];
        const terms = await cachedWordNetTerms(
          cacheDir,
          'stem',
          compute,
          (l, level) => lines.push(`${level}: ${l}`),
          'current',
        );
        expect(computed).toBe(2);
        expect(plain(terms)).toEqual(plain(SMALL));
        expect(lines).toEqual([line.replace('FILE', file), `debug: WordNet terms ${file} written`]);
        // Rewritten: the next build reads it.
        const again = decodeWordNetTerms(await readFile(file), 'current');
        expect('terms' in again ? plain(again.terms) : again).toEqual(plain(SMALL));
      });
  });

  it('a failed write is one line, and the terms are still given', async () => {
    const blocked = join(dir, 'blocked');
    await writeFile(blocked, 'a file where the folder would be');
    const lines: string[] = [];
    const terms = await cachedWordNetTerms(
      blocked,
      'stem',
      async () => SMALL,
      (l, level) => lines.push(`${level}: ${l.slice(0, l.indexOf('.bin') + 4)}`),
      'current',
    );
    expect(plain(terms)).toEqual(plain(SMALL));
    expect(lines).toEqual([`warn: could not write WordNet terms ${wordNetTermsFile(blocked, 'stem')}`]);
  });
});

describe("a library's build and WordNet's terms file", () => {
  let corpus = '';
  let cache = '';
  beforeAll(async () => {
    corpus = await mkdtemp(join(tmpdir(), 'citebot-wnterms-corpus-'));
    // Four copies of the news articles (84 KB): over PARAPHRASE_TABLE_MIN_BYTES, so the build makes a table.
    for (const copy of ['a', 'b', 'c', 'd']) await cp(NEWS_DEV, join(corpus, copy), { recursive: true });
    cache = await mkdtemp(join(tmpdir(), 'citebot-wnterms-cache-'));
  });
  afterAll(async () => {
    for (const d of [corpus, cache]) await rm(d, { recursive: true, force: true });
  });

  it("reads the cache folder's file instead of walking WordNet", async () => {
    // A file under the current key holding only SMALL's two lemmas: the build's table is cut from it.
    await writeFile(wordNetTermsFile(cache, 'lemma-stem'), encodeWordNetTerms(SMALL, wordNetTermsKey('lemma-stem')));
    const library = await loadLibrary(corpus, { quotes: false, morphology: 'lemma-stem', cache: { dir: cache } });
    const table = library.index.paraphrases!;
    expect(entriesOf(table, 'ncost').terms).toEqual(['price']);
    // `café` and the empty term are no terms of this corpus: left out.
    expect(entriesOf(table, 'nprice').terms).toEqual(['cost']);
    // WordNet's other lemmas were never walked.
    expect(entriesOf(table, 'nvalue').terms).toEqual([]);
  });
});
