/**
 * Servers following feeds: what /feed add, list and remove do, and the poll that turns each new
 * item into one of the server's articles (src/app/serverArticles.ts) and announces it.
 *
 * Every process keeps its feeds on disk (./store.ts) and answers the commands; one process polls
 * (`start`): the one-process bot or the console, shard 0 of a sharded bot, and among replicas
 * sharing DATA_DIR the one holding the lease (src/storage/lease.ts). Polling reads the feeds from
 * disk at each tick, so a feed added or removed in another process is seen within a tick. It never
 * holds up answers: fetches are asynchronous, large feeds and pages are read in worker threads,
 * and the server's articles are rebuilt in slices, once per poll.
 *
 * No discord.js here: announcements go through the Announcer port the Discord layer implements.
 */
import { decodeHtml } from '../articles/decode.ts';
import { OFF_THREAD_MIN_BYTES, storedArticle } from '../articles/offThread.ts';
import { type FetchedPage, type FetchOptions, fetchPage } from '../articles/safeFetch.ts';
import type { Logger } from '../app/log.ts';
import type { ServerArticles } from '../app/serverArticles.ts';
import { formatBytes } from '../corpus/load.ts';
import type { CorpusDocument } from '../corpus/types.ts';
import { CitebotError, isCitebotError } from '../errors.ts';
import { plural } from '../replies/words.ts';
import type { Lease } from '../storage/lease.ts';
import { firstSentence, keptSeen, newArticle, newItems } from './items.ts';
import { parsedFeed } from './offThread.ts';
import type { FeedItem, ParsedFeed } from './parse.ts';
import { afterFailure, nextPoll, retryAfterMs } from './schedule.ts';
import { type FeedRecord, FeedStore, feedId } from './store.ts';

export interface FeedSettings {
  /** FEED_POLL_MINUTES, in milliseconds. */
  readonly pollMs: number;
  /** FEEDS_MAX: feeds a server may follow. */
  readonly maxPerServer: number;
  /** FEED_MAX_AGE_DAYS: older items are passed over. */
  readonly maxAgeMs: number;
  /** FEED_KEEP_DAYS: feed articles older than this are removed. */
  readonly keepMs: number;
  /** MAX_FILE_MB: the largest feed or page read. */
  readonly maxBytes: number;
  /** ALLOW_PRIVATE_URLS. */
  readonly allowPrivate: boolean;
}

/** A new article as announced: a short embed. */
export interface Announcement {
  readonly title: string;
  readonly url?: string;
  /** The article's first sentence. */
  readonly description: string;
  /** The feed it came from. */
  readonly feed: string;
}

export type PostOutcome =
  | { readonly ok: true }
  /** `permanent`: posting there cannot work until someone changes something (a missing permission). */
  | { readonly ok: false; readonly permanent: boolean; readonly reason: string };

/** Posts announcements in a channel (the Discord layer, or the console). Never throws. */
export interface Announcer {
  post(channelId: string, announcements: readonly Announcement[]): Promise<PostOutcome>;
}

/** Bounded labels for errors. */
export type FeedErrorKind =
  | 'not-public'
  | 'timeout'
  | 'too-large'
  | 'http'
  | 'network'
  | 'not-a-feed'
  | 'item-page'
  | 'announce'
  | 'other';

/** What the poll tells metrics. */
export interface FeedObserver {
  poll(outcome: 'new' | 'unchanged' | 'not-modified' | 'failed'): void;
  newItems(count: number): void;
  error(kind: FeedErrorKind): void;
}

/** At most this many embeds in one announcement message (Discord's limit is 10 per message). */
export const ANNOUNCE_BATCH = 10;

export interface FeedsOptions {
  readonly dataDir: string;
  readonly articles: ServerArticles;
  readonly settings: FeedSettings;
  readonly log: Logger;
  readonly observe?: FeedObserver;
  /** Milliseconds since the epoch. */
  readonly clock?: () => number;
  readonly random?: () => number;
  /** Fetches feeds and item pages (default: the safe fetch `/article add url:` uses). */
  readonly fetch?: (url: string, options: FetchOptions) => Promise<FetchedPage>;
  /** Tick on a timer once started (default true); specs call pollDue() themselves. */
  readonly timer?: boolean;
}

export interface Followed {
  readonly feed: FeedRecord;
  /** Items the feed holds now. */
  readonly items: number;
  /** It was followed already: its channel was changed (and a stopped announcement retried). */
  readonly updated: boolean;
}

const NO_OBSERVER: FeedObserver = { poll: () => undefined, newItems: () => undefined, error: () => undefined };

