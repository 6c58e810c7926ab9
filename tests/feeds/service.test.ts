/**
 * The feed poll, driven tick by tick on a clock the spec moves (no timers): a local feed server
 * (tests/feeds/fixtures.ts), a server's real articles under a throwaway DATA_DIR, and an
 * announcer that records what it is asked to post. Covers what the end-to-end specs cannot wait
 * for: duplicates across feeds, the per-poll limit, pruning after FEED_KEEP_DAYS, backoff and
 * Retry-After, a channel the bot may not post in, FEEDS_MAX, the lease between two pollers, and a
 * /feed add or remove meeting a poll of the same feed.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, onTestFinished } from 'vitest';
import { memoryLogger } from '../../src/app/log.ts';
import { ServerArticles } from '../../src/app/serverArticles.ts';
import { type FetchedPage, type FetchOptions, fetchPage } from '../../src/articles/safeFetch.ts';
import {
  type Announcement,
  type FeedErrorKind,
  type FeedObserver,
  Feeds,
  type FeedSettings,
  type PostOutcome,
} from '../../src/feeds/service.ts';
import { loadLibrary, type Library } from '../../src/library.ts';
import { Lease } from '../../src/storage/lease.ts';
import { failure, SEED } from '../helpers/fixtures.ts';
import { tempCorpus } from '../helpers/tempCorpus.ts';
import { atomFeed, type FeedServer, LATER, manyStories, rssFeed, STORIES, startFeedServer } from './fixtures.ts';

const GUILD = '100000000000000001';
const DAY = 24 * 60 * 60 * 1000;
const SETTINGS: FeedSettings = {
  pollMs: 3000,
  maxPerServer: 20,
  maxAgeMs: Number.POSITIVE_INFINITY,
  keepMs: 90 * DAY,
  maxBytes: 1_000_000,
  allowPrivate: true,
};

let corpus: Awaited<ReturnType<typeof tempCorpus>>;
let shared: Library;
let web: FeedServer;
let dataDir: string;
let now: number;
let posted: { channel: string; titles: string[] }[];
let postOutcome: PostOutcome;
let observed: { polls: string[]; items: number; errors: FeedErrorKind[] };

const observer = (): FeedObserver => ({
  poll: (outcome) => observed.polls.push(outcome),
  newItems: (count) => {
    observed.items += count;
  },
  error: (kind) => observed.errors.push(kind),
});

/** A polling process on DATA_DIR; `timer`: ticking on its own (real timers) rather than pollDue() called by the spec. */
function poller(
  settings: Partial<FeedSettings> = {},
  timer = false,
  fetch: (url: string, options: FetchOptions) => Promise<FetchedPage> = fetchPage,
): { feeds: Feeds; articles: ServerArticles; log: ReturnType<typeof memoryLogger> } {
  const log = memoryLogger();
  const articles = new ServerArticles({
    dataDir,
    shared: () => shared,
    buildOptions: {},
    limits: { maxFileBytes: SETTINGS.maxBytes, allowPrivateUrls: true },
    log,
  });
  const feeds = new Feeds({
    dataDir,
    articles,
    settings: { ...SETTINGS, ...settings },
    log,
    observe: observer(),
    clock: () => now,
    random: () => 0.5,
    timer,
    fetch,
  });
  feeds.announcer = {
    post: async (channel: string, announcements: readonly Announcement[]) => {
      posted.push({ channel, titles: announcements.map((a) => a.title) });
      return postOutcome;
    },
  };
  return { feeds, articles, log };
}

/** Follows a feed and waits for its first poll (which `follow` starts, from the same download). */
async function follow(feeds: Feeds, path: string, channel: string | null = null): Promise<void> {
  const { feed } = await feeds.follow(GUILD, `${web.base}${path}`, channel);
  await feeds.idle();
  expect((await feeds.list(GUILD)).find((f) => f.id === feed.id)?.lastCheck).toBe(now);
}

/**
 * The safe fetch, except that a request the spec holds waits until released: a download caught half
 * way. `holdNext(url)` holds the next request for `url` only; `entered` resolves once it is asked.
 */
function gatedFetch(): {
  fetch: (url: string, options: FetchOptions) => Promise<FetchedPage>;
  holdNext: (url: string) => { entered: Promise<void>; release: () => void };
} {
  const gates = new Map<string, { enter: () => void; opened: Promise<void> }>();
  return {
    fetch: async (url, options) => {
      const gate = gates.get(url);
      if (gate !== undefined) {
        gates.delete(url);
        gate.enter();
        await gate.opened;
      }
      return fetchPage(url, options);
    },
    holdNext: (url) => {
      const { enter, entered, opened, release } = gate();
      gates.set(url, { enter, opened });
      return { entered, release };
    },
  };
}

