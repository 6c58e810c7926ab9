/**
 * parsedFeed: a large feed is parsed in a worker thread, a small one in place, with the same items
 * and the same expected failures either way.
 */
import { describe, expect, it } from 'vitest';
import { parsedFeed } from '../../src/feeds/offThread.ts';
import { parseFeedBody } from '../../src/feeds/parse.ts';
import { failure } from '../helpers/fixtures.ts';
import { atomFeed, STORIES } from './fixtures.ts';

const URL = 'http://news.test/atom.xml';
const page = (body: string, contentType = 'application/atom+xml') => ({
  finalUrl: URL,
  contentType,
  body: Buffer.from(body),
});

describe('parsedFeed', () => {
  it('parses in a worker thread (minBytes 0 sends every feed there) as it does in place', async () => {
    const feed = page(atomFeed('http://news.test', STORIES));
    const inPlace = parseFeedBody(feed.body, feed.contentType, URL);
    expect(inPlace.items).toHaveLength(3);
    expect(await parsedFeed(feed, 0)).toEqual(inPlace);
  });

  it('brings an expected failure back from the worker as the same CitebotError', async () => {
    const html = page('<!DOCTYPE html><html><body><p>News</p></body></html>', 'text/html');
    const inPlace = await failure(parsedFeed(html));
    const inWorker = await failure(parsedFeed(html, 0));
    expect([inWorker.code, inWorker.message]).toEqual([inPlace.code, inPlace.message]);
    expect(inWorker.code).toBe('FEED_IS_A_PAGE');
  });
});