export class Feeds {
  readonly settings: FeedSettings;
  /** Where new articles are announced; set by the front end once it can post (null: not announced). */
  announcer: Announcer | null = null;
  private readonly store: FeedStore;
  private readonly articles: ServerArticles;
  private readonly log: Logger;
  private readonly observe: FeedObserver;
  private readonly clock: () => number;
  private readonly random: () => number;
  private readonly fetch: (url: string, options: FetchOptions) => Promise<FetchedPage>;
  private readonly timed: boolean;
  /** Polling here (start() was called and not stopped). */
  private polling = false;
  private lease: Lease | null = null;
  private timer: NodeJS.Timeout | null = null;
  private leaseTimer: NodeJS.Timeout | null = null;
  private tick: Promise<void> | null = null;
  /** Each server's feeds as last read, for autocomplete (which cannot wait for the disk). */
  private readonly cache = new Map<string, readonly FeedRecord[]>();
  /** Feeds being polled now, by `guild/id`: never two polls of one feed at once. */
  private readonly busy = new Map<string, Promise<void>>();

  constructor(options: FeedsOptions) {
    this.settings = options.settings;
    this.store = new FeedStore(options.dataDir);
    this.articles = options.articles;
    this.log = options.log;
    this.observe = options.observe ?? NO_OBSERVER;
    this.clock = options.clock ?? Date.now;
    this.random = options.random ?? Math.random;
    this.fetch = options.fetch ?? fetchPage;
    this.timed = options.timer ?? true;
  }

  /** The server's feeds, oldest first. */
  async list(guildId: string): Promise<FeedRecord[]> {
    const feeds = await this.store.list(guildId);
    this.cache.set(guildId, feeds);
    return feeds;
  }

  /** The server's feeds as last read (at start, by a command or a poll), without waiting for the disk. */
  known(guildId: string | null): readonly FeedRecord[] {
    return guildId === null ? [] : (this.cache.get(guildId) ?? []);
  }

  /** Reads every server's feeds (at start), for `known`. */
  async load(): Promise<void> {
    this.remember(await this.store.all());
  }

  private remember(all: readonly { guildId: string; feed: FeedRecord }[]): void {
    this.cache.clear();
    for (const { guildId, feed } of all) this.cache.set(guildId, [...(this.cache.get(guildId) ?? []), feed]);
  }

  /**
   * Follows a feed: fetched and read first, so an address that is not a feed, or too large, or not
   * allowed, is refused with nothing stored. Following it again changes its channel. When this
   * process polls, its items are taken at once (from this very download); else the polling
   * process takes them at its next tick.
   */
  async follow(guildId: string, rawUrl: string, channelId: string | null): Promise<Followed> {
    const url = rawUrl.trim();
    const feeds = await this.store.list(guildId);
    const existing = feeds.find((f) => f.url === url || f.id === feedId(url));
    if (existing === undefined && feeds.length >= this.settings.maxPerServer) {
      throw new CitebotError(
        'FEEDS_MAX',
        `This server already follows ${plural(feeds.length, 'feed')}, the most it may (FEEDS_MAX). Remove one with /feed remove first.`,
        { guild: guildId },
      );
    }
    const { page, parsed } = await this.download(url, undefined)
      .then((d) => ({ page: d.page, parsed: d.parsed! })) // no validators sent: never a 304
      .catch((error: unknown) => {
        throw forFollow(error, this.settings.maxBytes);
      });
    const now = this.clock();
    const fresh: FeedRecord = {
      id: existing?.id ?? feedId(url),
      url,
      title: parsed.title,
      channelId,
      addedAt: now,
      failures: 0,
      // Another process polls: it takes the items at its next tick, downloading them itself (so no
      // validators are kept from this download, or it would be told "not modified").
      nextPollAt: 0,
      seen: [],
      articles: [],
    };
    // Following it again (or another /feed add of it finished during this download) changes the
    // record as it is now, not as read before the download: a poll may have recorded articles since.
    const { feed, created } = await this.store.follow(guildId, fresh, (current) => {
      const { announceError: _cleared, ...rest } = current;
      return { ...rest, channelId, title: parsed.title };
    });
    await this.list(guildId);
    // Taken at once when this process is the one polling (it holds the lease), from this download.
    if (created && this.pollsNow) void this.schedule(guildId, feed, { page, parsed });
    return { feed, items: parsed.items.length, updated: !created };
  }

