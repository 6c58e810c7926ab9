/** When feeds are polled: the interval with jitter, backoff after failures, Retry-After. */
import { describe, expect, it } from 'vitest';
import { afterFailure, BACKOFF_MAX_MS, nextPoll, RETRY_AFTER_MAX_MS, retryAfterMs } from '../../src/feeds/schedule.ts';

const MINUTE = 60_000;
const NOW = 1_700_000_000_000;
// The random draw at its middle (no jitter), its lowest and its highest.
const middle = (): number => 0.5;
const lowest = (): number => 0;
const highest = (): number => 0.999_999;

describe('nextPoll', () => {
  it('is the interval later, give or take 10%', () => {
    expect(nextPoll(NOW, 30 * MINUTE, middle)).toBe(NOW + 30 * MINUTE);
    expect(nextPoll(NOW, 30 * MINUTE, lowest)).toBe(NOW + 27 * MINUTE);
    expect(nextPoll(NOW, 30 * MINUTE, highest)).toBeCloseTo(NOW + 33 * MINUTE, -1);
  });

  it('takes any positive interval: 0.05 minutes is 3 s', () => {
    expect(nextPoll(NOW, 0.05 * MINUTE, middle)).toBe(NOW + 3000);
  });
});

describe('afterFailure', () => {
  it('doubles the wait with each failure in a row', () => {
    const waits = [1, 2, 3, 4].map((failures) => afterFailure(NOW, 30 * MINUTE, failures, null, middle) - NOW);
    expect(waits).toEqual([60 * MINUTE, 120 * MINUTE, 240 * MINUTE, 480 * MINUTE]);
  });

  it('stops growing at a day', () => {
    expect(afterFailure(NOW, 30 * MINUTE, 12, null, middle) - NOW).toBe(BACKOFF_MAX_MS);
    expect(afterFailure(NOW, 30 * MINUTE, 1000, null, middle) - NOW).toBe(BACKOFF_MAX_MS);
  });

  it('waits at least what Retry-After asked, up to a week', () => {
    expect(afterFailure(NOW, 0.05 * MINUTE, 1, 120_000, middle) - NOW).toBe(120_000);
    // Backoff longer than Retry-After: the backoff.
    expect(afterFailure(NOW, 30 * MINUTE, 1, 120_000, middle) - NOW).toBe(60 * MINUTE);
    expect(afterFailure(NOW, 30 * MINUTE, 1, 30 * 24 * 60 * MINUTE, middle) - NOW).toBe(RETRY_AFTER_MAX_MS);
  });
});

describe('retryAfterMs', () => {
  it('reads seconds and HTTP dates', () => {
    expect(retryAfterMs('120', NOW)).toBe(120_000);
    expect(retryAfterMs(new Date(NOW + 90_000).toUTCString(), NOW)).toBe(90_000);
    // A date already past: no wait.
    expect(retryAfterMs(new Date(NOW - 90_000).toUTCString(), NOW)).toBe(0);
  });

  it('is null when absent or unreadable', () => {
    expect(retryAfterMs(undefined, NOW)).toBeNull();
    expect(retryAfterMs('soon', NOW)).toBeNull();
  });
});
