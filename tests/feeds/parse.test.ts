/** parseFeedBody: the three formats read into one item shape, and what is not a feed refused with a clear code. */
import { describe, expect, it } from 'vitest';
import { parseFeedBody } from '../../src/feeds/parse.ts';
import { failure } from '../helpers/fixtures.ts';
import { atomFeed, jsonFeed, rssFeed, STORIES } from './fixtures.ts';

const BASE = 'http://news.test';
const [tram] = STORIES;

describe('parseFeedBody', () => {
  it('reads an Atom feed: id as key, the alternate link, published date, author, summary as text', () => {
    const feed = parseFeedBody(Buffer.from(atomFeed(BASE, STORIES)), 'application/atom+xml', `${BASE}/atom.xml`);
    expect(feed.format).toBe('atom');
    expect(feed.title).toBe('The Local Courier');
    expect(feed.items).toHaveLength(3);
    expect(feed.items[0]).toEqual({
      key: 'urn:courier:tram',
      link: `${BASE}/news/tram.html`,
      title: tram!.title,
      published: Date.parse(tram!.published),
      author: tram!.author,
      text: tram!.paragraphs[0],
    });
  });

  it('reads RSS 2.0: guid as key, the HTML description as paragraphs', () => {
    const feed = parseFeedBody(Buffer.from(rssFeed(BASE, STORIES)), 'application/rss+xml', `${BASE}/rss.xml`);
    expect(feed.format).toBe('rss');
    expect(feed.items.map((i) => i.key)).toEqual(['courier-tram', 'courier-orchard', 'courier-observatory']);
    expect(feed.items[0]!.text).toBe(tram!.paragraphs.join('\n\n'));
    expect(feed.items[0]!.published).toBe(Date.parse(tram!.published));
  });

  it('reads a JSON Feed', () => {
    const feed = parseFeedBody(Buffer.from(jsonFeed(BASE, STORIES)), 'application/feed+json', `${BASE}/feed.json`);
    expect(feed.format).toBe('json');
    expect(feed.items[2]).toMatchObject({ key: 'courier-json-observatory', link: `${BASE}/news/observatory.html` });
  });

  it('keys an item without a guid by its link, made absolute; drops a link that is not http(s)', () => {
    const rss = `<rss version="2.0"><channel><title>R</title>
<item><title>A</title><link>/a.html</link></item>
<item><title>B</title><link>javascript:alert(1)</link></item></channel></rss>`;
    const feed = parseFeedBody(Buffer.from(rss), 'text/xml', `${BASE}/feeds/rss.xml`);
    expect(feed.items).toEqual([
      { key: `${BASE}/a.html`, link: `${BASE}/a.html`, title: 'A', text: '' },
      // No guid and no usable link: the title is what is left to tell it by.
      { key: 'B', title: 'B', text: '' },
    ]);
  });

  it('says a web page is not a feed, naming the feed the page advertises', async () => {
    const page = `<!DOCTYPE html><html><head><link rel="alternate" type="application/rss+xml" href="/rss.xml"></head><body><p>News</p></body></html>`;
    const error = await failure(
      Promise.resolve().then(() => parseFeedBody(Buffer.from(page), 'text/html', `${BASE}/news`)),
    );
    expect(error.code).toBe('FEED_IS_A_PAGE');
    expect(error.message).toBe(`That address is a web page, not a feed. The page names its feed: ${BASE}/rss.xml`);
  });

  it('refuses broken XML and JSON that is not a feed', async () => {
    for (const body of ['<rss version="2.0"><channel><item><title>cut', '{"hello": "world"}', 'just text']) {
      const error = await failure(
        Promise.resolve().then(() => parseFeedBody(Buffer.from(body), 'application/xml', `${BASE}/x`)),
      );
      expect(error.code).toBe('FEED_INVALID');
      expect(error.message).toBe(
        'That address does not serve a feed I can read: it is not valid RSS, Atom or JSON Feed. Nothing was added.',
      );
    }
  });
});
