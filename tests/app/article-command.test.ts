/**
 * /article through the Router, without Discord: the console's path (a local file for the
 * attachment, its operator a moderator of the server `console`), the usage rules of
 * `/article add`, and who may add.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Invoker, Options } from '../../src/app/command.ts';
import { COMMANDS } from '../../src/app/commands/all.ts';
import { memoryLogger } from '../../src/app/log.ts';
import { ReloadService } from '../../src/app/reloadService.ts';
import { Router } from '../../src/app/router.ts';
import { ServerArticles } from '../../src/app/serverArticles.ts';
import { OPERATOR } from '../../src/console/console.ts';
import { loadLibrary, type Library } from '../../src/library.ts';
import type { Reply } from '../../src/replies/types.ts';
import { TEST_BOT_CONFIG } from '../bot/harness.ts';
import { tempCorpus } from '../helpers/tempCorpus.ts';
import { localFile, SEED, SOLAR, SOLAR_ID } from '../helpers/fixtures.ts';

const USAGE =
  'Give /article add either url: (a link to a news page) or file: (a .txt, .md or .html file), one of them.';

describe('/article through the router (the console’s path)', () => {
  let corpus: Awaited<ReturnType<typeof tempCorpus>>;
  let shared: Library;
  let dataDir: string;
  let files: string;
  let router: Router;
  let log: ReturnType<typeof memoryLogger>;

  const add = (options: Options, user: Invoker = OPERATOR): Promise<Reply> =>
    router.handle({ kind: 'command', name: 'article', subcommand: 'add', options, user });
  const ask = (question: string, user: Invoker = OPERATOR): Promise<Reply> =>
    router.handle({ kind: 'command', name: 'ask', options: { question }, user });
  const stored = (guildId: string): Promise<string[]> =>
    readdir(join(dataDir, 'guilds', guildId, 'added')).catch(() => []);

  beforeAll(async () => {
    corpus = await tempCorpus({ 'kashmir.txt': SEED, 'uploads/solar.txt': SOLAR });
    files = join(corpus.dir, 'uploads');
    // The shared corpus is the Kashmir article alone; uploads/ is where the operator's file sits.
    const only = await tempCorpus({ 'kashmir.txt': SEED });
    shared = await loadLibrary(only.dir);
    await only.cleanup();
  });
  afterAll(() => corpus.cleanup());
  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'citebot-data-'));
    log = memoryLogger();
    const reload = new ReloadService({ initial: shared, load: async () => shared, log });
    const articles = new ServerArticles({
      dataDir,
      shared: () => reload.current,
      buildOptions: {},
      limits: { maxFileBytes: 5 * 1024 * 1024, allowPrivateUrls: false },
      log,
    });
    await articles.start();
    router = new Router({ commands: COMMANDS, reload, articles, config: TEST_BOT_CONFIG, log, cooldowns: false });
  });
  afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true });
    expect(log.records.filter((r) => r.level === 'error')).toEqual([]);
  });

  it('adds a local file (the attachment’s path) to the console’s own articles, answerable at once', async () => {
    const path = join(files, 'solar.txt');
    const reply = await add({ file: localFile(path, Buffer.byteLength(SOLAR)) });
    expect(reply.embeds?.[0]?.title).toBe('Glenmoor votes for a solar farm');
    expect(reply.embeds?.[0]?.description).toMatch(new RegExp(`^Added to this server’s articles as \`${SOLAR_ID}\`: `));
    expect(reply.ephemeral).toBe(true);
    // Kept as the file was, in the folder of the server `console`.
    expect(await stored('console')).toEqual(['glenmoor-votes-for-a-solar-farm.txt']);
    expect(
      await readFile(join(dataDir, 'guilds', 'console', 'added', 'glenmoor-votes-for-a-solar-farm.txt'), 'utf8'),
    ).toBe(SOLAR);

    const answer = await ask('how many panels will the solar farm have');
    expect(answer.embeds?.[0]?.description).toContain(`(\`${SOLAR_ID}\`) · paragraph 2, sentence 1`);
    // /ask source: offers it, and limits the search to it, like a shared article.
    const choices = router.autocomplete({
      kind: 'autocomplete',
      name: 'ask',
      focused: { name: 'source', value: 'glenmoor' },
      options: {},
      user: OPERATOR,
    });
    expect(choices).toEqual([{ name: `Glenmoor votes for a solar farm (${SOLAR_ID})`, value: SOLAR_ID }]);
    const scoped = await router.handle({
      kind: 'command',
      name: 'ask',
      options: { question: 'how many homes', source: SOLAR_ID },
      user: OPERATOR,
    });
    expect(scoped.embeds?.[0]?.description).toContain('about 1,200 **homes**');

    // Removing is not undone: a part of the title only names the candidate, and nothing is removed.
    const remove = (article: string) =>
      router.handle({ kind: 'command', name: 'article', subcommand: 'remove', options: { article }, user: OPERATOR });
    expect((await remove('solar farm')).content).toBe(
      `Nothing removed: “solar farm” is not the exact id or title of an added article. Did you mean \`${SOLAR_ID}\` (Glenmoor votes for a solar farm)? Give its id.`,
    );
    expect(await stored('console')).toEqual(['glenmoor-votes-for-a-solar-farm.txt']);
    // The exact id (what autocomplete sends) removes it.
    const removed = await remove(SOLAR_ID);
    expect(removed.content).toBe(
      `Removed “Glenmoor votes for a solar farm” (\`${SOLAR_ID}\`): it is no longer searched in this server.`,
    );
    expect(await stored('console')).toEqual([]);
  });

  it('says which file it could not read', async () => {
    const path = join(files, 'gone.txt');
    const reply = await add({ file: localFile(path, 10) });
    expect(reply.content).toBe(`Could not read ${path}: ENOENT.`);
  });

  it('takes a link or a file, exactly one of them', async () => {
    const both = await add({ url: 'https://news.example.org/story', file: localFile(join(files, 'solar.txt'), 100) });
    expect(both).toEqual({ content: USAGE, ephemeral: true });
    const neither = await add({});
    expect(neither).toEqual({ content: USAGE, ephemeral: true });
    expect(await stored('console')).toEqual([]);
  });

  it('needs a subcommand', async () => {
    const reply = await router.handle({ kind: 'command', name: 'article', options: {}, user: OPERATOR });
    expect(reply.content).toBe('Use one of /article add, /article remove.');
  });

  it('refuses a DM: articles belong to a server', async () => {
    const dm: Invoker = { id: '400000000000000002', inGuild: false, guildId: null, canManageGuild: false, roleIds: [] };
    const reply = await add({ file: localFile(join(files, 'solar.txt'), 100) }, dm);
    expect(reply).toEqual({ content: 'Only moderators can add or remove articles, in a server.', ephemeral: true });
    // Even someone with Manage Server (no DM carries it; a hand-made request could): there is no server to keep it for.
    const reply2 = await add({ file: localFile(join(files, 'solar.txt'), 100) }, { ...dm, canManageGuild: true });
    expect(reply2.content).toBe('Articles can only be added in a server.');
    expect(await readdir(dataDir)).toEqual([]);
  });

  it('keeps each server’s removals to its own articles', async () => {
    await add({ file: localFile(join(files, 'solar.txt'), Buffer.byteLength(SOLAR)) });
    const other: Invoker = {
      id: '400000000000000002',
      inGuild: true,
      guildId: '310000000000000001',
      canManageGuild: true,
      roleIds: [],
    };
    const reply = await router.handle({
      kind: 'command',
      name: 'article',
      subcommand: 'remove',
      options: { article: SOLAR_ID },
      user: other,
    });
    expect(reply.content).toBe('This server has not added any articles.');
    expect(await stored('console')).toEqual(['glenmoor-votes-for-a-solar-farm.txt']);
  });
});
