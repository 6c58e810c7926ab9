/**
 * within: the one race of work against a timer (shutdown grace, the HTTP reply window, replicas
 * catching up, calls between shards). On fake timers: what it gives depends on which settles first,
 * never on how fast the machine is.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TIMED_OUT, within } from '../src/within.ts';

describe('within', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const resolvesAfter = <T>(ms: number, value: T): Promise<T> =>
    new Promise((resolve) => setTimeout(() => resolve(value), ms));

  it('gives the result when the work settles first, and leaves no timer behind', async () => {
    const waited = within(resolvesAfter(100, 'answer'), 1000);
    await vi.advanceTimersByTimeAsync(100);
    expect(await waited).toBe('answer');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('gives TIMED_OUT when the time runs out first (the work goes on, unwaited)', async () => {
    const work = resolvesAfter(5000, 'late');
    const waited = within(work, 1000);
    await vi.advanceTimersByTimeAsync(1000);
    expect(await waited).toBe(TIMED_OUT);
    await vi.advanceTimersByTimeAsync(4000);
    expect(await work).toBe('late');
  });

  it('rejects as the work does when it fails first', async () => {
    const failing = Promise.reject(new Error('no answer'));
    await expect(within(failing, 1000)).rejects.toThrow('no answer');
    expect(vi.getTimerCount()).toBe(0);
  });
});
