/**
 * A lease in a directory several processes share (DATA_DIR): at most one holder at a time, for a
 * limited time, renewed while the holder works, taken over by another process once it has expired
 * (its holder died or hung). Used so that exactly one of several replicas polls the feeds.
 *
 * Each term of the lease is a file `<name>.<term>`, linked into place whole (link() refuses an
 * existing name, as O_EXCL does), so of two processes taking over the same expired term only one
 * can create the next: no lock is needed to take a lock. The holder renews by rewriting its own
 * term's file (a new file renamed over it, so a reader never sees half of it); the highest term is
 * the lease, older terms are removed. Every write goes through a temporary file of its own
 * (../replicas/atomicFile.ts: pid and random bytes), never one name per holder: a new term's file
 * is a hard link to its temporary file, so a second write into that name would rewrite the lease in
 * place. In one process, calls run one at a time (a renewal timer and a poll may ask at once: the
 * second call joins the first). Clocks of the processes are compared through the expiry written in
 * the file: fine on one machine or NTP-synchronised ones, with the expiry far longer than any clock
 * skew.
 */
import { randomUUID } from 'node:crypto';
import { link, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { temporaryPath, writeFileAtomically } from '../replicas/atomicFile.ts';

export interface LeaseOptions {
  /** The shared directory (DATA_DIR). */
  readonly dir: string;
  /** What is leased: the files are `<name>.<term>`. */
  readonly name: string;
  /** Who this process is, written in the file (default: host-pid-random). */
  readonly owner?: string;
  /** How long a lease lasts unless renewed. */
  readonly ttlMs: number;
  /** Milliseconds since the epoch (injected in specs). */
  readonly clock?: () => number;
}

/** What a term's file holds. */
export interface LeaseRecord {
  readonly owner: string;
  readonly term: number;
  /** Milliseconds since the epoch. */
  readonly expiresAt: number;
}

export class Lease {
  readonly owner: string;
  private readonly clock: () => number;
  /** The term this process holds and until when, as last written. */
  private holding: LeaseRecord | null = null;
  /** The acquire() under way, which a call meanwhile joins. */
  private acquiring: Promise<boolean> | null = null;
  /** The end of this process's calls in line: each reads the directory, then writes on what it read. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: LeaseOptions) {
    this.owner = options.owner ?? `${process.pid}-${randomUUID().slice(0, 8)}`;
    this.clock = options.clock ?? Date.now;
  }

  /** Whether this process holds the lease now (as far as it knows: it renewed in time). */
  get held(): boolean {
    return this.holding !== null && this.clock() < this.holding.expiresAt;
  }

  /**
   * Takes the lease when it is free or expired, or renews it when this process holds it; true when
   * this process holds it afterwards. Never throws for another holder; file system errors do throw.
   * A call while one is under way gets that one's answer (both would renew the same term).
   */
  acquire(): Promise<boolean> {
    if (this.acquiring === null) {
      const acquiring = this.inTurn(() => this.acquireNow()).finally(() => {
        if (this.acquiring === acquiring) this.acquiring = null;
      });
      this.acquiring = acquiring;
    }
    return this.acquiring;
  }

  private async acquireNow(): Promise<boolean> {
    await mkdir(this.options.dir, { recursive: true });
    const current = await this.current();
    const now = this.clock();
    if (current !== null && current.owner === this.owner && this.holding?.term === current.term) {
      if (now >= current.expiresAt) {
        // Expired before it was renewed: another process may already think it free. Take a new term.
        this.holding = null;
      } else {
        return this.renew(current.term);
      }
    }
    if (current !== null && current.owner !== this.owner && now < current.expiresAt) {
      this.holding = null;
      return false;
    }
    // Free (no term yet) or expired: the next term goes to whoever creates its file first.
    const term = (current?.term ?? 0) + 1;
    const record: LeaseRecord = { owner: this.owner, term, expiresAt: now + this.options.ttlMs };
    // Written aside, then linked into place: link() fails if the term exists, and a reader never
    // sees the term's file empty.
    const temporary = temporaryPath(this.file(term));
    try {
      await writeFile(temporary, JSON.stringify(record));
      await link(temporary, this.file(term));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
        this.holding = null;
        return false;
      }
      throw error;
    } finally {
      await rm(temporary, { force: true });
    }
    this.holding = record;
    await this.removeOlderThan(term);
    return true;
  }

  /** Gives the lease up (at shutdown), so another process need not wait for it to expire; after an acquire() under way. */
  release(): Promise<void> {
    // An acquire() asked from now on comes after the release, rather than join one before it.
    this.acquiring = null;
    return this.inTurn(() => this.releaseNow());
  }

  private async releaseNow(): Promise<void> {
    const holding = this.holding;
    this.holding = null;
    if (holding === null) return;
    const current = await this.current();
    if (current?.term === holding.term && current.owner === this.owner) {
      // Expired at once rather than removed: the term number keeps growing, so no one reuses it.
      await this.write({ ...current, expiresAt: 0 });
    }
  }

  /** The lease as the directory holds it: the highest term whose file can be read, or null. */
  async current(): Promise<LeaseRecord | null> {
    const terms = await this.terms();
    for (const term of terms) {
      try {
        const record = JSON.parse(await readFile(this.file(term), 'utf8')) as LeaseRecord;
        if (typeof record.owner === 'string' && typeof record.expiresAt === 'number') return { ...record, term };
      } catch {
        // Unreadable (a disk error, a hand edit): it counts as expired, so the lease is not stuck.
        return { owner: '', term, expiresAt: 0 };
      }
    }
    return null;
  }

  private async renew(term: number): Promise<boolean> {
    const record: LeaseRecord = { owner: this.owner, term, expiresAt: this.clock() + this.options.ttlMs };
    await this.write(record);
    // Another process may have created a later term meanwhile (it saw this one expire): it wins.
    const after = await this.current();
    if (after?.term !== term) {
      this.holding = null;
      return false;
    }
    this.holding = record;
    return true;
  }

  private write(record: LeaseRecord): Promise<void> {
    return writeFileAtomically(this.file(record.term), JSON.stringify(record));
  }

  /** Runs `work` once this process's earlier calls have ended. */
  private inTurn<T>(work: () => Promise<T>): Promise<T> {
    const turn = this.queue.then(work);
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  /** Term numbers present, highest first. */
  private async terms(): Promise<number[]> {
    const prefix = `${this.options.name}.`;
    const names = await readdir(this.options.dir).catch(() => [] as string[]);
    return names
      .filter((n) => n.startsWith(prefix) && /^\d+$/.test(n.slice(prefix.length)))
      .map((n) => Number(n.slice(prefix.length)))
      .sort((a, b) => b - a);
  }

  private async removeOlderThan(term: number): Promise<void> {
    for (const old of await this.terms()) if (old < term) await rm(this.file(old), { force: true });
  }

  private file(term: number): string {
    return join(this.options.dir, `${this.options.name}.${term}`);
  }
}
