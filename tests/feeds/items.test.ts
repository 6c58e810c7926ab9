/** Feed items to articles: which are new, the article each makes, what is remembered, the announcement's sentence. */
import { describe, expect, it } from 'vitest';
import { articleOfItem, firstSentence, keptSeen, newArticle, newItems } from '../../src/feeds/items.ts';
import type { FeedItem } from '../../src/feeds/parse.ts';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.parse('2026-12-06T12:00:00Z');
const item = (key: string, daysAgo?: number, extra: Partial<FeedItem> = {}): FeedItem => ({
  key,
  title: `Item ${key}`,
  text: `The text of item ${key}.`,
  ...(daysAgo === undefined ? {} : { published: NOW - daysAgo * DAY }),
  ...extra,
});

describe('newItems', () => {
  it('takes the items not seen before, newest first', () => {
    const items = [item('b', 2), item('a', 1), item('c', 3)];
    const { take, skip, waiting } = newItems(items, new Set(['b']), NOW, Number.POSITIVE_INFINITY);
    expect(take.map((i) => i.key)).toEqual(['a', 'c']);
    expect(skip).toEqual([]);
    expect(waiting).toBe(0);
  });

  it('passes over items older than the age limit for good, and counts undated ones as new', () => {
    const items = [item('old', 10), item('new', 1), item('undated')];
    const { take, skip } = newItems(items, new Set(), NOW, 7 * DAY);
    expect(take.map((i) => i.key)).toEqual(['new', 'undated']);
    expect(skip.map((i) => i.key)).toEqual(['old']);
  });

  it('takes at most 20 in a poll, the newest; the rest wait for the next', () => {
    const items = Array.from({ length: 25 }, (_, i) => item(`k${i}`, i));
    const { take, waiting } = newItems(items, new Set(), NOW, Number.POSITIVE_INFINITY);
    expect(take).toHaveLength(20);
    expect(take[0]!.key).toBe('k0');
    expect(take[19]!.key).toBe('k19');
    expect(waiting).toBe(5);
  });

  it('takes an item listed twice once', () => {
    expect(newItems([item('a', 1), item('a', 1)], new Set(), NOW, Number.POSITIVE_INFINITY).take).toHaveLength(1);
  });
});

describe('the article an item makes', () => {
  const PAGE = {
    content: '---\ntitle: Tram line to reopen\nurl: https://news.test/tram\n---\n\nThe tram line reopens in May.\n',
    extension: '.md' as const,
    title: 'Tram line to reopen',
  };

  it('is the page’s, given the item’s date and author where the page named none', () => {
    const article = newArticle(
      item('t', 0, { author: 'Nadia Okafor', link: 'https://news.test/tram?ref=rss' }),
      PAGE,
      'https://news.test/tram',
    );
    expect(article).toEqual({
      slug: 'tram-line-to-reopen',
      extension: '.md',
      text: '---\ntitle: Tram line to reopen\nurl: https://news.test/tram\ndate: 2026-12-06\nauthor: Nadia Okafor\n---\n\nThe tram line reopens in May.\n',
      url: 'https://news.test/tram',
    });
  });

  it('keeps the page’s own date and author', () => {
    const page = { ...PAGE, content: PAGE.content.replace('url:', 'date: 2026-11-30\nauthor: Ann\nurl:') };
    expect(newArticle(item('t', 0, { author: 'Someone else' }), page)!.text).toBe(page.content);
  });

  it('falls back to the item’s own text when the page gave none', () => {
    const own = item('t', 0, { link: 'https://news.test/t', author: 'Ann', title: 'A short item' });
    expect(newArticle(own, null)).toEqual({
      slug: 'a-short-item',
      extension: '.md',
      text: '---\ntitle: A short item\nurl: https://news.test/t\ndate: 2026-12-06\nauthor: Ann\n---\n\nThe text of item t.\n',
      url: 'https://news.test/t',
    });
  });

  it('is none when neither the page nor the item has text', () => {
    expect(articleOfItem(item('t', 0, { text: '' }))).toBeNull();
    expect(newArticle(item('t', 0, { text: '  ' }), null)).toBeNull();
  });
});

describe('keptSeen', () => {
  it('keeps what is still in the feed, and the rest for the keep period', () => {
    const seen = [
      { key: 'in-feed', at: NOW - 400 * DAY },
      { key: 'recent', at: NOW - 10 * DAY },
      { key: 'forgotten', at: NOW - 100 * DAY },
    ];
    expect(keptSeen(seen, new Set(['in-feed']), NOW, 90 * DAY).map((s) => s.key)).toEqual(['recent', 'in-feed']);
  });
});

describe('firstSentence', () => {
  it('ends at the first sentence', () => {
    expect(firstSentence('The tram reopens in May. Engineers replaced the track.')).toBe('The tram reopens in May.');
    expect(firstSentence('“It is done.” She left.')).toBe('“It is done.”');
  });

  it('cuts a long sentence at a word, with an ellipsis', () => {
    const long = `${'word '.repeat(100)}end.`;
    const cut = firstSentence(long, 50);
    expect(cut).toBe(`${'word '.repeat(9).trim()}…`);
  });
});
