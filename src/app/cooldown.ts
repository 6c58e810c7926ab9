/**
 * Per-user cooldowns as a small token bucket: a person may use a command up to COOLDOWN_BURST
 * times in a row, then once per cooldown period (one use comes back every period). A follow-up
 * question right after the first is not refused; a stream of them is.
 */
export const COOLDOWN_BURST = 3;

export class Cooldowns {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(private readonly burst = COOLDOWN_BURST) {}

  /** Takes one use: 0 when allowed, else the milliseconds until the next use is. */
  take(key: string, now: number, periodMs: number): number {
    const bucket = this.buckets.get(key) ?? { tokens: this.burst, at: now };
    const tokens = Math.min(this.burst, bucket.tokens + Math.max(0, now - bucket.at) / periodMs);
    if (tokens < 1) {
      this.buckets.set(key, { tokens, at: now });
      return Math.ceil((1 - tokens) * periodMs);
    }
    this.buckets.set(key, { tokens: tokens - 1, at: now });
    if (this.buckets.size > 10_000) this.sweep(now, periodMs);
    return 0;
  }

  private sweep(now: number, periodMs: number): void {
    for (const [key, b] of this.buckets) if (b.tokens + (now - b.at) / periodMs >= this.burst) this.buckets.delete(key);
  }
}
