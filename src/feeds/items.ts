/**
 * A feed's items to a server's articles: which items are new (not seen, not too old, at most
 * ITEMS_PER_POLL a poll, newest first), the article an item makes (its page's, as `/article add
 * url:` reads it, else the item's own text), what is remembered of items seen, and the short
 * text an announcement shows.
 */
import type { StoredArticle } from '../articles/store.ts';
import { slugFor, toMarkdown } from '../articles/store.ts';
import { parseFrontMatter } from '../corpus/frontMatter.ts';
import type { NewArticle } from '../app/serverArticles.ts';
import type { FeedItem } from './parse.ts';
import type { SeenItem } from './store.ts';

/** At most this many items become articles in one poll; the rest wait for the next. */
export const ITEMS_PER_POLL = 20;
/** Items remembered as seen per feed, at most (the newest are kept). */
export const SEEN_MAX = 1000;

export interface NewItems {
  /** The items to make articles of now, newest first. */
  readonly take: readonly FeedItem[];
  /** Items passed over for good (too old): remembered as seen so they are not weighed again. */
  readonly skip: readonly FeedItem[];
  /** New items left for the next poll (over ITEMS_PER_POLL). */
  readonly waiting: number;
}

/**
 * The new items of a feed: not seen before, published within `maxAgeMs` of `now` (an item without
 * a date counts as new), newest first (undated ones in the feed's order after them), at most `max`.
 */
export function newItems(
  items: readonly FeedItem[],
  seen: ReadonlySet<string>,
  now: number,
  maxAgeMs: number,
  max = ITEMS_PER_POLL,
): NewItems {
  const unseen: FeedItem[] = [];
  const keys = new Set<string>();
  for (const item of items) {
    if (seen.has(item.key) || keys.has(item.key)) continue;
    keys.add(item.key);
    unseen.push(item);
  }
  const tooOld = (item: FeedItem): boolean => item.published !== undefined && now - item.published > maxAgeMs;
  const fresh = unseen.filter((item) => !tooOld(item));
  const ordered = fresh
    .map((item, order) => ({ item, order }))
    .sort((a, b) => (b.item.published ?? -Infinity) - (a.item.published ?? -Infinity) || a.order - b.order)
    .map((x) => x.item);
  return { take: ordered.slice(0, max), skip: unseen.filter(tooOld), waiting: Math.max(0, ordered.length - max) };
}

/** The article an item's own text makes, when its page gives none; null when it has no text either. */
export function articleOfItem(item: FeedItem): StoredArticle | null {
  if (item.text.trim() === '') return null;
  const date = dayOf(item.published);
  const content = toMarkdown({
    title: item.title,
    text: item.text,
    ...(item.link ? { url: item.link } : {}),
    ...(date ? { date } : {}),
    ...(item.author ? { author: item.author } : {}),
  });
  return { content, extension: '.md', title: item.title };
}

/**
 * The article to store for an item: the page's (`fromPage`) when there is one, given the item's
 * date and author where the page named none, else the item's own; null when neither has text.
 */
export function newArticle(item: FeedItem, fromPage: StoredArticle | null, pageUrl?: string): NewArticle | null {
  const stored = fromPage === null ? articleOfItem(item) : withItemFields(fromPage, item);
  if (stored === null) return null;
  const url = pageUrl ?? item.link;
  return {
    slug: slugFor(stored.title),
    extension: stored.extension,
    text: stored.content,
    ...(url ? { url } : {}),
  };
}

/** A page's article with the feed's date and author filled in where its front matter has none. */
function withItemFields(stored: StoredArticle, item: FeedItem): StoredArticle {
  const { fields, bodyStart } = parseFrontMatter(stored.content);
  if (bodyStart === 0) return stored;
  const date = dayOf(item.published);
  const extra = [
    ...(fields.date === undefined && date ? [`date: ${date}`] : []),
    ...(fields.author === undefined && item.author ? [`author: ${item.author.replace(/\s+/g, ' ')}`] : []),
  ];
  if (extra.length === 0) return stored;
  const close = stored.content.lastIndexOf('---', bodyStart - 1);
  return { ...stored, content: `${stored.content.slice(0, close)}${extra.join('\n')}\n${stored.content.slice(close)}` };
}

/** YYYY-MM-DD in UTC. */
function dayOf(ms: number | undefined): string | undefined {
  return ms === undefined ? undefined : new Date(ms).toISOString().slice(0, 10);
}

/**
 * What a feed remembers of the items it has seen: those still in the feed (forgetting them would
 * bring them back as new), and others for `keepMs`; at most SEEN_MAX, the newest kept.
 */
export function keptSeen(
  seen: readonly SeenItem[],
  inFeed: ReadonlySet<string>,
  now: number,
  keepMs: number,
): SeenItem[] {
  return seen
    .filter((s) => inFeed.has(s.key) || now - s.at <= keepMs)
    .sort((a, b) => b.at - a.at)
    .slice(0, SEEN_MAX);
}

/** The first sentence of a text, at most `max` characters (cut at a word, with an ellipsis). */
export function firstSentence(text: string, max = 300): string {
  const line = text.replace(/\s+/g, ' ').trim();
  const end = /[.!?]["”’)]?(?=\s+["“‘(]?[A-Z0-9])/.exec(line);
  const sentence = end === null ? line : line.slice(0, end.index + end[0].length);
  if (sentence.length <= max) return sentence;
  const cut = sentence.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
