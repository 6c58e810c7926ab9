/**
 * /feed end to end: `npm start` (src/main.ts as a process) against the Discord stand-in, following
 * feeds served by a local web server on 127.0.0.1 (tests/feeds/fixtures.ts) that counts every
 * request, with ALLOW_PRIVATE_URLS=true and FEED_POLL_MINUTES=0.05 (a poll every 3 s). The specs
 * run in order on one bot and one DATA_DIR, as a server's moderators would use it over time:
 * follow, read, a new item, an unchanged feed, refusals, announcements, removal, restarts.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiscordStandIn, type InteractionResponse, type OptionSpec, opt } from '../discord/standin.ts';
import {
  atomFeed,
  type FeedServer,
  jsonFeed,
  LATER,
  manyStories,
  STORIES,
  startFeedServer,
} from '../feeds/fixtures.ts';
import { SEED } from '../helpers/fixtures.ts';
import { runScript, startBot } from '../helpers/processes.ts';
import { tempCorpus } from '../helpers/tempCorpus.ts';
import { MODERATOR } from './harness.ts';

/** Generous: a poll is due every 3 s, but the machine is shared and busy. */
const WITHIN = { timeout: 40_000, interval: 250 };
const CHANNEL_OPTION = 7;

let corpus: Awaited<ReturnType<typeof tempCorpus>>;
let web: FeedServer;
let standin: DiscordStandIn;
let dataDir: string;
let bot: ReturnType<typeof startBot>;

