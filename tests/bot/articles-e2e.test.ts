/**
 * /article end to end: servers' own articles added and removed by moderators through the real
 * discord.js client and the Discord stand-in (tests/discord/standin.ts), kept under a throwaway
 * DATA_DIR, searched by /ask and listed by /sources in their own server only. Pages come from a
 * small web server of the test's own on 127.0.0.1; attachments from the stand-in, which records
 * every download of one (GET /attachments/<id>/<name>).
 */
import { once } from 'node:events';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MessageFlags } from 'discord.js';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { registerCommands } from '../../src/deploy.ts';
import { loadLibrary, type Library } from '../../src/library.ts';
import { type AttachmentSpec, type InteractionHandle, type InteractionSpec, opt } from '../discord/standin.ts';
import { tempCorpus } from '../helpers/tempCorpus.ts';
import { type Harness, type HarnessOptions, MODERATOR as MOD, startHarness } from './harness.ts';
import { SEED } from '../helpers/fixtures.ts';

/** A plain-text article: its first line is its headline, hence its title and its id's slug. */
const SOLAR = `Glenmoor votes for a solar farm

The Glenmoor village council voted on Monday to build a solar farm on the site of the old limestone quarry, ending two years of debate.

The farm will have 4,800 panels and should power about 1,200 homes, the council said. Construction will start in September and cost 3.2 million pounds.

"This is the biggest decision the village has made in a generation," said the council leader, Margaret Fell.

Opponents had argued that the quarry should become a nature reserve. A petition against the plan collected 640 signatures.
`;
const SOLAR_TITLE = 'Glenmoor votes for a solar farm';
const SOLAR_ID = 'added/glenmoor-votes-for-a-solar-farm';
/** Answered by SOLAR only: the shared corpus (the Kashmir article) says nothing of panels or farms. */
const SOLAR_QUESTION = 'how many panels will the solar farm have';

/** A Markdown article for the second server. */
const LIBRARY = `# Ashford library to open on Sundays

Ashford's public library will open on Sundays from next month, the town's cultural committee announced.

The extra opening hours will be paid for by a grant of 85,000 pounds from the county, and four part-time librarians will be hired.
`;
const LIBRARY_ID = 'added/ashford-library-to-open-on-sundays';

/** A news page as a site serves it: navigation and a footer around the article. */
const STORY_TITLE = 'Harbour ferry fares to rise in April';
const STORY = `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>${STORY_TITLE}</title></head>
<body>
  <nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
  <article>
    <h1>${STORY_TITLE}</h1>
    <p>Ferry fares across the harbour will rise by twelve percent in April, the ferry operator Bayline announced on Thursday, blaming the cost of fuel and new safety rules.</p>
    <p>A single adult ticket will cost 4.50 pounds instead of 4 pounds. Season tickets for commuters will rise by eight percent, less than other fares.</p>
    <p>The harbour commissioner, Aled Price, said the rise was "regrettable but unavoidable" and promised a review of fares for students and pensioners in the summer.</p>
  </article>
  <footer>© The Harbour Gazette</footer>
</body>
</html>
`;
const STORY_QUESTION = 'how much will a single adult ferry ticket cost';

/** A small web server on 127.0.0.1 with one news page, counting the requests it gets by path. */
async function startWebServer(): Promise<{ server: Server; base: string; requests: Map<string, number> }> {
  const requests = new Map<string, number>();
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    requests.set(path, (requests.get(path) ?? 0) + 1);
    if (path === '/story.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(STORY);
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests };
}

