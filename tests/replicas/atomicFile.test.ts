/**
 * Writes several replicas can make at once into one shared folder: whole files replaced by rename
 * (a reader never sees half of one), names taken by one writer only, and index snapshots written
 * by two builders at once still read as one of them, whole.
 */
import { mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.ts';
import { currentKey, readSnapshot, snapshotFile, writeSnapshot } from '../../src/indexing/snapshot.ts';
import { buildParts } from '../../src/library.ts';
import { linkIfFree, temporaryPath, writeFileAtomically } from '../../src/replicas/atomicFile.ts';
import { SEED } from '../helpers/fixtures.ts';
import { tempCorpus } from '../helpers/tempCorpus.ts';

describe('writes shared by replicas', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'citebot-atomic-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('names each write’s temporary file apart, hidden from the corpus loader', () => {
    const a = temporaryPath(join(dir, 'x.md'));
    const b = temporaryPath(join(dir, 'x.md'));
    expect(a).not.toBe(b);
    expect(a).toMatch(new RegExp(`/\\.x\\.md\\.tmp-${process.pid}-[0-9a-f]{8}$`));
  });

  it('lets a reader see one whole version while 20 writers replace a file at once', async () => {
    const path = join(dir, 'marker.json');
    // Large enough that a write in place would be seen half done.
    const versions = Array.from({ length: 20 }, (_, n) => String.fromCharCode(65 + n).repeat(256 * 1024));
    await writeFileAtomically(path, versions[0]!);
    const seen = new Set<string>();
    let reading = true;
    const reader = (async () => {
      while (reading) seen.add(await readFile(path, 'utf8'));
    })();
    await Promise.all(versions.map((v) => writeFileAtomically(path, v)));
    reading = false;
    await reader;
    for (const text of seen) expect(versions).toContain(text);
    expect(versions).toContain(await readFile(path, 'utf8'));
    expect((await readdir(dir)).filter((f) => f.includes('.tmp-'))).toEqual([]);
  });

  it('gives a name to one of two writers only', async () => {
    const [a, b] = [temporaryPath(join(dir, 'a.txt')), temporaryPath(join(dir, 'a.txt'))];
    await writeFile(a, 'first');
    await writeFile(b, 'second');
    const taken = await Promise.all([linkIfFree(a, join(dir, 'a.txt')), linkIfFree(b, join(dir, 'a.txt'))]);
    expect(taken.filter(Boolean)).toHaveLength(1);
    expect(await readFile(join(dir, 'a.txt'), 'utf8')).toBe(taken[0] ? 'first' : 'second');
  });

  it('leaves a snapshot one of two builders wrote, whole, when both write at once', async () => {
    const corpus = await tempCorpus({ 'kashmir.txt': SEED });
    try {
      const old = new Date(Date.now() - 60_000);
      await utimes(join(corpus.dir, 'kashmir.txt'), old, old);
      const key = await currentKey(corpus.dir, { maxFileBytes: 5 * 1024 * 1024, morphology: 'lemma-stem' });
      const built = await buildParts(await loadCorpus(corpus.dir));
      const file = snapshotFile(join(dir, 'cache'), corpus.dir);
      await Promise.all([writeSnapshot(file, key, built), writeSnapshot(file, key, built)]);
      const read = await readSnapshot(file, key, true);
      expect(read.status).toBe('hit');
      expect(await readdir(join(dir, 'cache'))).toEqual([file.split('/').pop()]);
    } finally {
      await corpus.cleanup();
    }
  });
});