/** A point where code under test waits: it calls `enter()` then awaits `opened`; the spec awaits `entered`, then calls `release()`. */
function gate(): { enter: () => void; entered: Promise<void>; opened: Promise<void>; release: () => void } {
  let enter = (): void => undefined;
  let release = (): void => undefined;
  const entered = new Promise<void>((resolve) => {
    enter = resolve;
  });
  const opened = new Promise<void>((resolve) => {
    release = resolve;
  });
  return { enter, entered, opened, release };
}

beforeAll(async () => {
  corpus = await tempCorpus({ 'kashmir.txt': SEED });
  shared = await loadLibrary(corpus.dir);
  web = await startFeedServer();
});
afterAll(async () => {
  await web.close();
  await corpus.cleanup();
});
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'citebot-feeds-'));
  now = Date.parse('2026-12-06T12:00:00Z');
  posted = [];
  postOutcome = { ok: true };
  observed = { polls: [], items: 0, errors: [] };
  web.requests.length = 0;
  web.failing.clear();
  web.feeds.set('/atom.xml', { type: 'application/atom+xml', body: atomFeed(web.base, STORIES) });
  web.feeds.set('/rss.xml', { type: 'application/rss+xml', body: rssFeed(web.base, STORIES) });
});
afterEach(() => rm(dataDir, { recursive: true, force: true }));

