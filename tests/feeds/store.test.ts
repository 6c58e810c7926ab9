/**
 * The feed store's writes: each a temporary file of its own renamed into place, so two writes of one
 * feed at once (a /feed add following it again while its poll records the poll; two replicas, each
 * pid 1 in its container) both land whole, one after the other, and leave no temporary file. A
 * feed is created once however many /feed add of it run at once (two stores here stand for two
 * processes, which share no queue), and a removal gives back the record as it stood when removed.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type FeedRecord, FeedStore, feedId } from '../../src/feeds/store.ts';

const GUILD = '100000000000000001';
const URL = 'https://news.example/atom.xml';
const FEED: FeedRecord = {
  id: feedId(URL),
  url: URL,
  title: 'The Local Courier',
  channelId: null,
  addedAt: 1_000,
  failures: 0,
  nextPollAt: 0,
  seen: [],
  articles: [],
};

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'citebot-feedstore-'));
});
afterEach(() => rm(dataDir, { recursive: true, force: true }));

describe('FeedStore', () => {
  it('lands two writes of one feed at once whole, in a server folder not made yet, with no temporary file left', async () => {
    const store = new FeedStore(dataDir);
    const polled: FeedRecord = { ...FEED, lastCheck: 2_000, nextPollAt: 5_000, seen: [{ key: 'urn:a', at: 2_000 }] };
    const moved: FeedRecord = { ...FEED, channelId: '200000000000000002' };
    for (let round = 0; round < 5; round += 1) {
      await Promise.all([store.save(GUILD, polled), store.save(GUILD, moved), store.save(GUILD, polled)]);
      expect([polled, moved]).toContainEqual(await store.read(GUILD, FEED.id));
    }
    expect(await readdir(join(dataDir, 'guilds', GUILD, 'feeds'))).toEqual([`${FEED.id}.json`]);
    expect(await store.list(GUILD)).toHaveLength(1);
  });

  it('creates a feed once when two processes follow it at once; the other changes the record the first wrote', async () => {
    const here = new FeedStore(dataDir);
    const there = new FeedStore(dataDir);
    const channel = (channelId: string) => (f: FeedRecord) => ({ ...f, channelId });
    for (let round = 0; round < 5; round += 1) {
      const [a, b] = await Promise.all([
        here.follow(GUILD, { ...FEED, addedAt: 1 }, channel('200000000000000001')),
        there.follow(GUILD, { ...FEED, addedAt: 2 }, channel('200000000000000002')),
      ]);
      expect([a.created, b.created].sort()).toEqual([false, true]);
      const [first, second] = a.created ? [a, b] : [b, a];
      // The second is the first's record (its addedAt) with the second's change.
      expect(second.feed).toEqual({
        ...first.feed,
        channelId: second === a ? '200000000000000001' : '200000000000000002',
      });
      expect(await here.read(GUILD, FEED.id)).toEqual(second.feed);
      expect(await here.remove(GUILD, FEED.id)).toEqual(second.feed);
    }
    expect(await readdir(join(dataDir, 'guilds', GUILD, 'feeds'))).toEqual([]);
  });

  it('removes a feed giving back its record with a change asked just before; null once it is gone', async () => {
    const store = new FeedStore(dataDir);
    await store.save(GUILD, FEED);
    const article = { id: 'added/tram', key: 'urn:courier:tram', at: 2_000 };
    const polled = store.update(GUILD, FEED.id, (f) => ({
      ...f,
      lastCheck: 2_000,
      articles: [...f.articles, article],
    }));
    const removed = store.remove(GUILD, FEED.id);
    expect(await polled).toEqual({ ...FEED, lastCheck: 2_000, articles: [article] });
    expect(await removed).toEqual({ ...FEED, lastCheck: 2_000, articles: [article] });
    expect(await store.read(GUILD, FEED.id)).toBeNull();
    expect(await store.remove(GUILD, FEED.id)).toBeNull();
    // A change after the removal does not bring it back.
    expect(await store.update(GUILD, FEED.id, (f) => f)).toBeNull();
    expect(await readdir(join(dataDir, 'guilds', GUILD, 'feeds'))).toEqual([]);
  });
});
