/**
 * The feed-poll bench: how fast /ask is acknowledged, and how long the event loop stalls, while
 * the bot takes a feed of 20 new items (20 pages fetched and read, the server's articles rebuilt
 * once, 2 announcement messages). The specs check the behaviour (tests/bot/feeds-e2e.test.ts: an
 * /ask sent during such a poll is answered before the poll ends); the timing is measured here.
 *
 *   npx tsx tests/bench/feedPoll.ts [--rounds N]   N rounds (default 3), a summary on stdout
 *
 * One round: the bot as `npm start` wires it (router, servers' articles, feeds, discord.js client)
 * against the local Discord stand-in, in this one process, with a throwaway DATA_DIR and a local
 * feed server (tests/feeds/fixtures.ts) on 127.0.0.1. A moderator runs `/feed add` for a feed of
 * 20 items; from its acknowledgement until the 20 articles are in, `/ask` is sent every
 * ASK_EVERY_MS, one at a time, and the time to each acknowledgement (its interaction callback) is
 * recorded, with the longest event-loop delay.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { PermissionFlagsBits } from 'discord.js';
import { startHarness } from '../bot/harness.ts';
import { opt } from '../discord/standin.ts';
import { atomFeed, manyStories, startFeedServer } from '../feeds/fixtures.ts';
import { median, percentile } from './stats.ts';
import { ROOT } from './reload.ts';

const QUESTION = 'who met the delegation';
const ASK_EVERY_MS = 50;

export interface FeedPollResult {
  readonly pollMs: number;
  readonly asks: number;
  readonly maxAckMs: number;
  readonly medianAckMs: number;
  readonly p90AckMs: number;
  readonly maxDelayMs: number;
}

export async function measureFeedPoll(): Promise<FeedPollResult> {
  const dataDir = await mkdtemp(join(tmpdir(), 'citebot-feed-bench-'));
  const web = await startFeedServer();
  const h = await startHarness({
    corpusDir: join(ROOT, 'seeds'),
    dataDir,
    config: { allowPrivateUrls: true },
    feeds: { pollMs: 3000 },
  });
  try {
    await h.standin.command('ask', [opt.string('question', QUESTION)]).final();
    web.feeds.set('/many.xml', { type: 'application/atom+xml', body: atomFeed(web.base, manyStories(20)) });
    const histogram = monitorEventLoopDelay({ resolution: 10 });
    histogram.enable();
    const started = performance.now();
    const add = h.standin.command('feed', [opt.subcommand('add', [opt.string('url', `${web.base}/many.xml`)])], {
      permissions: PermissionFlagsBits.ManageGuild,
    });
    await add.final(60_000);
    const acks: number[] = [];
    const done = (): boolean => (h.articles?.articles(h.standin.guildId).length ?? 0) >= 20;
    while (!done() && performance.now() - started < 120_000) {
      const sent = performance.now();
      await h.standin.command('ask', [opt.string('question', QUESTION)]).nextResponse(30_000);
      if (!done()) acks.push(performance.now() - sent);
      await new Promise((r) => setTimeout(r, ASK_EVERY_MS));
    }
    const pollMs = performance.now() - started;
    histogram.disable();
    const sorted = acks.sort((a, b) => a - b);
    return {
      pollMs: Math.round(pollMs),
      asks: acks.length,
      maxAckMs: +(sorted.at(-1) ?? Number.NaN).toFixed(1),
      medianAckMs: +median(sorted).toFixed(1),
      p90AckMs: +percentile(sorted, 0.9).toFixed(1),
      maxDelayMs: +(histogram.max / 1e6).toFixed(1),
    };
  } finally {
    await h.stop();
    await web.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { rounds: { type: 'string', default: '3' } } });
  const results: FeedPollResult[] = [];
  for (let i = 0; i < Number(values.rounds); i += 1) results.push(await measureFeedPoll());
  console.log(
    '| round | /feed add to 20 articles ms | /ask during the poll | slowest ack ms | median ack ms | p90 ack ms | longest event-loop delay ms |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const [i, r] of results.entries()) {
    console.log(
      `| ${i + 1} | ${r.pollMs} | ${r.asks} | ${r.maxAckMs} | ${r.medianAckMs} | ${r.p90AckMs} | ${r.maxDelayMs} |`,
    );
  }
  process.exit(0);
}