describe('Feeds: a poll', () => {
  it('stores each new item once, even when two feeds carry the same story', async () => {
    const { feeds, articles } = poller();
    feeds.start();
    await follow(feeds, '/atom.xml');
    await follow(feeds, '/rss.xml');
    // The RSS items are the same pages: refused as duplicates, remembered as seen, not retried.
    expect(
      articles
        .articles(GUILD)
        .map((d) => d.title)
        .sort(),
    ).toEqual(STORIES.map((s) => s.title).sort());
    const listed = await feeds.list(GUILD);
    const atom = listed.find((f) => f.url.endsWith('/atom.xml'));
    const rss = listed.find((f) => f.url.endsWith('/rss.xml'));
    expect(atom!.articles).toHaveLength(3);
    expect(rss!.articles).toEqual([]);
    expect(rss!.seen.map((s) => s.key).sort()).toEqual(['courier-observatory', 'courier-orchard', 'courier-tram']);
    expect(observed).toEqual({ polls: ['new', 'unchanged'], items: 3, errors: [] });
  });

  it('takes at most 20 items a poll; the rest at the next, which downloads the feed whole again', async () => {
    web.feeds.set('/many.xml', { type: 'application/atom+xml', body: atomFeed(web.base, manyStories(25)) });
    const { feeds, articles } = poller();
    feeds.start();
    await follow(feeds, '/many.xml');
    expect(articles.articles(GUILD)).toHaveLength(20);
    const [feed] = await feeds.list(GUILD);
    expect(feed!.etag).toBeUndefined();
    now += 4000;
    await feeds.pollDue();
    expect(articles.articles(GUILD)).toHaveLength(25);
    expect(web.count('/many.xml', 200)).toBe(2);
    // Nothing left: now the ETag is kept, and the next poll is a 304.
    now += 4000;
    await feeds.pollDue();
    expect(web.count('/many.xml', 304)).toBe(1);
    expect(observed.polls).toEqual(['new', 'new', 'not-modified']);
  });

  it('removes a feed’s articles FEED_KEEP_DAYS after they were added', async () => {
    const { feeds, articles } = poller({ keepMs: 10 * DAY });
    feeds.start();
    await follow(feeds, '/atom.xml');
    expect(articles.articles(GUILD)).toHaveLength(3);
    now += 9 * DAY;
    await feeds.pollDue();
    expect(articles.articles(GUILD)).toHaveLength(3);
    now += 2 * DAY;
    await feeds.pollDue();
    expect(articles.articles(GUILD)).toEqual([]);
    const [feed] = await feeds.list(GUILD);
    expect(feed!.articles).toEqual([]);
    // Still seen (the items are still in the feed): not brought back.
    expect(feed!.seen).toHaveLength(3);
  });

  it('backs off after failures, at least as long as Retry-After asks, and says why in the feed’s state', async () => {
    const { feeds } = poller();
    feeds.start();
    await follow(feeds, '/atom.xml');
    web.failing.set('/atom.xml', { status: 429, headers: { 'retry-after': '600' } });
    now += 4000;
    await feeds.pollDue();
    let [feed] = await feeds.list(GUILD);
    expect(feed!.failures).toBe(1);
    expect(feed!.lastError).toEqual({
      at: now,
      code: 'FETCH_FAILED',
      message: 'The page answered 429 Too Many Requests.',
    });
    expect(feed!.nextPollAt).toBe(now + 600_000);
    // Not asked again before then.
    now += 599_000;
    await feeds.pollDue();
    expect(web.count('/atom.xml', 429)).toBe(1);
    // Then without Retry-After: 2, then 4 intervals… (3 s each here).
    web.failing.set('/atom.xml', { status: 503, headers: {} });
    now += 1000;
    await feeds.pollDue();
    [feed] = await feeds.list(GUILD);
    expect(feed!.failures).toBe(2);
    expect(feed!.nextPollAt - now).toBe(12_000);
    // It works again: back to the interval, the error cleared.
    web.failing.clear();
    now += 12_000;
    await feeds.pollDue();
    [feed] = await feeds.list(GUILD);
    expect(feed!.failures).toBe(0);
    expect(feed!.lastError).toBeUndefined();
    expect(feed!.nextPollAt - now).toBe(3000);
    expect(observed.errors).toEqual(['http', 'http']);
  });

  it('a failure after a poll that worked and was recorded counts from that poll (1), not from the failures before it', async () => {
    const { feeds, articles } = poller({ keepMs: 10 * DAY });
    feeds.start();
    await follow(feeds, '/atom.xml');
    web.failing.set('/atom.xml', { status: 503, headers: {} });
    now += 4000;
    await feeds.pollDue();
    now += 7000;
    await feeds.pollDue();
    expect((await feeds.list(GUILD))[0]!.failures).toBe(2);
    // Eleven days on, the feed answers again (the poll records it: failures 0), then pruning the
    // old articles fails (the disk).
    web.failing.clear();
    now += 11 * DAY;
    articles.removeMany = () => Promise.reject(new Error('EIO: i/o error, unlink'));
    await feeds.pollDue();
    const [feed] = await feeds.list(GUILD);
    expect(feed!.failures).toBe(1);
    expect(feed!.nextPollAt - now).toBe(6000);
    expect(feed!.lastError).toEqual({ at: now, code: 'UNEXPECTED', message: 'an unexpected error (see the log)' });
  });

  it('stops announcing in a channel it may not post in, and says why, rather than retry at every poll', async () => {
    postOutcome = { ok: false, permanent: true, reason: 'the bot may not post there' };
    web.feeds.set('/atom.xml', { type: 'application/atom+xml', body: atomFeed(web.base, STORIES.slice(1)) });
    const { feeds } = poller();
    feeds.start();
    await follow(feeds, '/atom.xml', '300000000000000002');
    expect(posted).toEqual([{ channel: '300000000000000002', titles: [STORIES[2]!.title, STORIES[1]!.title] }]); // newest first
    const [feed] = await feeds.list(GUILD);
    expect(feed!.announceError).toBe('the bot may not post there');
    web.feeds.set('/atom.xml', { type: 'application/atom+xml', body: atomFeed(web.base, STORIES) });
    now += 4000;
    await feeds.pollDue();
    expect((await feeds.list(GUILD))[0]!.articles).toHaveLength(3);
    expect(posted).toHaveLength(1);
  });

  it('stores an item whose page is too short for an article: its own text, else the page’s', async () => {
    web.pages.set('/short/a.html', {
      type: 'text/html',
      body: '<html><body><p>The bridge on Mill Street opens to traffic on Friday.</p></body></html>',
    });
    web.pages.set('/short/b.html', { type: 'text/html', body: '<html><body><p>Short teaser.</p></body></html>' });
    web.feeds.set('/short.xml', {
      type: 'application/rss+xml',
      body: `<rss version="2.0"><channel><title>Short</title>
<item><title>Bridge opens</title><link>${web.base}/short/a.html</link></item>
<item><title>Library hours</title><link>${web.base}/short/b.html</link><description>The library opens on Sundays from March.</description></item>
</channel></rss>`,
    });
    const { feeds, articles } = poller();
    feeds.start();
    await follow(feeds, '/short.xml');
    const texts = Object.fromEntries(
      articles.articles(GUILD).map((d) => [d.title, d.text.slice(d.paragraphs[0]!.start)]),
    );
    expect(texts).toEqual({
      'Bridge opens': 'The bridge on Mill Street opens to traffic on Friday.\n',
      'Library hours': 'The library opens on Sundays from March.\n',
    });
    expect(observed.errors).toEqual(['item-page', 'item-page']);
  });

  it('refuses a feed over FEEDS_MAX, storing nothing', async () => {
    const { feeds } = poller({ maxPerServer: 1 });
    await feeds.follow(GUILD, `${web.base}/atom.xml`, null);
    const error = await failure(feeds.follow(GUILD, `${web.base}/rss.xml`, null));
    expect(error.code).toBe('FEEDS_MAX');
    expect(error.message).toBe(
      'This server already follows 1 feed, the most it may (FEEDS_MAX). Remove one with /feed remove first.',
    );
    expect((await feeds.list(GUILD)).map((f) => f.url)).toEqual([`${web.base}/atom.xml`]);
    expect(web.count('/rss.xml')).toBe(0);
  });
});