  /** Stops following a feed; with `removeArticles`, the articles it brought go too. */
  async unfollow(
    guildId: string,
    id: string,
    removeArticles: boolean,
  ): Promise<{ feed: FeedRecord; removed: readonly CorpusDocument[] }> {
    // The record as it was removed: with the articles of a poll that recorded them just before.
    const feed = await this.store.remove(guildId, id);
    if (feed === null) throw new CitebotError('FEED_UNKNOWN', 'This server does not follow that feed. See /feed list.');
    await this.list(guildId);
    // A poll of it under way ends without writing (its record is gone) and removes what it added
    // itself; wait for it, so that those articles are gone too when this returns.
    await this.busy.get(`${guildId}/${id}`);
    let removed: CorpusDocument[] = [];
    if (removeArticles) {
      const after = feed.articles.map((a) => a.id);
      removed = await this.articles.removeMany(guildId, after);
    }
    return { feed, removed };
  }

  /**
   * Starts polling in this process: a tick every few seconds (a quarter of FEED_POLL_MINUTES, at
   * most 15 s) polls the feeds that are due. With a lease, only while this process holds it,
   * renewed meanwhile.
   */
  start(lease: Lease | null = null, leaseTtlMs = 30_000): void {
    if (this.polling) return;
    this.polling = true;
    this.lease = lease;
    if (!this.timed) return;
    const tickMs = Math.min(15_000, Math.max(200, this.settings.pollMs / 4));
    const run = (): void => {
      if (this.tick !== null) return;
      this.tick = this.pollDue()
        .catch((error: unknown) => this.log.error('feed poll failed', { error }))
        .finally(() => {
          this.tick = null;
        });
    };
    this.timer = setInterval(run, tickMs);
    this.timer.unref();
    if (lease !== null) {
      const renew = (): void => {
        lease.acquire().catch((error: unknown) => this.log.warn('could not renew the feed lease', { error }));
      };
      this.leaseTimer = setInterval(renew, Math.max(100, leaseTtlMs / 3));
      this.leaseTimer.unref();
    }
    run();
  }

  /** Stops polling: no new poll starts, the ones under way finish, the lease is given up. */
  async stop(): Promise<void> {
    this.polling = false;
    if (this.timer !== null) clearInterval(this.timer);
    if (this.leaseTimer !== null) clearInterval(this.leaseTimer);
    this.timer = this.leaseTimer = null;
    await this.tick;
    await Promise.allSettled([...this.busy.values()]);
    await this.lease?.release().catch(() => undefined);
  }

  /** Whether this process polls now: started, and holding the lease if there is one. */
  private get pollsNow(): boolean {
    return this.polling && (this.lease === null || this.lease.held);
  }

  /** Resolves once no poll is under way (specs; a shutdown uses stop()). */
  async idle(): Promise<void> {
    while (this.busy.size > 0) await Promise.allSettled([...this.busy.values()]);
  }

  /** One tick: every feed that is due, one after another (gentle on the servers and on this one). */
  async pollDue(): Promise<void> {
    if (this.lease !== null && !(await this.lease.acquire())) return;
    const all = await this.store.all();
    this.remember(all);
    for (const { guildId, feed } of all) {
      if (!this.pollsNow) return;
      if (feed.nextPollAt > this.clock() || this.busy.has(`${guildId}/${feed.id}`)) continue;
      await this.schedule(guildId, feed);
    }
  }

  /** Polls one feed unless it is being polled; resolves when that poll ends. */
  private schedule(
    guildId: string,
    feed: FeedRecord,
    fetched?: { page: FetchedPage; parsed: ParsedFeed },
  ): Promise<void> {
    const key = `${guildId}/${feed.id}`;
    const running = this.busy.get(key);
    if (running !== undefined) return running;
    const poll = this.poll(guildId, feed, fetched).finally(() => this.busy.delete(key));
    this.busy.set(key, poll);
    return poll;
  }

  /** The feed, read; `parsed` null when a conditional request was answered 304 (only with `feed`'s validators). */
  private async download(
    url: string,
    feed: FeedRecord | undefined,
  ): Promise<{ page: FetchedPage; parsed: ParsedFeed | null }> {
    const conditional =
      feed === undefined || (feed.etag === undefined && feed.lastModified === undefined)
        ? undefined
        : {
            ...(feed.etag === undefined ? {} : { etag: feed.etag }),
            ...(feed.lastModified === undefined ? {} : { lastModified: feed.lastModified }),
          };
    const page = await this.fetch(url, {
      maxBytes: this.settings.maxBytes,
      allowPrivate: this.settings.allowPrivate,
      accept: 'feed',
      ...(conditional === undefined ? {} : { conditional }),
    });
    if (page.status === 304) return { page, parsed: null };
    return { page, parsed: await parsedFeed(page) };
  }

