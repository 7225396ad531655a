/** Counts failed attempts per key in a sliding window; used for login attempts per account and per address. */
export class AttemptThrottle {
  private readonly failuresByKey = new Map<string, number[]>();

  constructor(
    private readonly maximumFailures: number,
    private readonly windowMilliseconds: number,
  ) {}

  isBlocked(key: string, now: number): boolean {
    return this.recentFailures(key, now).length >= this.maximumFailures;
  }

  recordFailure(key: string, now: number): void {
    const failures = this.recentFailures(key, now);
    failures.push(now);
    this.failuresByKey.set(key, failures);
  }

  reset(key: string): void {
    this.failuresByKey.delete(key);
  }

  private recentFailures(key: string, now: number): number[] {
    const failures = (this.failuresByKey.get(key) ?? []).filter((time) => now - time < this.windowMilliseconds);
    if (failures.length === 0) this.failuresByKey.delete(key);
    else this.failuresByKey.set(key, failures);
    return failures;
  }
}
