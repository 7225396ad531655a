/** Counts events per key in a sliding window: failed logins, comment submissions, per account and per address. */
export class SlidingWindowLimit {
  private readonly eventsByKey = new Map<string, number[]>();
  /** Keys whose events have all expired are swept once a window has passed, or sooner when the map has doubled. */
  private keysAfterLastSweep = 0;
  private lastSweep = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly maximumEvents: number,
    private readonly windowMilliseconds: number,
  ) {}

  isBlocked(key: string, now: number): boolean {
    return this.recentEvents(key, now).length >= this.maximumEvents;
  }

  /** How long until one more event fits in the window again (0 when it fits now). */
  retryAfterMilliseconds(key: string, now: number): number {
    const events = this.recentEvents(key, now);
    if (events.length < this.maximumEvents) return 0;
    const oldestThatMustExpire = events[events.length - this.maximumEvents] ?? now;
    return Math.max(0, oldestThatMustExpire + this.windowMilliseconds - now);
  }

  record(key: string, now: number): void {
    const events = this.recentEvents(key, now);
    events.push(now);
    // Only the newest maximumEvents decide whether the key is blocked; older ones need not be kept.
    this.eventsByKey.set(key, events.length > this.maximumEvents ? events.slice(-this.maximumEvents) : events);
    if (now - this.lastSweep >= this.windowMilliseconds || this.eventsByKey.size > Math.max(2 * this.keysAfterLastSweep, 1024)) this.sweep(now);
  }

  /** How many keys have events in memory. */
  get trackedKeys(): number {
    return this.eventsByKey.size;
  }

  reset(key: string): void {
    this.eventsByKey.delete(key);
  }

  private sweep(now: number): void {
    for (const [key, events] of this.eventsByKey) {
      if (events.every((time) => now - time >= this.windowMilliseconds)) this.eventsByKey.delete(key);
    }
    this.keysAfterLastSweep = this.eventsByKey.size;
    this.lastSweep = now;
  }

  private recentEvents(key: string, now: number): number[] {
    const events = (this.eventsByKey.get(key) ?? []).filter((time) => now - time < this.windowMilliseconds);
    if (events.length === 0) this.eventsByKey.delete(key);
    else this.eventsByKey.set(key, events);
    return events;
  }
}
