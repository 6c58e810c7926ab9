/**
 * The feed store's writes: each a temporary file of its own renamed into place, so two writes of one
 * feed at once (a /feed add following it again while its poll records the poll; two replicas, each
 * pid 1 in its container) both land whole, one after the other, and leave no temporary file.
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
});
