/** Per-key cooldowns: `take` starts one, or tells how many milliseconds are left of a running one. */
export class Cooldowns {
  private readonly until = new Map<string, number>();

  take(key: string, now: number, ms: number): number {
    const until = this.until.get(key);
    if (until !== undefined && until > now) return until - now;
    this.until.set(key, now + ms);
    if (this.until.size > 10_000) this.sweep(now);
    return 0;
  }

  private sweep(now: number): void {
    for (const [key, until] of this.until) if (until <= now) this.until.delete(key);
  }
}
