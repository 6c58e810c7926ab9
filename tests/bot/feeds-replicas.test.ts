/**
 * Feeds with replicas: two `npm start` processes serving HTTP interactions on ports of their own,
 * sharing one DATA_DIR, with the bot token for announcements. Exactly one holds the feed lease in
 * DATA_DIR and polls, so each item page is fetched and each article announced once; when it dies
 * (SIGKILL: no release), the other takes the lease once it has expired and polls in its place.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PermissionFlagsBits } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { FEED_LEASE } from '../../src/app/services.ts';
import { DiscordStandIn, opt } from '../discord/standin.ts';
import { atomFeed, LATER, STORIES, startFeedServer } from '../feeds/fixtures.ts';
import { SEED } from '../helpers/fixtures.ts';
import { startHttpBot } from '../helpers/processes.ts';
import { tempCorpus } from '../helpers/tempCorpus.ts';

/** Past the lease's 30 s, on a busy machine. */
const WITHIN = { timeout: 75_000, interval: 250 };

describe('feeds with two HTTP replicas sharing DATA_DIR', () => {
  it('are polled by the lease holder only; the other takes over when it dies', { timeout: 240_000 }, async () => {
    const standin = new DiscordStandIn({ timeoutMs: 30_000 });
    await standin.start();
    const corpus = await tempCorpus({ 'kashmir.txt': SEED });
    const dataDir = await mkdtemp(join(tmpdir(), 'citebot-feeds-replicas-'));
    const web = await startFeedServer();
    const vars = {
      CORPUS_DIR: corpus.dir,
      DATA_DIR: dataDir,
      ALLOW_PRIVATE_URLS: 'true',
      FEED_POLL_MINUTES: '0.05',
      ASK_COOLDOWN_SECONDS: '0',
      DISCORD_TOKEN: 'replica-token',
      DISCORD_APPLICATION_ID: standin.appId,
    };
    const replicas = [await startHttpBot(standin, vars), await startHttpBot(standin, vars)];
    try {
      const add = await standin.postCommand(
        'feed',
        [
          opt.subcommand('add', [
            opt.string('url', `${web.base}/atom.xml`),
            { name: 'channel', type: 7, value: standin.channelId },
          ]),
        ],
        { permissions: PermissionFlagsBits.ManageGuild },
        { to: replicas[1]!.url },
      );
      expect((await add.handle.final(30_000)).data.embeds?.[0]?.description).toMatch(/^Following this feed/);
      const announced = (): string[] =>
        standin.calls
          .filter((c) => c.method === 'POST' && c.path === `/channels/${standin.channelId}/messages`)
          .flatMap((c) => {
            expect(c.auth).toBe('Bot replica-token');
            expect(c.body?.allowed_mentions).toEqual({ parse: [] });
            return (c.body?.embeds ?? []).map((e: { title: string }) => e.title);
          });
      await expect.poll(() => announced().length, WITHIN).toBe(3);

      // Who holds the lease: its owner's first part is the process id.
      const owner = async (): Promise<string> => {
        const terms = (await readdir(dataDir)).filter((n) => n.startsWith(`${FEED_LEASE.name}.`)).sort();
        return (JSON.parse(await readFile(join(dataDir, terms.at(-1)!), 'utf8')) as { owner: string }).owner;
      };
      const holderPid = (await owner()).split('-')[0];
      const holder = replicas.findIndex((r) => String(r.child.pid) === holderPid);
      expect(holder).toBeGreaterThanOrEqual(0);
      const other = replicas[1 - holder]!;
      // A few polls by the holder: still one fetch of each page.
      const polls = web.count('/atom.xml');
      await expect.poll(() => web.count('/atom.xml'), WITHIN).toBeGreaterThanOrEqual(polls + 3);
      for (const story of STORIES) expect(web.count(`/news/${story.slug}.html`), story.slug).toBe(1);

      // The holder dies without giving the lease up; a new item is then taken by the other.
      replicas[holder]!.child.kill('SIGKILL');
      await replicas[holder]!.done;
      web.feeds.set('/atom.xml', { type: 'application/atom+xml', body: atomFeed(web.base, [LATER, ...STORIES]) });
      await expect.poll(() => announced().length, WITHIN).toBe(4);
      expect(announced().sort()).toEqual([...STORIES, LATER].map((s) => s.title).sort());
      expect((await owner()).split('-')[0]).toBe(String(other.child.pid));
      const ask = await standin.postCommand('ask', [opt.string('question', LATER.question)], {}, { to: other.url });
      expect(JSON.stringify((await ask.handle.final(30_000)).data)).toContain(LATER.answer);
      expect(web.count(`/news/${LATER.slug}.html`)).toBe(1);
    } finally {
      for (const replica of replicas) replica.child.kill('SIGTERM');
      await Promise.all(replicas.map((r) => r.done));
      await standin.stop();
      await web.close();
      await corpus.cleanup();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
