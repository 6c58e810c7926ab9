/**
 * Feeds a server follows, one JSON file each under `DATA_DIR/guilds/<server id>/feeds/`: the
 * address, the channel announced in, the poll state (validators for conditional requests, last
 * check, last new item, last error, failures in a row, when next), the items already seen and the
 * articles each brought. One file per feed, so that a command in one process (adding, removing)
 * and the poll in another never write over each other's feeds; each write is a new file of its own
 * renamed into place, so a crash never leaves half of one. A change to a record is made on the
 * record as it is just before the write (`update`, `follow`), never on one read before a download:
 * what a poll recorded meanwhile (the articles it added) would be lost, and /feed remove
 * articles:true would leave those articles behind.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { linkIfFree, temporaryPath, writeFileAtomically } from '../replicas/atomicFile.ts';

/** Server ids are snowflakes; the console is the server `console`. */
const SERVER_ID = /^(\d{17,20}|console)$/;
const FEED_FILE = /^([0-9a-f]{12})\.json$/;

export interface SeenItem {
  readonly key: string;
  /** When it was first seen, in milliseconds since the epoch. */
  readonly at: number;
}

export interface FeedArticle {
  /** The article's id in the server's articles (`added/<slug>`). */
  readonly id: string;
  /** The item it came from. */
  readonly key: string;
  /** When it was added. */
  readonly at: number;
}

export interface FeedError {
  readonly at: number;
  readonly code: string;
  readonly message: string;
}

export interface FeedRecord {
  /** 12 hex characters of the address's hash: the file's name, and what /feed remove picks. */
  readonly id: string;
  readonly url: string;
  readonly title: string;
  /** Where new articles are announced, or null. */
  readonly channelId: string | null;
  readonly addedAt: number;
  readonly etag?: string;
  readonly lastModified?: string;
  readonly lastCheck?: number;
  readonly lastNewItem?: number;
  readonly lastError?: FeedError;
  /** Failed polls in a row (0 after one that worked). */
  readonly failures: number;
  /** When it is polled next; 0 for at once. */
  readonly nextPollAt: number;
  /** Why announcing stopped (a permission missing in the channel); absent while it works. */
  readonly announceError?: string;
  readonly seen: readonly SeenItem[];
  readonly articles: readonly FeedArticle[];
}

export interface FollowedFeed {
  readonly guildId: string;
  readonly feed: FeedRecord;
}

/** The feed id of an address. */
export function feedId(url: string): string {
  return createHash('sha1').update(url).digest('hex').slice(0, 12);
}

export class FeedStore {
  /** One change at a time per feed in this process: a poll's update never lands after a removal. */
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(private readonly dataDir: string) {}

  /** The server's feeds, oldest first. */
  async list(guildId: string): Promise<FeedRecord[]> {
    const dir = this.folder(guildId);
    const names = await readdir(dir).catch(() => [] as string[]);
    const feeds: FeedRecord[] = [];
    for (const name of names) {
      const match = FEED_FILE.exec(name);
      if (match === null) continue;
      const feed = await this.read(guildId, match[1]!);
      if (feed !== null) feeds.push(feed);
    }
    return feeds.sort((a, b) => a.addedAt - b.addedAt || a.id.localeCompare(b.id));
  }

  /** Every server's feeds (or those of the servers `serves` keeps). */
  async all(serves: (guildId: string) => boolean = () => true): Promise<FollowedFeed[]> {
    const root = join(this.dataDir, 'guilds');
    const ids = await readdir(root).catch(() => [] as string[]);
    const out: FollowedFeed[] = [];
    for (const guildId of ids.filter((id) => SERVER_ID.test(id) && serves(id))) {
      for (const feed of await this.list(guildId)) out.push({ guildId, feed });
    }
    return out;
  }

  async read(guildId: string, id: string): Promise<FeedRecord | null> {
    try {
      return JSON.parse(await readFile(join(this.folder(guildId), `${id}.json`), 'utf8')) as FeedRecord;
    } catch {
      return null;
    }
  }

