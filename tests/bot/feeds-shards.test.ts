/**
 * Feeds with shards: `npm start` with SHARDS=auto (2 shards) against the stand-in and a local feed
 * server. Only shard 0 polls, so each item page is fetched and each article announced once; a feed
 * followed in a server that shard 1 serves is polled by shard 0, and shard 1, told of the new
 * articles, answers from them.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiscordStandIn, opt } from '../discord/standin.ts';
import { atomFeed, LATER, STORIES, startFeedServer } from '../feeds/fixtures.ts';
import { SEED } from '../helpers/fixtures.ts';
import { jsonLines, startBot } from '../helpers/processes.ts';
import { tempCorpus } from '../helpers/tempCorpus.ts';
import { MODERATOR } from './harness.ts';

const WITHIN = { timeout: 60_000, interval: 250 };

describe('feeds with SHARDS=auto', () => {
  it('are polled by shard 0 only, and a server on shard 1 answers from its feed’s articles', {
    timeout: 180_000,
  }, async () => {
    const standin = new DiscordStandIn({ timeoutMs: 30_000, shards: 2 });
    await standin.start();
    const corpus = await tempCorpus({ 'kashmir.txt': SEED });
    const dataDir = await mkdtemp(join(tmpdir(), 'citebot-feeds-shards-'));
    const web = await startFeedServer();
    const { child, live, done } = startBot(standin, {
      CORPUS_DIR: corpus.dir,
      DATA_DIR: dataDir,
      SHARDS: 'auto',
      ALLOW_PRIVATE_URLS: 'true',
      FEED_POLL_MINUTES: '0.05',
      ASK_COOLDOWN_SECONDS: '0',
    });
    try {
      await expect
        .poll(() => [...standin.identifiedShards].sort(), WITHIN)
        .toEqual([
          [0, 2],
          [1, 2],
        ]);
      expect(standin.shardOf(standin.otherGuildId, 2)).toBe(1);
      // Followed in the server shard 1 serves: the command runs there, the poll in shard 0.
      const added = await standin
        .command(
          'feed',
          [
            opt.subcommand('add', [
              opt.string('url', `${web.base}/atom.xml`),
              { name: 'channel', type: 7, value: standin.otherChannelId },
            ]),
          ],
          { guildId: standin.otherGuildId, permissions: MODERATOR },
        )
        .final(30_000);
      expect(added.data.embeds?.[0]?.description).toMatch(/^Following this feed \(3 items in it now\)/);
      const ask = async (question: string): Promise<string> =>
        JSON.stringify(
          (
            await standin
              .command('ask', [opt.string('question', question)], { guildId: standin.otherGuildId })
              .final(30_000)
          ).data,
        );
      await expect.poll(() => ask(STORIES[0]!.question), WITHIN).toContain(STORIES[0]!.title);

      web.feeds.set('/atom.xml', { type: 'application/atom+xml', body: atomFeed(web.base, [LATER, ...STORIES]) });
      await expect.poll(() => ask(LATER.question), WITHIN).toContain(LATER.title);
      // Two more polls after it: still one fetch of each page, one announcement of each article.
      const polls = web.count('/atom.xml');
      await expect.poll(() => web.count('/atom.xml'), WITHIN).toBeGreaterThanOrEqual(polls + 2);
      for (const story of [...STORIES, LATER]) expect(web.count(`/news/${story.slug}.html`), story.slug).toBe(1);
      const announced = standin.calls
        .filter((c) => c.method === 'POST' && c.path === `/channels/${standin.otherChannelId}/messages`)
        .flatMap((c) => (c.body?.embeds ?? []).map((e: { title: string }) => e.title));
      expect(announced.sort()).toEqual([...STORIES, LATER].map((s) => s.title).sort());
      // The lease in DATA_DIR is shard 0's: its process id is the owner's first part.
      const shard0 = jsonLines(live.stderr.slice(0, live.stderr.lastIndexOf('\n') + 1)).find(
        (l) => l.msg === 'shard process running' && l.shard === 0,
      );
      const lease = (await readdir(dataDir)).find((name) => name.startsWith('feeds.lease.'));
      const owner = JSON.parse(await readFile(join(dataDir, lease!), 'utf8')).owner as string;
      expect(owner.split('-')[0]).toBe(String(shard0!.pid));
      // The guild on shard 0 never had it.
      const other = await standin
        .command('ask', [opt.string('question', LATER.question)], { guildId: standin.guildId })
        .final();
      expect(JSON.stringify(other.data)).not.toContain(LATER.title);
    } finally {
      child.kill('SIGTERM');
      await done;
      await standin.stop();
      await web.close();
      await corpus.cleanup();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
