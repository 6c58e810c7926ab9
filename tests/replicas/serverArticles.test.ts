/**
 * A server's articles across replicas, at the level of ServerArticles: two stores over one
 * DATA_DIR. What one changes, the other reads again at its next catch-up (and only then: an
 * unchanged marker costs a read, no rebuild); a folder another replica left unloadable is logged
 * once, not at every request, and the articles held are kept.
 */
import { rm, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryLogger } from '../../src/app/log.ts';
import { ServerArticles } from '../../src/app/serverArticles.ts';
import { loadLibrary, type Library } from '../../src/library.ts';
import { writeMarker } from '../../src/replicas/generationMarker.ts';
import { SEED } from '../helpers/fixtures.ts';
import { tempCorpus } from '../helpers/tempCorpus.ts';

const GUILD = '300000000000000001';
const VOLCANO = `Volcano erupts near Ruapehu village

A volcano near the village of Ruapehu erupted on Tuesday morning, sending ash two kilometres into the sky, officials said.
`;
const VOLCANO_ID = 'added/volcano-erupts-near-ruapehu-village';

describe('a server’s articles on two replicas', () => {
  let corpus: Awaited<ReturnType<typeof tempCorpus>>;
  let data: Awaited<ReturnType<typeof tempCorpus>>;
  let library: Library;
  const logs = [memoryLogger(), memoryLogger()];
  let stores: ServerArticles[];

  beforeAll(async () => {
    corpus = await tempCorpus({ 'kashmir.txt': SEED });
    data = await tempCorpus({});
    library = await loadLibrary(corpus.dir);
    stores = logs.map(
      (log) =>
        new ServerArticles({
          dataDir: data.dir,
          shared: () => library,
          buildOptions: {},
          limits: { maxFileBytes: 1024 * 1024, allowPrivateUrls: false },
          log,
        }),
    );
    for (const store of stores) await store.start();
  });
  afterAll(async () => {
    await Promise.all([corpus.cleanup(), data.cleanup()]);
  });

  const ids = (store: number) => stores[store]!.articles(GUILD).map((d) => d.id);
  const rereads = (store: number) =>
    logs[store]!.records.filter((r) => r.msg === 'server’s articles changed on another replica, read again').length;

  it('reads the folder again when the other changed it, and not when nothing changed', async () => {
    await stores[0]!.add(GUILD, { slug: 'volcano-erupts-near-ruapehu-village', extension: '.txt', text: VOLCANO });
    expect(ids(1)).toEqual([]);
    await stores[1]!.catchUp(GUILD);
    expect(ids(1)).toEqual([VOLCANO_ID]);
    expect(stores[1]!.viewFor(GUILD).document(VOLCANO_ID)?.title).toBe('Volcano erupts near Ruapehu village');
    // Nothing changed since: no second read. Nor for the replica that made the change.
    await stores[1]!.catchUp(GUILD);
    await stores[0]!.catchUp(GUILD);
    expect([rereads(0), rereads(1)]).toEqual([0, 1]);
  });

  it('keeps what it holds, and says so once, when the other left a folder that does not load', async () => {
    const added = join(data.dir, 'guilds', GUILD, 'added');
    // By hand, as a broken replica might: the article gone, a binary file in its place.
    await unlink(join(added, 'volcano-erupts-near-ruapehu-village.txt'));
    await writeFile(join(added, 'broken.txt'), Buffer.from([0, 1, 2, 0]));
    await writeMarker(join(data.dir, 'guilds', GUILD, 'generation'));
    await stores[1]!.catchUp(GUILD);
    await stores[1]!.catchUp(GUILD);
    expect(ids(1)).toEqual([VOLCANO_ID]);
    expect(logs[1]!.records.filter((r) => r.level === 'error').map((r) => r.msg)).toEqual([
      'could not read a server’s articles again',
    ]);
    await rm(join(added, 'broken.txt'));
  });
});
