import { describe, expect, it } from 'vitest';
import { AttemptThrottle } from '../../../server/auth/attempt-throttle';

describe('AttemptThrottle', () => {
  it('blocks after the maximum failures within the window and forgets them after it', () => {
    const throttle = new AttemptThrottle(3, 1000);
    for (let time = 0; time < 3; time += 1) {
      expect(throttle.isBlocked('key', time)).toBe(false);
      throttle.recordFailure('key', time);
    }
    expect(throttle.isBlocked('key', 10)).toBe(true);
    expect(throttle.isBlocked('other', 10)).toBe(false);
    expect(throttle.isBlocked('key', 1002)).toBe(false);
  });

  it('starts again after a reset', () => {
    const throttle = new AttemptThrottle(1, 1000);
    throttle.recordFailure('key', 0);
    throttle.reset('key');
    expect(throttle.isBlocked('key', 1)).toBe(false);
  });
});