async function start(vars: Record<string, string> = {}): Promise<void> {
  bot = startBot(standin, {
    CORPUS_DIR: corpus.dir,
    DATA_DIR: dataDir,
    ALLOW_PRIVATE_URLS: 'true',
    FEED_POLL_MINUTES: '0.05',
    // Item pages and feeds are a few kilobytes; the oversize feed is over this.
    MAX_FILE_MB: '0.1',
    ASK_COOLDOWN_SECONDS: '0',
    ...vars,
  });
  // (expect.poll only runs inside a test: this also runs in beforeAll.)
  const deadline = Date.now() + WITHIN.timeout;
  while (!bot.live.stderr.includes('"msg":"connected to Discord"')) {
    if (Date.now() > deadline || bot.child.exitCode !== null)
      throw new Error(`the bot did not start:\n${bot.live.stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function stop(): Promise<void> {
  bot.child.kill('SIGTERM');
  await bot.done;
}

const feed = (sub: string, options: OptionSpec[], guildId = standin.guildId): Promise<InteractionResponse> =>
  standin.command('feed', [opt.subcommand(sub, options)], { permissions: MODERATOR, guildId }).final(30_000);
const add = (path: string, guildId = standin.guildId, channel?: string): Promise<InteractionResponse> =>
  feed(
    'add',
    [
      opt.string('url', `${web.base}${path}`),
      ...(channel === undefined ? [] : [{ name: 'channel', type: CHANNEL_OPTION, value: channel }]),
    ],
    guildId,
  );
const ask = async (question: string, guildId = standin.guildId): Promise<string> => {
  const answer = await standin.command('ask', [opt.string('question', question)], { guildId }).final(30_000);
  return JSON.stringify(answer.data);
};
/** The titles /sources lists in a server. */
const sources = async (guildId = standin.guildId): Promise<string> =>
  JSON.stringify((await standin.command('sources', [], { guildId }).final(30_000)).data);
/** Embeds the bot posted in channels (announcements), with each message's allowed_mentions. */
const announcements = (): { channel: string; titles: string[]; mentions: unknown }[] =>
  standin.calls
    .filter((c) => c.method === 'POST' && /^\/channels\/\d+\/messages$/.test(c.path))
    .map((c) => ({
      channel: c.path.split('/')[2]!,
      titles: (c.body?.embeds ?? []).map((e: { title: string }) => e.title),
      mentions: c.body?.allowed_mentions,
    }));
const feedFiles = async (guildId: string): Promise<string[]> =>
  readdir(join(dataDir, 'guilds', guildId, 'feeds')).catch(() => []);
const itemPages = (): number => web.requests.filter((r) => r.path.startsWith('/news/')).length;

beforeAll(async () => {
  corpus = await tempCorpus({ 'kashmir.txt': SEED });
  dataDir = await mkdtemp(join(tmpdir(), 'citebot-feeds-'));
  web = await startFeedServer();
  standin = new DiscordStandIn({ timeoutMs: 30_000 });
  await standin.start();
  await start();
}, 60_000);

afterAll(async () => {
  bot?.child.kill('SIGKILL');
  await standin?.stop();
  await web?.close();
  await corpus?.cleanup();
  await rm(dataDir, { recursive: true, force: true });
});

describe('/feed, end to end', { timeout: 120_000 }, () => {
  it('follows an Atom feed of 3 items: within a poll the 3 articles are this server’s only, /ask cites one, each is announced once with no mentions', async () => {
    const added = await add('/atom.xml', standin.guildId, standin.channelId);
    expect(added.data.embeds?.[0]).toMatchObject({ title: 'The Local Courier', url: `${web.base}/atom.xml` });
    expect(added.data.embeds?.[0]?.description).toMatch(/^Following this feed \(3 items in it now\)\./);

    await expect.poll(() => sources(), WITHIN).toContain(STORIES[2]!.title);
    const listed = await sources();
    for (const story of STORIES) expect(listed).toContain(story.title);
    const elsewhere = await sources(standin.otherGuildId);
    for (const story of STORIES) expect(elsewhere).not.toContain(story.title);

    const answer = await ask(STORIES[2]!.question);
    expect(answer).toContain(STORIES[2]!.answer);
    expect(answer).toContain(STORIES[2]!.title);

    await expect.poll(() => announcements().flatMap((a) => a.titles).length, WITHIN).toBe(3);
    expect(announcements()).toEqual([
      {
        channel: standin.channelId,
        titles: expect.arrayContaining(STORIES.map((s) => s.title)),
        mentions: { parse: [] },
      },
    ]);
    // Each item page was read once.
    expect(itemPages()).toBe(3);
    expect(web.count('/atom.xml', 200)).toBe(1);
  });

  it('reads an RSS 2.0 feed and a JSON Feed the same way', async () => {
    const rss = await add('/rss.xml', standin.otherGuildId);
    expect(rss.data.embeds?.[0]?.title).toBe('The Local Courier (RSS)');
    const halls = manyStories(30).slice(27);
    web.feeds.set('/feed.json', { type: 'application/feed+json', body: jsonFeed(web.base, halls) });
    const json = await add('/feed.json');
    expect(json.data.embeds?.[0]?.title).toBe('The Local Courier (JSON)');

    await expect.poll(() => sources(standin.otherGuildId), WITHIN).toContain(STORIES[0]!.title);
    expect(await ask(STORIES[1]!.question, standin.otherGuildId)).toContain(STORIES[1]!.answer);
    await expect.poll(() => sources(), WITHIN).toContain(halls[2]!.title);
    expect(await ask(halls[1]!.question)).toContain(halls[1]!.answer);
  });

  it('answers an unchanged feed’s 304 without downloading it or any item page again; a new item is answerable after the next poll', async () => {
    const pagesBefore = itemPages();
    // (The RSS feed of the other server links to the same pages: each was read once per server.)
    const storyPages = STORIES.map((story) => web.count(`/news/${story.slug}.html`));
    const notModified = web.count('/atom.xml', 304);
    await expect.poll(() => web.count('/atom.xml', 304), WITHIN).toBeGreaterThanOrEqual(notModified + 2);
    expect(web.count('/atom.xml', 200)).toBe(1);
    expect(itemPages()).toBe(pagesBefore);

    web.feeds.set('/atom.xml', { type: 'application/atom+xml', body: atomFeed(web.base, [LATER, ...STORIES]) });
    await expect.poll(() => ask(LATER.question), WITHIN).toContain(LATER.answer);
    expect(await ask(LATER.question)).toContain(LATER.title);
    expect(web.count(`/news/${LATER.slug}.html`)).toBe(1);
    expect(STORIES.map((story) => web.count(`/news/${story.slug}.html`))).toEqual(storyPages);
    // Announced once, in a message of its own.
    await expect.poll(() => announcements().length, WITHIN).toBe(2);
    expect(announcements()[1]).toEqual({ channel: standin.channelId, titles: [LATER.title], mentions: { parse: [] } });
  });

  it('refuses a malformed feed, a web page given as a feed and a feed over the size cap, storing nothing', async () => {
    web.pages.set('/broken.xml', { type: 'application/rss+xml', body: '<rss version="2.0"><channel><item><title>cut' });
    web.pages.set('/front.html', {
      type: 'text/html; charset=utf-8',
      body: '<!DOCTYPE html><html><head><title>Courier</title></head><body><p>Front page</p></body></html>',
    });
    web.pages.set('/huge.xml', {
      type: 'application/rss+xml',
      body: `<rss version="2.0"><channel><title>Huge</title>${'<item><title>x</title></item>'.repeat(5000)}</channel></rss>`,
    });
    const before = await feedFiles(standin.guildId);

    expect((await add('/broken.xml')).data.content).toBe(
      'That address does not serve a feed I can read: it is not valid RSS, Atom or JSON Feed. Nothing was added.',
    );
    expect((await add('/front.html')).data.content).toBe(
      'That address is a web page, not a feed. Give the address of its RSS, Atom or JSON feed. Nothing was added.',
    );
    expect((await add('/huge.xml')).data.content).toBe(
      'That feed is larger than 102.4 KB, the most I read (MAX_FILE_MB). Nothing was added.',
    );
    expect(await feedFiles(standin.guildId)).toEqual(before);
    const list = JSON.stringify((await feed('list', [])).data);
    expect(list).not.toContain('broken.xml');
    expect(list).not.toContain('huge.xml');
  });

  it('lists the feeds with their last check, last new item and announcement channel', async () => {
    const list = (await feed('list', [])).data.embeds![0]!;
    expect(list.title).toBe('Feeds this server follows (2 of at most 20)');
    expect(list.fields!.map((f: { name: string }) => f.name)).toEqual([
      'The Local Courier',
      'The Local Courier (JSON)',
    ]);
    expect(list.fields![0].value).toMatch(
      /^http:\/\/127\.0\.0\.1:\d+\/atom\.xml\nLast check: \d+ s ago · last new item: \d+ (s|min) ago · 4 articles\nAnnounced in <#\d+>$/,
    );
  });

  it('/feed remove stops requests to that feed, and with articles:true removes what it brought', async () => {
    const choices = await standin
      .autocomplete('feed', [opt.subcommand('remove', [opt.string('feed', 'json', true)])], { permissions: MODERATOR })
      .final();
    const choice = choices.data.choices?.[0];
    expect(choice?.name).toMatch(/^The Local Courier \(JSON\) \(http:\/\/127\.0\.0\.1:\d+\/feed\.json\)$/);
    const removed = await feed('remove', [opt.string('feed', String(choice!.value)), opt.boolean('articles', true)]);
    expect(removed.data.content).toMatch(
      /^Stopped following “The Local Courier \(JSON\)” .*\. Removed 3 articles it brought\.$/,
    );
    const halls = manyStories(30).slice(27);
    expect(await sources()).not.toContain(halls[0]!.title);

    const requests = web.count('/feed.json');
    const atomPolls = web.count('/atom.xml');
    // Two more polls of the other feed: the removed one is not asked for again.
    await expect.poll(() => web.count('/atom.xml'), WITHIN).toBeGreaterThanOrEqual(atomPolls + 2);
    expect(web.count('/feed.json')).toBe(requests);
  });

  it('reports a channel the bot may not post in under /feed list, and stops posting there', async () => {
    const forbidden = '300000000000000099';
    const path = `/channels/${forbidden}/messages`;
    standin.route('POST', new RegExp(`^${path}$`), () => ({
      status: 403,
      body: { code: 50013, message: 'Missing Permissions' },
    }));
    const posts = (): number => standin.calls.filter((c) => c.method === 'POST' && c.path === path).length;
    const halls = manyStories(30).slice(24, 26);
    web.feeds.set('/perm.xml', { type: 'application/atom+xml', body: atomFeed(web.base, halls.slice(0, 1)) });
    await add('/perm.xml', standin.guildId, forbidden);
    await expect.poll(posts, WITHIN).toBe(1);
    await expect
      .poll(async () => JSON.stringify((await feed('list', [])).data), WITHIN)
      .toContain(
        `Not announcing in <#${forbidden}>: the bot may not post there (it needs Send Messages and Embed Links)`,
      );
    // A new item: taken, not announced.
    web.feeds.set('/perm.xml', { type: 'application/atom+xml', body: atomFeed(web.base, halls) });
    await expect.poll(() => ask(halls[1]!.question), WITHIN).toContain(halls[1]!.answer);
    expect(posts()).toBe(1);
    const removed = await feed('remove', [opt.string('feed', `${web.base}/perm.xml`), opt.boolean('articles', true)]);
    expect(removed.data.content).toMatch(/Removed 2 articles it brought\.$/);
  });

  it('after a restart keeps the feeds and their articles and announces nothing again', async () => {
    const announced = announcements().length;
    await stop();
    await start();
    const listed = await sources();
    for (const story of [...STORIES, LATER]) expect(listed).toContain(story.title);
    expect(await ask(STORIES[0]!.question)).toContain(STORIES[0]!.answer);
    const polls = web.count('/atom.xml');
    await expect.poll(() => web.count('/atom.xml'), WITHIN).toBeGreaterThanOrEqual(polls + 2);
    expect(announcements().length).toBe(announced);
    expect(JSON.stringify((await feed('list', [])).data)).toContain('atom.xml');
  });

  it('acknowledges /ask while a poll of 20 new items runs', async () => {
    const many = manyStories(20);
    web.feeds.set('/many.xml', { type: 'application/atom+xml', body: atomFeed(web.base, many) });
    const firstPage = `/news/${many[19]!.slug}.html`;
    // The poll is caught half way, at its second page, until the /ask is answered: the order below
    // then does not depend on how fast this machine reads 20 pages.
    const secondPage = `/news/${many[18]!.slug}.html`;
    const release = web.hold(secondPage);
    const added = await add('/many.xml', standin.otherGuildId, standin.otherChannelId);
    expect(added.data.embeds?.[0]?.description).toMatch(/^Following this feed \(20 items in it now\)/);
    // The poll has started: the first item's page (the newest) was asked for.
    await expect.poll(() => web.count(firstPage), WITHIN).toBe(1);
    const asked = standin.command('ask', [opt.string('question', STORIES[0]!.question)]);
    const acknowledged = await asked.final(30_000);
    release();
    expect(JSON.stringify(acknowledged.data)).toContain(STORIES[0]!.answer);
    const answeredAt = standin.calls.indexOf(acknowledged.call);
    // The poll went on: 20 articles, announced after the /ask was answered, in two messages of 10.
    await expect.poll(() => announcements().filter((a) => a.channel === standin.otherChannelId).length, WITHIN).toBe(2);
    const firstAnnouncement = standin.calls.findIndex(
      (c) => c.method === 'POST' && c.path === `/channels/${standin.otherChannelId}/messages`,
    );
    expect(answeredAt).toBeLessThan(firstAnnouncement);
    expect(
      announcements()
        .filter((a) => a.channel === standin.otherChannelId)
        .map((a) => a.titles.length),
    ).toEqual([10, 10]);
    expect(await ask(many[4]!.question, standin.otherGuildId)).toContain(many[4]!.answer);
  });

  it('without ALLOW_PRIVATE_URLS refuses a loopback feed before any connection', async () => {
    await stop();
    await start({ ALLOW_PRIVATE_URLS: 'false' });
    web.feeds.set('/private.xml', { type: 'application/atom+xml', body: atomFeed(web.base, STORIES) });
    const refused = await add('/private.xml');
    expect(refused.data.content).toBe(
      'That address is not public (127.0.0.1): I only fetch pages from the public internet. Nothing was added.',
    );
    expect(web.count('/private.xml')).toBe(0);
    expect((await feedFiles(standin.guildId)).length).toBe(1);
  });

  it('logged no error on the way (refusals are expected failures)', () => {
    const errors = bot.live.stderr
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as { level: string })
      .filter((l) => l.level === 'error');
    expect(errors).toEqual([]);
  });
});

