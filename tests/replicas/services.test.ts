/**
 * Replicas in one process: two services wired as `npm start` wires them (createServices), each
 * with its own router and memory, sharing the corpus folder, INDEX_CACHE_DIR and DATA_DIR. What one
 * changes, the other answers from its next request: a server's added and removed articles, and a
 * /reload of the corpus (loaded from the snapshot the first one wrote, not built again).
 */
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Invoker } from '../../src/app/command.ts';
import { memoryLogger } from '../../src/app/log.ts';
import { corpusLoader } from '../../src/app/reloadService.ts';
import { createServices, type Services } from '../../src/app/services.ts';
import { parseConfig } from '../../src/config/config.ts';
import { CitebotError } from '../../src/errors.ts';
import { corpusToken } from '../../src/replicas/corpusFollower.ts';
import type { Reply } from '../../src/replies/types.ts';
import { FERRY, localFile, SEED, SOLAR, SOLAR_ID } from '../helpers/fixtures.ts';
import { tempCorpus } from '../helpers/tempCorpus.ts';

const GUILD = '300000000000000001';
const MODERATOR: Invoker = {
  id: '400000000000000001',
  inGuild: true,
  guildId: GUILD,
  canManageGuild: true,
  roleIds: [],
};

/** The whole reply as text: where a citation would be, wherever the reply puts it. */
const text = (reply: Reply): string => JSON.stringify(reply);