  /** One poll of one feed; never throws (a failure is recorded on the feed and backs it off). */
  private async poll(
    guildId: string,
    feed: FeedRecord,
    fetched?: { page: FetchedPage; parsed: ParsedFeed },
  ): Promise<void> {
    const now = this.clock();
    try {
      const { page, parsed } = fetched ?? (await this.download(feed.url, feed));
      if (parsed === null) {
        // 304 Not Modified: nothing downloaded, nothing to do.
        const updated = await this.store.update(guildId, feed.id, (f) => ({
          ...withoutError(f),
          lastCheck: now,
          failures: 0,
          nextPollAt: nextPoll(now, this.settings.pollMs, this.random),
        }));
        this.observe.poll('not-modified');
        if (updated !== null) await this.prune(guildId, updated, now);
        return;
      }
      await this.ingest(guildId, feed, page, parsed, now);
    } catch (error) {
      const code = isCitebotError(error) ? error.code : 'UNEXPECTED';
      const message = isCitebotError(error) ? error.message : 'an unexpected error (see the log)';
      const retryAfter = isCitebotError(error) ? retryAfterMs(error.details.retryAfter, now) : null;
      if (isCitebotError(error)) this.log.info('feed poll failed', { guild: guildId, feed: feed.url, code, message });
      else this.log.error('feed poll failed unexpectedly', { guild: guildId, feed: feed.url, error });
      // Counted on the record as it is now, not as read at the tick.
      await this.store
        .update(guildId, feed.id, (f) => ({
          ...f,
          lastCheck: now,
          lastError: { at: now, code, message },
          failures: f.failures + 1,
          nextPollAt: afterFailure(now, this.settings.pollMs, f.failures + 1, retryAfter, this.random),
        }))
        .catch((e: unknown) => this.log.error('could not record a feed’s failure', { error: e }));
      this.observe.poll('failed');
      this.observe.error(errorKind(code));
    }
  }

  private async ingest(
    guildId: string,
    feed: FeedRecord,
    page: FetchedPage,
    parsed: ParsedFeed,
    now: number,
  ): Promise<void> {
    const { take, skip, waiting } = newItems(
      parsed.items,
      new Set(feed.seen.map((s) => s.key)),
      now,
      this.settings.maxAgeMs,
    );
    const made: { item: FeedItem; article: NonNullable<ReturnType<typeof newArticle>> }[] = [];
    for (const item of take) {
      // Removed meanwhile: stop fetching its pages.
      if ((await this.store.read(guildId, feed.id)) === null) return;
      const article = await this.articleFor(item);
      if (article !== null) made.push({ item, article });
    }
    const results =
      made.length === 0
        ? []
        : await this.articles.addMany(
            guildId,
            made.map((m) => m.article),
          );
    const added = results.flatMap((r, i) => (r.ok ? [{ item: made[i]!.item, document: r.document }] : []));
    const inFeed = new Set(parsed.items.map((i) => i.key));
    const seenNow = [...take, ...skip].map((i) => ({ key: i.key, at: now }));
    const updated = await this.store.update(guildId, feed.id, (f) => ({
      ...withoutError(f),
      title: parsed.title,
      // Items left for the next poll: download it whole next time, or a 304 would hide them.
      ...(waiting > 0 ? { etag: undefined, lastModified: undefined } : validators(page)),
      lastCheck: now,
      ...(added.length > 0 ? { lastNewItem: now } : {}),
      failures: 0,
      nextPollAt: nextPoll(now, this.settings.pollMs, this.random),
      seen: keptSeen([...seenNow, ...f.seen], inFeed, now, this.settings.keepMs),
      articles: [...f.articles, ...added.map((a) => ({ id: a.document.id, key: a.item.key, at: now }))],
    }));
    if (updated === null) {
      // Unfollowed while this poll ran: what it added goes too.
      if (added.length > 0)
        await this.articles.removeMany(
          guildId,
          added.map((a) => a.document.id),
        );
      return;
    }
    if (added.length > 0) {
      this.log.info('feed brought new articles', { guild: guildId, feed: feed.url, articles: added.length });
    }
    this.observe.poll(added.length > 0 ? 'new' : 'unchanged');
    this.observe.newItems(added.length);
    if (added.length > 0 && updated.channelId !== null && updated.announceError === undefined) {
      await this.announce(
        guildId,
        updated,
        added.map((a) => announcementOf(a.document, a.item, updated.title)),
      );
    }
    await this.prune(guildId, updated, now);
  }