describe('Feeds: /feed add and remove meeting a poll of the same feed', () => {
  const CHANNEL = '300000000000000003';
  const keys = (stories: readonly { slug: string }[]): string[] => stories.map((s) => `urn:courier:${s.slug}`).sort();

  it('following a feed again keeps what a poll that ended during its download recorded, so removing it removes all it brought', async () => {
    const gate = gatedFetch();
    const { feeds, articles } = poller({}, false, gate.fetch);
    feeds.start();
    const url = `${web.base}/atom.xml`;
    await follow(feeds, '/atom.xml');
    web.feeds.set('/atom.xml', { type: 'application/atom+xml', body: atomFeed(web.base, [LATER, ...STORIES]) });
    now += 4000;
    // /feed add of the same address, to announce in a channel: its download is held while a poll
    // (not held) takes the new item and records it.
    const held = gate.holdNext(url);
    const again = feeds.follow(GUILD, url, CHANNEL);
    await held.entered;
    await feeds.pollDue();
    expect(articles.articles(GUILD)).toHaveLength(4);
    held.release();
    const followed = await again;
    expect(followed.updated).toBe(true);
    const [feed] = await feeds.list(GUILD);
    expect(followed.feed).toEqual(feed);
    expect(feed!.channelId).toBe(CHANNEL);
    expect(feed!.lastCheck).toBe(now);
    expect(feed!.articles.map((a) => a.key).sort()).toEqual(keys([LATER, ...STORIES]));
    expect(feed!.seen.map((s) => s.key).sort()).toEqual(keys([LATER, ...STORIES]));
    const { removed } = await feeds.unfollow(GUILD, feed!.id, true);
    expect(removed).toHaveLength(4);
    expect(articles.articles(GUILD)).toEqual([]);
  });

  it('two /feed add of one new feed at once: the later to finish finds the first’s feed and its poll’s articles, and sets only the channel', async () => {
    const gate = gatedFetch();
    const { feeds, articles } = poller({}, false, gate.fetch);
    feeds.start();
    const url = `${web.base}/atom.xml`;
    const held = gate.holdNext(url);
    const slow = feeds.follow(GUILD, url, CHANNEL);
    await held.entered;
    const quick = await feeds.follow(GUILD, url, null);
    await feeds.idle();
    expect(quick.updated).toBe(false);
    expect(articles.articles(GUILD)).toHaveLength(3);
    held.release();
    expect((await slow).updated).toBe(true);
    await feeds.idle();
    const [feed, ...others] = await feeds.list(GUILD);
    expect(others).toEqual([]);
    expect(feed!.channelId).toBe(CHANNEL);
    expect(feed!.articles.map((a) => a.key).sort()).toEqual(keys(STORIES));
    expect(feed!.seen.map((s) => s.key).sort()).toEqual(keys(STORIES));
    const { removed } = await feeds.unfollow(GUILD, feed!.id, true);
    expect(removed).toHaveLength(3);
    expect(articles.articles(GUILD)).toEqual([]);
  });
  it('/feed remove articles:true as a poll records its new articles: every article it brought goes, the poll’s too', async () => {
    const { feeds, articles } = poller();
    feeds.start();
    await follow(feeds, '/atom.xml');
    web.feeds.set('/atom.xml', { type: 'application/atom+xml', body: atomFeed(web.base, [LATER, ...STORIES]) });
    now += 4000;
    // The poll has added its article to the server's and is about to record it on the feed when
    // /feed remove comes: the removal sees the record with it, or the poll sees no record and
    // removes it itself, never neither.
    const addMany = articles.addMany.bind(articles);
    const { enter, entered, opened, release } = gate();
    articles.addMany = async (guildId, batch) => {
      const results = await addMany(guildId, batch);
      enter();
      await opened;
      return results;
    };
    const poll = feeds.pollDue();
    await entered;
    expect(articles.articles(GUILD)).toHaveLength(4);
    release();
    const { feed } = await feeds.unfollow(GUILD, (await feeds.list(GUILD))[0]!.id, true);
    await poll;
    expect(feed.url).toBe(`${web.base}/atom.xml`);
    expect(articles.articles(GUILD)).toEqual([]);
    expect(await feeds.list(GUILD)).toEqual([]);
  });
});