describe('two replicas sharing the corpus folder, INDEX_CACHE_DIR and DATA_DIR', () => {
  let corpus: Awaited<ReturnType<typeof tempCorpus>>;
  let uploads: Awaited<ReturnType<typeof tempCorpus>>;
  let shared: string;
  const replicas: { services: Services; log: ReturnType<typeof memoryLogger> }[] = [];

  const ask = (replica: number, question: string): Promise<Reply> =>
    replicas[replica]!.services.router.handle({ kind: 'command', name: 'ask', options: { question }, user: MODERATOR });
  const article = (replica: number, subcommand: 'add' | 'remove', options: Record<string, unknown>): Promise<Reply> =>
    replicas[replica]!.services.router.handle({
      kind: 'command',
      name: 'article',
      subcommand,
      options: options as never,
      user: MODERATOR,
    });

  /** A replica as main.ts starts one: the first load (from the snapshot when there is one), then the services. */
  async function start(load?: () => Promise<never>, whileLoading?: () => Promise<void>): Promise<void> {
    const log = memoryLogger();
    const config = parseConfig({
      CORPUS_DIR: corpus.dir,
      INDEX_CACHE_DIR: join(shared, 'cache'),
      DATA_DIR: join(shared, 'data'),
      ASK_COOLDOWN_SECONDS: '0',
    });
    const loader = corpusLoader(config.engine, undefined, { log });
    const token = await corpusToken(config.engine.indexCacheDir, config.engine.corpusDir);
    const initial = await loader(() => undefined);
    await whileLoading?.();
    let loads = 0;
    const services = await createServices({
      config,
      log,
      initial,
      // The second replica may be given a loader that fails from its second use (a broken volume).
      load: (progress) => (load !== undefined && ++loads > 0 ? load() : loader(progress)),
      corpusToken: token,
      followWaitMs: 30_000,
    });
    replicas.push({ services, log });
  }

  beforeAll(async () => {
    corpus = await tempCorpus({ 'kashmir.txt': SEED });
    uploads = await tempCorpus({ 'solar.txt': SOLAR });
    shared = await mkdtemp(join(tmpdir(), 'citebot-replicas-'));
    await start();
    await start();
  });
  afterAll(async () => {
    for (const { services } of replicas) await services.close();
    await Promise.all([corpus.cleanup(), uploads.cleanup(), rm(shared, { recursive: true, force: true })]);
  });

  it('starts the second replica from the snapshot the first wrote', () => {
    const lines = (n: number) => replicas[n]!.log.records.map((r) => r.msg);
    expect(lines(0).filter((l) => / written /.test(l))).toHaveLength(1);
    expect(lines(1).filter((l) => / loaded /.test(l))).toHaveLength(1);
    expect(lines(1).filter((l) => / written /.test(l))).toEqual([]);
  });

  it('answers an article added on one replica from the other’s next request, and stops once removed on the other', async () => {
    const question = 'how many panels will the solar farm have';
    expect(text(await ask(1, question))).not.toContain(SOLAR_ID);
    const added = await article(0, 'add', {
      file: localFile(join(uploads.dir, 'solar.txt'), Buffer.byteLength(SOLAR)),
    });
    expect(added.embeds?.[0]?.description).toMatch(new RegExp(`^Added to this server’s articles as \`${SOLAR_ID}\`: `));

    // The other replica had read this server's folder before (empty); its next request reads it again.
    const answer = await ask(1, question);
    expect(answer.embeds?.[0]?.description).toContain(`(\`${SOLAR_ID}\`) · paragraph 2, sentence 1`);
    expect(answer.embeds?.[0]?.description).toContain('4,800 **panels**');

    const removed = await article(1, 'remove', { article: SOLAR_ID });
    expect(removed.content).toBe(
      `Removed “Glenmoor votes for a solar farm” (\`${SOLAR_ID}\`): it is no longer searched in this server.`,
    );
    expect(text(await ask(0, question))).not.toContain(SOLAR_ID);
    expect(text(await ask(1, question))).not.toContain(SOLAR_ID);
  });

  it('gives two articles added at once under one name on two replicas a file each, and both replicas both', async () => {
    const file = localFile(join(uploads.dir, 'solar.txt'), Buffer.byteLength(SOLAR));
    const copy = join(uploads.dir, 'solar-copy.txt');
    // Not the same text (a duplicate is refused): the same title, so the same name.
    await writeFile(copy, SOLAR.replace('4,800 panels', '4,900 panels'));
    const [first, second] = await Promise.all([
      article(0, 'add', { file }),
      article(1, 'add', { file: localFile(copy, Buffer.byteLength(SOLAR)) }),
    ]);
    const ids = [first, second].map((r) => /as `([^`]+)`/.exec(r.embeds?.[0]?.description ?? '')?.[1]).sort();
    expect(ids).toEqual([SOLAR_ID, `${SOLAR_ID}-2`]);
    expect((await readdir(join(shared, 'data', 'guilds', GUILD, 'added'))).sort()).toEqual([
      'glenmoor-votes-for-a-solar-farm-2.txt',
      'glenmoor-votes-for-a-solar-farm.txt',
    ]);
    for (const replica of [0, 1]) {
      const cited = text(await ask(replica, 'how many panels will the solar farm have'));
      expect(cited).toContain(`(\`${SOLAR_ID}\`)`);
      expect(cited).toContain(`(\`${SOLAR_ID}-2\`)`);
    }
    for (const id of ids) await article(0, 'remove', { article: id! });
  });

  it('swaps the other replica to the corpus a /reload on one loaded, from the snapshot that one wrote', async () => {
    const question = 'when did the ferry to Inchkeel resume';
    expect(text(await ask(1, question))).not.toContain('`ferry`');
    await writeFile(join(corpus.dir, 'ferry.txt'), FERRY);
    const reloaded = await replicas[0]!.services.router.handle({
      kind: 'command',
      name: 'reload',
      options: {},
      user: MODERATOR,
    });
    expect(reloaded.embeds?.[0]?.description).toContain('**Documents:** 1 → 2');

    const before = replicas[1]!.log.records.length;
    const answer = await ask(1, question);
    expect(answer.embeds?.[0]?.description).toContain('(`ferry`) · paragraph 1, sentence 1');
    const since = replicas[1]!.log.records.slice(before).map((r) => r.msg);
    expect(since.filter((l) => / loaded /.test(l))).toHaveLength(1);
    expect(since.filter((l) => / written /.test(l))).toEqual([]);
    expect(since).toContain('swapped to the corpus another replica loaded');
    // The one that reloaded does not follow its own announcement.
    const first = replicas[0]!.log.records.length;
    await ask(0, question);
    expect(replicas[0]!.log.records.slice(first).map((r) => r.msg)).not.toContain(
      'another replica reloaded the corpus; loading it',
    );
  });

  it('follows a /reload another replica ran while it made its first load', async () => {
    await start(undefined, async () => {
      await writeFile(join(corpus.dir, 'ferry.txt'), FERRY.replace('on Friday', 'on Saturday'));
      await replicas[0]!.services.router.handle({ kind: 'command', name: 'reload', options: {}, user: MODERATOR });
    });
    const answer = await ask(2, 'when did the ferry to Inchkeel resume');
    expect(answer.embeds?.[0]?.description).toContain('on Saturday');
    await replicas.pop()!.services.close();
    await writeFile(join(corpus.dir, 'ferry.txt'), FERRY);
    await replicas[0]!.services.router.handle({ kind: 'command', name: 'reload', options: {}, user: MODERATOR });
  });

  it('keeps answering from its running corpus when loading another replica’s corpus fails', async () => {
    await start(async () => {
      throw new CitebotError('CORPUS_EMPTY', 'the volume went away');
    });
    const third = replicas[2]!;
    await writeFile(join(corpus.dir, 'ferry.txt'), FERRY.replace('nine days', 'eleven days'));
    await replicas[0]!.services.router.handle({ kind: 'command', name: 'reload', options: {}, user: MODERATOR });
    const answer = await ask(2, 'how many days did storms keep the ferry in harbour');
    expect(answer.embeds?.[0]?.description).toContain('for nine days');
    expect(third.log.records.map((r) => r.msg)).toContain('reload failed, keeping the running corpus');
  });
});
