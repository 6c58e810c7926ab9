/**
 * What was made for a key the input holds more than once, kept from its first occurrence to its
 * last. Keys are counted first, so a key seen once is never kept, and each is let go at its last
 * occurrence: memory holds what is still to be reused, not everything made.
 */
export class Repeats<V> {
  /** Occurrences still to come of each key that occurs more than once. */
  private readonly left = new Map<string, number>();
  private readonly kept = new Map<string, V>();
  /** Occurrences served from an earlier one (for the build's figures and the specs). */
  reused = 0;

  /** `keys`: every key that will be asked for, in any order, repeats included. */
  constructor(keys: Iterable<string>) {
    const counts = new Map<string, number>();
    for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
    for (const [key, count] of counts) if (count > 1) this.left.set(key, count);
  }

  /** One occurrence of `key`: what was kept for it at an earlier one, if anything. */
  next(key: string): V | undefined {
    const left = this.left.get(key);
    if (left === undefined) return undefined;
    const earlier = this.kept.get(key);
    if (left === 1) {
      this.left.delete(key);
      this.kept.delete(key);
    } else this.left.set(key, left - 1);
    if (earlier !== undefined) this.reused += 1;
    return earlier;
  }

  /** Keeps `value` for `key`'s later occurrences (nothing when there are none). */
  keep(key: string, value: V): void {
    if (this.left.has(key)) this.kept.set(key, value);
  }
}