describe('/article: servers’ own articles, end to end', () => {
  let corpus: Awaited<ReturnType<typeof tempCorpus>>;
  let seedLibrary: Library;
  let web: Awaited<ReturnType<typeof startWebServer>>;
  let dataDir: string;
  let h: Harness;

  const start = (options: Partial<HarnessOptions> = {}): Promise<Harness> =>
    startHarness({ corpusDir: corpus.dir, initial: seedLibrary, dataDir, ...options });
  /** A restart: the bot stopped and started again on the same DATA_DIR, Discord (the stand-in) still up. */
  const restart = async (options: Partial<HarnessOptions> = {}): Promise<void> => {
    const standin = h.standin;
    await h.stop(true);
    h = await start({ standin, ...options });
  };

  const article = (sub: ReturnType<typeof opt.subcommand>, spec: Partial<InteractionSpec> = {}): InteractionHandle =>
    h.standin.command('article', [sub], { permissions: MOD, ...spec });
  const addFile = (file: AttachmentSpec, spec: Partial<InteractionSpec> = {}): InteractionHandle =>
    article(opt.subcommand('add', [opt.attachment('file', file)]), spec);
  const addUrl = (url: string, spec: Partial<InteractionSpec> = {}): InteractionHandle =>
    article(opt.subcommand('add', [opt.string('url', url)]), spec);
  const remove = (id: string, spec: Partial<InteractionSpec> = {}): InteractionHandle =>
    article(opt.subcommand('remove', [opt.string('article', id)]), spec);
  const ask = (question: string, guildId = h.standin.guildId) =>
    h.standin.command('ask', [opt.string('question', question)], { guildId }).final();

  /** The files a server has stored (DATA_DIR/guilds/<id>/added), none when it has no folder. */
  const stored = (guildId: string): Promise<string[]> =>
    readdir(join(dataDir, 'guilds', guildId, 'added')).catch(() => []);
  /** Downloads of attachments from the stand-in (Discord's CDN in production). */
  const downloads = (): string[] =>
    h.standin.calls.filter((c) => c.method === 'GET' && c.path.startsWith('/attachments/')).map((c) => c.path);

  beforeAll(async () => {
    corpus = await tempCorpus({ 'kashmir.txt': SEED });
    seedLibrary = await loadLibrary(corpus.dir);
    web = await startWebServer();
  });
  afterAll(async () => {
    web.server.closeAllConnections();
    web.server.close();
    await corpus.cleanup();
  });
  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'citebot-data-'));
    web.requests.clear();
    h = await start();
  });
  afterEach(async () => {
    await h.stop();
    await rm(dataDir, { recursive: true, force: true });
    // Refusals are expected failures (logged as declined), never errors.
    expect(h.log.records.filter((r) => r.level === 'error')).toEqual([]);
  });

  it('adds a moderator’s file for that server alone: answered with its title, cited by the next /ask there, not in the other server', async () => {
    const add = addFile({ filename: 'solar.txt', content: SOLAR });
    // Acknowledged at once (a page may take up to 10 s), then the deferred reply is edited.
    expect(await add.nextResponse()).toMatchObject({ kind: 'callback', callbackType: 5 });
    const added = await add.final();
    expect(added.kind).toBe('edit');
    expect(add.original?.flags & MessageFlags.Ephemeral).toBeTruthy();
    expect(added.data.embeds).toEqual([
      {
        title: SOLAR_TITLE,
        description:
          `Added to this server’s articles as \`${SOLAR_ID}\`: 6 sentences, 1 quote found.\n` +
          'Ask about it with /ask; only this server can search it. Remove it with /article remove.',
        color: expect.any(Number),
      },
    ]);
    expect(downloads()).toHaveLength(1);
    expect(await stored(h.standin.guildId)).toEqual(['glenmoor-votes-for-a-solar-farm.txt']);
    expect(
      await readFile(
        join(dataDir, 'guilds', h.standin.guildId, 'added', 'glenmoor-votes-for-a-solar-farm.txt'),
        'utf8',
      ),
    ).toBe(SOLAR);

    const here = await ask(SOLAR_QUESTION);
    const answer = here.data.embeds![0]!.description as string;
    expect(answer).toMatch(/^\*\*1\.\*\* The \*\*farm\*\* will have 4,800 \*\*panels\*\*/);
    expect(answer).toContain(`— ${SOLAR_TITLE} (\`${SOLAR_ID}\`) · paragraph 2, sentence 1`);

    // The other server searches the shared corpus only, which does not answer this.
    const there = await ask(SOLAR_QUESTION, h.standin.otherGuildId);
    expect(there.data.embeds ?? []).toEqual([]);
    expect(there.data.content).toMatch(/^Not found in the articles/);
    expect(await stored(h.standin.otherGuildId)).toEqual([]);
  });

  it('adds a file whose front matter gives a url that is not a web address without it: the reply has no link, and neither do citations', async () => {
    const text = `---\ntitle: ${SOLAR_TITLE}\nurl: javascript:alert(document.cookie)\n---\n${SOLAR.split('\n').slice(2).join('\n')}`;
    const added = await addFile({ filename: 'solar.md', content: text }).final();
    // Discord refuses an embed whose url is not http(s): the moderator would get the apology.
    expect(added.data.embeds).toEqual([
      {
        title: SOLAR_TITLE,
        description: expect.stringMatching(
          /^Added to this server’s articles as `added\/glenmoor-votes-for-a-solar-farm`/,
        ),
        color: expect.any(Number),
      },
    ]);
    const answer = (await ask(SOLAR_QUESTION)).data.embeds![0]!.description as string;
    expect(answer).toContain(`— ${SOLAR_TITLE} (\`${SOLAR_ID}\`) · paragraph 2, sentence 1`);
    expect(answer).not.toContain('javascript');
  });

  it('refuses a link to a private address unless ALLOW_PRIVATE_URLS; allowed, extracts the page’s article, cited with its address', async () => {
    const url = `${web.base}/story.html`;
    const refused = await addUrl(url).final();
    expect(refused.data.content).toBe(
      'That address is not public (127.0.0.1): I only fetch pages from the public internet.',
    );
    expect(web.requests.get('/story.html')).toBeUndefined(); // refused before connecting
    expect(await stored(h.standin.guildId)).toEqual([]);

    await restart({ config: { allowPrivateUrls: true } });
    const added = await addUrl(url).final();
    const embed = added.data.embeds![0]!;
    expect(embed.title).toBe(STORY_TITLE); // from the page, not from its address
    expect(embed.url).toBe(url);
    expect(embed.description).toMatch(
      /^Added to this server’s articles as `added\/harbour-ferry-fares-to-rise-in-april`: \d+ sentences, \d+ quotes? found\./,
    );
    expect(web.requests.get('/story.html')).toBe(1);
    // Stored as Markdown with the page's title and address in its front matter, without the page's navigation.
    const file = await readFile(
      join(dataDir, 'guilds', h.standin.guildId, 'added', 'harbour-ferry-fares-to-rise-in-april.md'),
      'utf8',
    );
    expect(file.startsWith(`---\ntitle: ${STORY_TITLE}\nurl: ${url}\n---\n\nFerry fares across the harbour`)).toBe(
      true,
    );
    expect(file).not.toMatch(/Home|Sport|Gazette/);

    const answer = (await ask(STORY_QUESTION)).data.embeds![0]!.description as string;
    expect(answer).toMatch(/^\*\*1\.\*\* A \*\*single adult ticket\*\* will \*\*cost\*\* 4\.50 pounds/);
    // The title links to the page the article came from.
    expect(answer).toContain(
      `— [${STORY_TITLE}](${url}) (\`added/harbour-ferry-fares-to-rise-in-april\`) · paragraph 2, sentence 1`,
    );

    // The same page again is the same article: named, and not stored twice.
    const again = await addUrl(`${url}#comments`).final();
    expect(again.data.content).toBe(
      `That article is already here: “${STORY_TITLE}” (added/harbour-ferry-fares-to-rise-in-april). Nothing was added.`,
    );
    expect(await stored(h.standin.guildId)).toEqual(['harbour-ferry-fares-to-rise-in-april.md']);
  });

  it('keeps an added article across a restart, and stops answering from it once removed', async () => {
    await addFile({ filename: 'solar.txt', content: SOLAR }).final();
    await restart();

    const before = await ask(SOLAR_QUESTION);
    expect(before.data.embeds![0]!.description).toContain(`(\`${SOLAR_ID}\`) · paragraph 2, sentence 1`);

    const removed = await remove(SOLAR_ID).final();
    expect(removed.data.content).toBe(
      `Removed “${SOLAR_TITLE}” (\`${SOLAR_ID}\`): it is no longer searched in this server.`,
    );
    expect(await stored(h.standin.guildId)).toEqual([]);
    const after = await ask(SOLAR_QUESTION);
    expect(after.data.embeds ?? []).toEqual([]);
    expect(after.data.content).toMatch(/^Not found in the articles/);

    // And it stays removed after the next restart.
    await restart();
    expect((await ask(SOLAR_QUESTION)).data.content).toMatch(/^Not found in the articles/);
  });

  it('refuses a file declared larger than MAX_FILE_MB without downloading it', async () => {
    // Discord declares the size with the interaction; the stand-in would serve these bytes if asked.
    const res = await addFile({ filename: 'huge.txt', content: SOLAR, size: 6 * 1024 * 1024 }).final();
    expect(res.data.content).toBe('That file is 6.0 MB; the most I take is 5.0 MB (MAX_FILE_MB). Nothing was added.');
    expect(downloads()).toEqual([]);
    expect(await stored(h.standin.guildId)).toEqual([]);
  });

  it('is registered (as `npm run deploy` sends it) for Manage Server by default, in servers only', async () => {
    const discord = {
      token: 'deploy-token',
      applicationId: h.standin.appId,
      guildId: null,
      apiBase: h.standin.apiBase,
    };
    await registerCommands(discord, false);
    const registered = h.standin.globalCommands.find((c) => c.name === 'article');
    // Discord shows and delivers the command only to members with Manage Server ("32"), unless a
    // server's admins grant it to others (Server Settings › Integrations); never in DMs (context 0 only).
    expect(registered).toMatchObject({ default_member_permissions: '32', contexts: [0] });
    expect(registered!.options.map((o: { name: string }) => o.name)).toEqual(['add', 'remove']);
  });

  it('refuses a member without one of ADMIN_ROLE_IDS when they are set, storing and downloading nothing', async () => {
    // Without ADMIN_ROLE_IDS the bot leaves the choice to Discord (the registration above); the
    // stand-in delivers the command to anyone, as a server that granted it to everyone would.
    await restart({ config: { adminRoleIds: ['500000000000000001'] } });
    const add = addFile({ filename: 'solar.txt', content: SOLAR });
    const res = await add.final();
    expect(res.data.content).toBe(
      'Only moderators can add or remove articles: this bot is set to allow only its admin roles (ADMIN_ROLE_IDS).',
    );
    expect(add.original?.flags & MessageFlags.Ephemeral).toBeTruthy();
    expect(downloads()).toEqual([]);
    expect(await stored(h.standin.guildId)).toEqual([]);
  });

  it('refuses it in a DM', async () => {
    const res = await addFile({ filename: 'solar.txt', content: SOLAR }, { dm: true }).final();
    expect(res.data.content).toBe('Only moderators can add or remove articles, in a server.');
    expect(downloads()).toEqual([]);
  });

  it('refuses the same file again, saying which article it already is, and stores nothing more', async () => {
    await addFile({ filename: 'solar.txt', content: SOLAR }).final();
    // Another upload (another attachment id and name), the same text with other line ends and spacing.
    const again = await addFile({ filename: 'glenmoor-copy.txt', content: SOLAR.replace(/\n/g, '\r\n  ') }).final();
    expect(again.data.content).toBe(`That article is already here: “${SOLAR_TITLE}” (${SOLAR_ID}). Nothing was added.`);
    expect(await stored(h.standin.guildId)).toEqual(['glenmoor-votes-for-a-solar-farm.txt']);
  });

  it('refuses a binary file and a PDF with messages that say why, storing nothing', async () => {
    // A PNG's first bytes, uploaded under a text file's name.
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    const binary = await addFile({ filename: 'scan.txt', content: png }).final();
    expect(binary.data.content).toBe(
      'That file is not text (it looks like an image, an archive or a document format).',
    );
    // Refused by its name, before it is downloaded.
    const pdf = await addFile({ filename: 'report.pdf', content: '%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< >>\nendobj\n' }).final();
    expect(pdf.data.content).toBe('I can only add .txt, .md, .html, .htm files, not .pdf.');
    expect(h.standin.calls.filter((c) => c.path.endsWith('/report.pdf'))).toEqual([]);
    expect(await stored(h.standin.guildId)).toEqual([]);
  });

  it('lists the added article in /sources under “Added in this server”, in that server only', async () => {
    await addFile({ filename: 'solar.txt', content: SOLAR }).final();
    const here = (await h.standin.command('sources').final()).data.embeds![0]!.description as string;
    expect(here).toContain('This server also added 1 article that only it can search.');
    expect(here).toMatch(
      new RegExp(
        `\\*\\*Added in this server \\(1\\)\\*\\*\\n• \\*\\*${SOLAR_TITLE}\\*\\* · \`${SOLAR_ID}\` · .*\\n\\*\\*Shared articles \\(1\\)\\*\\*\\n• \\*\\*US hopes Trump`,
      ),
    );

    const there = (await h.standin.command('sources', [], { guildId: h.standin.otherGuildId }).final()).data.embeds![0]!
      .description as string;
    expect(there).not.toContain('Added in this server');
    expect(there).not.toContain('Glenmoor');
    expect(there).toContain('• **US hopes Trump can help resolve Kashmir dispute, State Department says**');
  });

  it('autocompletes /article remove article: with that server’s own articles only', async () => {
    await addFile({ filename: 'solar.txt', content: SOLAR }).final();
    await addFile({ filename: 'library.md', content: LIBRARY }, { guildId: h.standin.otherGuildId }).final();
    const choices = async (typed: string, guildId: string) =>
      (
        await h.standin
          .autocomplete('article', [opt.subcommand('remove', [opt.string('article', typed, true)])], {
            permissions: MOD,
            guildId,
          })
          .final()
      ).data.choices;

    expect(await choices('', h.standin.guildId)).toEqual([{ name: SOLAR_TITLE, value: SOLAR_ID }]);
    expect(await choices('', h.standin.otherGuildId)).toEqual([
      { name: 'Ashford library to open on Sundays', value: LIBRARY_ID },
    ]);
    expect(await choices('glen', h.standin.otherGuildId)).toEqual([]);
    // A server cannot remove another's article even by typing its id.
    const res = await remove(SOLAR_ID, { guildId: h.standin.otherGuildId }).final();
    expect(res.data.content).toBe(
      'This server has no added article “added/glenmoor-votes-for-a-solar-farm”. Pick one from the suggestions, or see /sources.',
    );
    expect(await stored(h.standin.guildId)).toEqual(['glenmoor-votes-for-a-solar-farm.txt']);
  });
});
