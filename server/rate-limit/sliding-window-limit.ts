/** Counts events per key in a sliding window: failed logins, comment submissions, per account and per address. */
export class SlidingWindowLimit {
  private readonly eventsByKey = new Map<string, number[]>();

  constructor(
    private readonly maximumEvents: number,
    private readonly windowMilliseconds: number,
  ) {}

  isBlocked(key: string, now: number): boolean {
    return this.recentEvents(key, now).length >= this.maximumEvents;
  }

  record(key: string, now: number): void {
    const events = this.recentEvents(key, now);
    events.push(now);
    this.eventsByKey.set(key, events);
  }

  reset(key: string): void {
    this.eventsByKey.delete(key);
  }

  private recentEvents(key: string, now: number): number[] {
    const events = (this.eventsByKey.get(key) ?? []).filter((time) => now - time < this.windowMilliseconds);
    if (events.length === 0) this.eventsByKey.delete(key);
    else this.eventsByKey.set(key, events);
    return events;
  }
}