  /** The article an item makes: its page's, read as `/article add url:` reads it, else its own text. */
  private async articleFor(item: FeedItem): Promise<ReturnType<typeof newArticle>> {
    /** A page too short for an article (a teaser): its text, for an item that has none of its own. */
    let pageText = '';
    if (item.link !== undefined) {
      let page: FetchedPage | null = null;
      try {
        page = await this.fetch(item.link, {
          maxBytes: this.settings.maxBytes,
          allowPrivate: this.settings.allowPrivate,
        });
        return newArticle(item, await storedArticle({ kind: 'page', page }), page.finalUrl);
      } catch (error) {
        if (!isCitebotError(error)) throw error;
        if (error.code === 'ARTICLE_NOT_FOUND' && page !== null && page.body.length < OFF_THREAD_MIN_BYTES)
          pageText = (await import('../articles/extract.ts'))
            .paragraphsOfHtml(decodeHtml(page.body, page.contentType))
            .join('\n\n');
        this.log.debug('an item’s page gave no article; its own text is used', {
          link: item.link,
          code: error.code,
        });
        this.observe.error('item-page');
      }
    }
    return newArticle(item.text.trim() === '' && pageText !== '' ? { ...item, text: pageText } : item, null);
  }

  /** Posts the announcements in batches; a missing permission stops announcing for this feed, reported in /feed list. */
  private async announce(guildId: string, feed: FeedRecord, announcements: readonly Announcement[]): Promise<void> {
    const announcer = this.announcer;
    if (announcer === null || feed.channelId === null) return;
    for (let i = 0; i < announcements.length; i += ANNOUNCE_BATCH) {
      const outcome = await announcer.post(feed.channelId, announcements.slice(i, i + ANNOUNCE_BATCH));
      if (outcome.ok) continue;
      this.observe.error('announce');
      this.log.warn('could not announce new feed articles', {
        guild: guildId,
        channel: feed.channelId,
        reason: outcome.reason,
        permanent: outcome.permanent,
      });
      if (outcome.permanent) {
        await this.store.update(guildId, feed.id, (f) => ({ ...f, announceError: outcome.reason }));
        return;
      }
    }
  }

  /** Removes the feed's articles older than FEED_KEEP_DAYS. */
  private async prune(guildId: string, feed: FeedRecord, now: number): Promise<void> {
    const old = feed.articles.filter((a) => now - a.at > this.settings.keepMs);
    if (old.length === 0) return;
    const ids = new Set(old.map((a) => a.id));
    const removed = await this.articles.removeMany(guildId, [...ids]);
    await this.store.update(guildId, feed.id, (f) => ({ ...f, articles: f.articles.filter((a) => !ids.has(a.id)) }));
    if (removed.length > 0) {
      this.log.info('pruned old feed articles', { guild: guildId, feed: feed.url, articles: removed.length });
    }
  }
}

function withoutError(feed: FeedRecord): FeedRecord {
  const { lastError: _gone, ...rest } = feed;
  return rest;
}

function validators(page: FetchedPage): { etag?: string; lastModified?: string } {
  return { etag: page.etag, lastModified: page.lastModified };
}

function announcementOf(document: CorpusDocument, item: FeedItem, feedTitle: string): Announcement {
  const first = document.paragraphs[0];
  const text = first === undefined ? item.text : document.text.slice(first.start, first.end);
  const url = document.meta.url ?? item.link;
  return { title: document.title, ...(url ? { url } : {}), description: firstSentence(text), feed: feedTitle };
}

/** The metrics label of a failure's code. */
export function errorKind(code: string): FeedErrorKind {
  switch (code) {
    case 'URL_NOT_PUBLIC':
      return 'not-public';
    case 'FETCH_TIMEOUT':
      return 'timeout';
    case 'FETCH_TOO_LARGE':
      return 'too-large';
    case 'FETCH_FAILED':
    case 'FETCH_REDIRECTS':
      return 'http';
    case 'FETCH_TYPE':
    case 'FEED_INVALID':
    case 'FEED_IS_A_PAGE':
      return 'not-a-feed';
    case 'URL_INVALID':
      return 'network';
    default:
      return 'other';
  }
}

/** A failure to follow, said of a feed rather than a page, with "nothing was added". */
function forFollow(error: unknown, maxBytes: number): unknown {
  if (!isCitebotError(error)) return error;
  if (error.code === 'FETCH_TOO_LARGE')
    return new CitebotError(
      'FETCH_TOO_LARGE',
      `That feed is larger than ${formatBytes(maxBytes)}, the most I read (MAX_FILE_MB). Nothing was added.`,
      { ...error.details },
    );
  if (error.code === 'FEED_INVALID' || error.message.includes('Nothing was added')) return error;
  return new CitebotError(error.code, `${error.message} Nothing was added.`, { ...error.details });
}