describe('Feeds: with a lease, exactly one of several processes polls', () => {
  it('polls in the holder only; another takes over once the holder stops renewing', async () => {
    const lease = (owner: string): Lease =>
      new Lease({ dir: dataDir, name: 'feeds.lease', owner, ttlMs: 30_000, clock: () => now });
    const a = poller();
    const b = poller();
    // A feed followed in a process that does not poll: taken at the polling one's next tick.
    await a.feeds.follow(GUILD, `${web.base}/atom.xml`, null);
    a.feeds.start(lease('a'));
    b.feeds.start(lease('b'));
    await a.feeds.pollDue();
    await b.feeds.pollDue();
    expect(web.count('/atom.xml', 200)).toBe(2); // the follow's own download, then a's poll
    for (let i = 0; i < 3; i += 1) {
      now += 4000;
      await b.feeds.pollDue();
      await a.feeds.pollDue();
    }
    expect(web.count('/atom.xml', 304)).toBe(3);
    expect(observed.polls).toEqual(['new', 'not-modified', 'not-modified', 'not-modified']);
    // Followed in b, which does not hold the lease: b only checks the feed; a takes its items.
    const pages = web.requests.filter((r) => r.path.startsWith('/news/')).length;
    await b.feeds.follow(GUILD, `${web.base}/rss.xml`, null);
    await b.feeds.idle();
    expect(web.requests.filter((r) => r.path.startsWith('/news/')).length).toBe(pages);
    await a.feeds.pollDue();
    expect(web.requests.filter((r) => r.path.startsWith('/news/')).length).toBe(pages + 3);
    observed.polls.length = 0;
    // a dies (no more ticks, no release): b polls once the lease has expired.
    now += 20_000;
    await b.feeds.pollDue();
    expect(web.count('/atom.xml', 304)).toBe(3);
    now += 11_000;
    await b.feeds.pollDue();
    expect(web.count('/atom.xml', 304)).toBe(4);
    // And b takes the next new item: the server's articles are read from DATA_DIR, a's three with it.
    web.feeds.set('/atom.xml', { type: 'application/atom+xml', body: atomFeed(web.base, [LATER, ...STORIES]) });
    now += 4000;
    await b.feeds.pollDue();
    expect(b.articles.articles(GUILD).map((d) => d.title)).toContain(LATER.title);
    expect(b.articles.articles(GUILD)).toHaveLength(4);
  });

  it('takes and renews the lease in a DATA_DIR not made yet, its renewal timer and its tick at once, without an error', async () => {
    // The service's timers, real: a tick every 200 ms (FEED_POLL_MINUTES/4) and a renewal every
    // 200 ms (a third of the 600 ms given to start), so both call acquire() in one turn, as the
    // bot's 15 s tick and 10 s renewal do every 30 s. The lease's own clock is the spec's: it
    // cannot lapse on a slow machine.
    const made = dataDir;
    onTestFinished(() => rm(made, { recursive: true, force: true }));
    dataDir = join(made, 'data');
    const lease = new Lease({ dir: dataDir, name: 'feeds.lease', owner: 'a', ttlMs: 30_000, clock: () => now });
    const { feeds, log } = poller({ pollMs: 800 }, true);
    feeds.start(lease, 600);
    try {
      for (let i = 0; i < 5; i += 1) {
        now += 1000;
        await expect
          .poll(() => lease.current(), { timeout: 10_000, interval: 20 })
          .toEqual({
            owner: 'a',
            term: 1,
            expiresAt: now + 30_000,
          });
      }
    } finally {
      await feeds.stop();
    }
    expect(log.records.filter((r) => r.level === 'warn' || r.level === 'error')).toEqual([]);
    // Given up at stop, still in its first term; no temporary file left.
    expect(await lease.current()).toEqual({ owner: 'a', term: 1, expiresAt: 0 });
    expect(await readdir(dataDir)).toEqual(['feeds.lease.1']);
  });
});
