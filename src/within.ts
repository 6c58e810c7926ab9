/**
 * Waiting for work at most so long: the one race of a promise against a timer (shutdown grace,
 * HTTP interactions' reply window, replicas catching up, calls between shards). Nothing can cancel
 * the work: past the time it goes on, unwaited; the timer is cleared either way.
 */

/** What `within` gives when the time ran out first. */
export const TIMED_OUT: unique symbol = Symbol('timed out');

/** `work`'s result if it settles within `ms` (its rejection if it fails first), else TIMED_OUT. */
export async function within<T>(work: Promise<T>, ms: number): Promise<T | typeof TIMED_OUT> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