  async save(guildId: string, feed: FeedRecord): Promise<void> {
    const dir = this.folder(guildId);
    await mkdir(dir, { recursive: true });
    // A temporary file of this write's own: the pid alone is shared by two writes in this process
    // (a /feed add and a poll) and by replicas in containers (each pid 1).
    await writeFileAtomically(join(dir, `${feed.id}.json`), `${JSON.stringify(feed, null, 1)}\n`);
  }

  /**
   * Changes a feed's record, if it is still followed: a poll that ends after /feed remove must not
   * bring the feed back (in this process, updates and removals of a feed run one at a time; across
   * processes a removal racing a poll's last write is a window of a few milliseconds). Returns the
   * record written, or null.
   */
  update(guildId: string, id: string, change: (feed: FeedRecord) => FeedRecord): Promise<FeedRecord | null> {
    return this.serialised(guildId, id, async () => {
      const current = await this.read(guildId, id);
      if (current === null) return null;
      const next = change(current);
      await this.save(guildId, next);
      return next;
    });
  }

  /**
   * Follows a feed: writes `fresh` when the feed is not followed yet, else changes the record there
   * (as `update` does). Created only if no other write created it meanwhile (a second /feed add of
   * the same address, here or in another process, whose poll may already have added articles):
   * the file is linked into place, which fails when the name is taken.
   */
  follow(
    guildId: string,
    fresh: FeedRecord,
    change: (feed: FeedRecord) => FeedRecord,
  ): Promise<{ feed: FeedRecord; created: boolean }> {
    return this.serialised(guildId, fresh.id, async () => {
      for (let attempt = 0; ; attempt += 1) {
        const current = await this.read(guildId, fresh.id);
        if (current !== null) {
          const next = change(current);
          await this.save(guildId, next);
          return { feed: next, created: false };
        }
        // A file there that cannot be read (read gives null) is replaced, as list() skips it.
        if (attempt > 0) break;
        if (await this.create(guildId, fresh)) return { feed: fresh, created: true };
      }
      await this.save(guildId, fresh);
      return { feed: fresh, created: true };
    });
  }

  /**
   * Stops following a feed: returns its record as it was when removed (with every article a poll
   * recorded up to then), or null when it was not followed. Renamed aside first, so that no write
   * lands between the reading and the removing.
   */
  remove(guildId: string, id: string): Promise<FeedRecord | null> {
    return this.serialised(guildId, id, async () => {
      const path = join(this.folder(guildId), `${id}.json`);
      const aside = temporaryPath(path);
      try {
        await rename(path, aside);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
      try {
        return JSON.parse(await readFile(aside, 'utf8')) as FeedRecord;
      } catch {
        return null;
      } finally {
        await rm(aside, { force: true });
      }
    });
  }

  /** Writes a new feed's record unless its file exists; false when it does. */
  private async create(guildId: string, feed: FeedRecord): Promise<boolean> {
    const dir = this.folder(guildId);
    await mkdir(dir, { recursive: true });
    const path = join(dir, `${feed.id}.json`);
    const temporary = temporaryPath(path);
    try {
      await writeFile(temporary, `${JSON.stringify(feed, null, 1)}\n`);
      return await linkIfFree(temporary, path);
    } finally {
      await rm(temporary, { force: true });
    }
  }

  private serialised<T>(guildId: string, id: string, work: () => Promise<T>): Promise<T> {
    const key = `${guildId}/${id}`;
    const next = (this.queues.get(key) ?? Promise.resolve()).then(work, work);
    const settled = next.catch(() => undefined);
    this.queues.set(key, settled);
    void settled.then(() => {
      if (this.queues.get(key) === settled) this.queues.delete(key);
    });
    return next;
  }

  private folder(guildId: string): string {
    if (!SERVER_ID.test(guildId)) throw new Error(`not a server id: ${guildId}`);
    return join(this.dataDir, 'guilds', guildId, 'feeds');
  }
}
