/**
 * A fixed-window request counter per client key (the client IP). It lives in one
 * process: with several Strapi instances each allows `max` per window, so the effective
 * limit is `max` x instances (put a shared limit in the reverse proxy if that matters).
 */
export class FixedWindowLimiter {
  private readonly hits = new Map<string, { count: number; resetAt: number }>();
  private nextSweep = 0;

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now
  ) {}

  /** Counts one request for `key`; `allowed` is false once the window's budget is spent. */
  hit(key: string) {
    const now = this.now();
    this.sweep(now);
    let entry = this.hits.get(key);
    if (!entry || entry.resetAt <= now) {
      entry = { count: 0, resetAt: now + this.windowMs };
      this.hits.set(key, entry);
    }
    entry.count += 1;
    return {
      allowed: entry.count <= this.max,
      limit: this.max,
      remaining: Math.max(0, this.max - entry.count),
      // Whole seconds, rounded up, so a client that waits this long is let in.
      resetSeconds: Math.max(1, Math.ceil((entry.resetAt - now) / 1000)),
    };
  }

  /**
   * Adds `units` more to the current window of `key` (the cost of an answer, charged once
   * it is known); returns what is left of the budget, as `hit` does.
   */
  charge(key: string, units: number) {
    const entry = this.hits.get(key);
    if (!entry || units <= 0) return undefined;
    entry.count += units;
    return { remaining: Math.max(0, this.max - entry.count) };
  }

  get size() {
    return this.hits.size;
  }

  /** Drops finished windows at most once a window, so memory follows the active clients. */
  private sweep(now: number) {
    if (now < this.nextSweep) return;
    this.nextSweep = now + this.windowMs;
    for (const [key, entry] of this.hits) if (entry.resetAt <= now) this.hits.delete(key);
  }
}