describe('/feed in the console', { timeout: 120_000 }, () => {
  it('follows a feed, prints the announcements, and keeps it for the next start', async () => {
    const consoleData = await mkdtemp(join(tmpdir(), 'citebot-feeds-console-'));
    const vars = {
      CORPUS_DIR: corpus.dir,
      DATA_DIR: consoleData,
      ALLOW_PRIVATE_URLS: 'true',
      FEED_POLL_MINUTES: '0.05',
    };
    try {
      // The console is a server of its own; any channel: the announcements are printed. At exit,
      // the poll under way finishes first.
      const first = await runScript('src/main.ts', [], {
        vars,
        input: `/feed add url:${web.base}/rss.xml channel:news\n/exit\n`,
      });
      expect(first.code).toBe(0);
      expect(first.stdout).toContain('== The Local Courier (RSS) ==');
      expect(first.stdout).toContain('Following this feed (3 items in it now).');
      for (const story of STORIES) expect(first.stdout).toContain(`== ${story.title} ==`);
      expect(first.stdout).toContain(`New in The Local Courier (RSS)`);

      const second = await runScript('src/main.ts', [], {
        vars,
        input: `/feed list\n/ask ${STORIES[1]!.question}\n/exit\n`,
      });
      expect(second.code).toBe(0);
      expect(second.stdout).toContain('== Feeds this server follows (1 of at most 20) ==');
      expect(second.stdout).toContain(STORIES[1]!.answer);
      expect(second.stdout).toContain(STORIES[1]!.title);
    } finally {
      await rm(consoleData, { recursive: true, force: true });
    }
  });
});
