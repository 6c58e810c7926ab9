/**
 * When a feed is polled next: every FEED_POLL_MINUTES give or take a little (so feeds added
 * together do not all poll at the same moment), later and later after failures (exponential
 * backoff), and never sooner than a server's Retry-After asks.
 */

/** Each wait is the interval times a factor drawn from 1 ± JITTER. */
export const JITTER = 0.1;
/** Backoff doubles the wait with each failure in a row, up to this (or the interval, if longer). */
export const BACKOFF_MAX_MS = 24 * 60 * 60 * 1000;
/** The longest Retry-After honoured: a server asking for more is asked again after this. */
export const RETRY_AFTER_MAX_MS = 7 * 24 * 60 * 60 * 1000;

/** When to poll again after a poll that worked (new items, none, or 304). */
export function nextPoll(now: number, intervalMs: number, random: () => number = Math.random): number {
  return now + jittered(intervalMs, random);
}

/**
 * When to poll again after `failures` failures in a row (1 for the first): the interval doubled
 * per failure (2×, 4×, 8×…) up to BACKOFF_MAX_MS, and at least what Retry-After asked.
 */
export function afterFailure(
  now: number,
  intervalMs: number,
  failures: number,
  retryAfterMs: number | null,
  random: () => number = Math.random,
): number {
  const backoff = Math.min(intervalMs * 2 ** Math.min(failures, 30), Math.max(BACKOFF_MAX_MS, intervalMs));
  return now + Math.max(jittered(backoff, random), Math.min(retryAfterMs ?? 0, RETRY_AFTER_MAX_MS));
}

/** A Retry-After header (seconds, or an HTTP date) as milliseconds from `now`; null when absent or unreadable. */
export function retryAfterMs(header: unknown, now: number): number | null {
  if (typeof header !== 'string' || header.trim() === '') return null;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  return Number.isFinite(at) ? Math.max(0, at - now) : null;
}

function jittered(ms: number, random: () => number): number {
  return ms * (1 - JITTER + 2 * JITTER * random());
}
