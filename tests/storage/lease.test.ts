/**
 * The lease in a shared directory: one holder at a time, renewed by its holder, taken over only
 * once expired, and given up at shutdown. Each "process" is a Lease of its own on the same
 * directory, on a clock the spec moves.
 */
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, onTestFinished } from 'vitest';
import { Lease } from '../../src/storage/lease.ts';

let dir: string;
let now: number;
const lease = (owner: string, ttlMs = 30_000): Lease =>
  new Lease({ dir, name: 'feeds.lease', owner, ttlMs, clock: () => now });

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'citebot-lease-'));
  now = 1_000_000;
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('Lease', () => {
  it('goes to the first who asks; the other is refused while it lasts', async () => {
    const a = lease('a');
    const b = lease('b');
    expect(await a.acquire()).toBe(true);
    expect(await b.acquire()).toBe(false);
    expect(a.held).toBe(true);
    expect(b.held).toBe(false);
    expect(await a.current()).toEqual({ owner: 'a', term: 1, expiresAt: 1_030_000 });
  });

  it('is renewed by its holder, so it does not expire while the holder works', async () => {
    const a = lease('a');
    const b = lease('b');
    await a.acquire();
    now += 20_000;
    expect(await a.acquire()).toBe(true); // renewed at +20 s: it now expires at +50 s
    now += 20_000;
    expect(await b.acquire()).toBe(false);
    expect((await a.current())?.expiresAt).toBe(1_050_000);
  });

  it('is taken over once expired (its holder died), in a new term; the old holder then knows it lost', async () => {
    const a = lease('a');
    const b = lease('b');
    await a.acquire();
    now += 30_000;
    expect(a.held).toBe(false);
    expect(await b.acquire()).toBe(true);
    expect(await b.current()).toEqual({ owner: 'b', term: 2, expiresAt: 1_060_000 });
    // The old holder comes back: the lease is b's.
    expect(await a.acquire()).toBe(false);
    // Only the current term's file is left.
    expect((await readdir(dir)).sort()).toEqual(['feeds.lease.2']);
  });

  it('goes to exactly one of many that take over an expired lease at once', async () => {
    await lease('old').acquire();
    now += 60_000;
    const contenders = Array.from({ length: 8 }, (_, i) => lease(`p${i}`));
    const won = await Promise.all(contenders.map((c) => c.acquire()));
    expect(won.filter(Boolean)).toHaveLength(1);
    const winner = contenders[won.indexOf(true)]!;
    expect((await winner.current())?.owner).toBe(winner.owner);
  });

  it('is free at once when its holder releases it at shutdown', async () => {
    const a = lease('a');
    const b = lease('b');
    await a.acquire();
    await a.release();
    expect(a.held).toBe(false);
    expect(await b.acquire()).toBe(true);
  });

  it('is taken and renewed by two calls at once in one process (the renewal timer and a poll) in a DATA_DIR not made yet', async () => {
    // Both intervals of the feed service fire in one turn every 30 s; each call used to write the
    // one temporary file named after the owner, and the second rename found it gone (ENOENT).
    const made = dir;
    onTestFinished(() => rm(made, { recursive: true, force: true }));
    dir = join(made, 'data');
    const a = lease('a');
    expect(await Promise.all([a.acquire(), a.acquire()])).toEqual([true, true]);
    for (let i = 1; i <= 5; i += 1) {
      now += 5000;
      expect(await Promise.all([a.acquire(), a.acquire(), a.acquire()])).toEqual([true, true, true]);
      expect(await a.current()).toEqual({ owner: 'a', term: 1, expiresAt: 1_030_000 + i * 5000 });
    }
    // Given up while a renewal is under way: released after it, not overwritten by it.
    now += 5000;
    await Promise.all([a.acquire(), a.release()]);
    expect(a.held).toBe(false);
    expect(await a.current()).toEqual({ owner: 'a', term: 1, expiresAt: 0 });
    // An acquire() asked after a release comes after it (term 3), rather than join the one before (term 2).
    expect(await Promise.all([a.acquire(), a.release(), a.acquire()])).toEqual([true, undefined, true]);
    expect(a.held).toBe(true);
    expect(await a.current()).toEqual({ owner: 'a', term: 3, expiresAt: now + 30_000 });
    // Nothing left beside the term's file: no temporary file.
    expect(await readdir(dir)).toEqual(['feeds.lease.3']);
  });

  it('is renewed by its holder at once with a waiting process, which takes it only once it lapses', async () => {
    const a = lease('a');
    const b = lease('b');
    await a.acquire();
    for (let i = 0; i < 3; i += 1) {
      now += 10_000;
      expect(await Promise.all([a.acquire(), b.acquire(), a.acquire(), b.acquire()])).toEqual([
        true,
        false,
        true,
        false,
      ]);
    }
    // a stops renewing (it hangs): b takes term 2 when a's last renewal (at +30 s) has run out.
    now += 29_999;
    expect(await b.acquire()).toBe(false);
    now += 1;
    expect(await b.acquire()).toBe(true);
    expect(await b.current()).toEqual({ owner: 'b', term: 2, expiresAt: now + 30_000 });
    // a comes back while b renews: b's at once.
    now += 10_000;
    expect(await Promise.all([b.acquire(), a.acquire(), b.acquire()])).toEqual([true, false, true]);
    expect(await b.current()).toEqual({ owner: 'b', term: 2, expiresAt: now + 30_000 });
    expect(await readdir(dir)).toEqual(['feeds.lease.2']);
  });

  it('counts an unreadable term file as expired rather than stay stuck', async () => {
    await writeFile(join(dir, 'feeds.lease.4'), 'not json');
    const a = lease('a');
    expect(await a.acquire()).toBe(true);
    expect((await a.current())?.term).toBe(5);
  });
});
