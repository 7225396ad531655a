import { describe, expect, it } from 'vitest';
import { SlidingWindowLimit } from '../../../server/rate-limit/sliding-window-limit';

describe('SlidingWindowLimit', () => {
  it('blocks after the maximum failures within the window and forgets them after it', () => {
    const throttle = new SlidingWindowLimit(3, 1000);
    for (let time = 0; time < 3; time += 1) {
      expect(throttle.isBlocked('key', time)).toBe(false);
      throttle.record('key', time);
    }
    expect(throttle.isBlocked('key', 10)).toBe(true);
    expect(throttle.isBlocked('other', 10)).toBe(false);
    expect(throttle.isBlocked('key', 1002)).toBe(false);
  });

  it('starts again after a reset', () => {
    const throttle = new SlidingWindowLimit(1, 1000);
    throttle.record('key', 0);
    throttle.reset('key');
    expect(throttle.isBlocked('key', 1)).toBe(false);
  });

  it('forgets keys that are never seen again once their window has passed, so an attacker’s made-up keys do not pile up', () => {
    const throttle = new SlidingWindowLimit(5, 1000);
    for (let index = 0; index < 100_000; index += 1) throttle.record(`made-up-${index}`, 0);
    for (let index = 0; index < 5000; index += 1) throttle.record(`later-${index}`, 2000);
    expect(throttle.trackedKeys).toBeLessThanOrEqual(5000);
    expect(throttle.isBlocked('later-1', 2001)).toBe(false);
  });
});
