import { describe, expect, it } from 'vitest';
import { LoginThrottle, type LoginThrottleSettings } from '../../../server/auth/login-throttle';

const minute = 60_000;
const settings: LoginThrottleSettings = {
  freeAttempts: 3,
  backoffBaseMilliseconds: 1000,
  backoffMaximumMilliseconds: 15 * minute,
  attemptsPerAddress: 50,
  attemptsPerAccount: 20,
  windowMilliseconds: 15 * minute,
};

function failUntilBlocked(throttle: LoginThrottle, account: string, address: string, failures: number, start: number): number {
  let time = start;
  for (let attempt = 0; attempt < failures; attempt += 1) {
    const permission = throttle.check(account, address, time);
    if (!permission.allowed) time += permission.retryAfterMilliseconds;
    throttle.recordFailure(account, address, time);
  }
  return time;
}

describe('LoginThrottle', () => {
  it('lets the free attempts through, then makes each further failure wait twice as long', () => {
    const throttle = new LoginThrottle(settings);
    for (let attempt = 0; attempt < 3; attempt += 1) {
      expect(throttle.check('alice', '10.0.0.9', 0)).toEqual({ allowed: true });
      throttle.recordFailure('alice', '10.0.0.9', 0);
    }
    expect(throttle.check('alice', '10.0.0.9', 0)).toEqual({ allowed: true });
    const waits: number[] = [];
    let time = 0;
    for (let attempt = 0; attempt < 5; attempt += 1) {
      throttle.recordFailure('alice', '10.0.0.9', time);
      const permission = throttle.check('alice', '10.0.0.9', time);
      if (permission.allowed) throw new Error('expected a delay');
      waits.push(permission.retryAfterMilliseconds);
      time += permission.retryAfterMilliseconds;
    }
    expect(waits).toEqual([1000, 2000, 4000, 8000, 16000]);
    expect(throttle.check('alice', '10.0.0.9', time)).toEqual({ allowed: true });
  });

  it('never delays longer than the maximum', () => {
    const throttle = new LoginThrottle({ ...settings, attemptsPerAccount: 10_000, attemptsPerAddress: 10_000, windowMilliseconds: 24 * 60 * minute });
    const time = failUntilBlocked(throttle, 'alice', '10.0.0.9', 40, 0);
    const permission = throttle.check('alice', '10.0.0.9', time);
    expect(permission.allowed).toBe(false);
    if (!permission.allowed) expect(permission.retryAfterMilliseconds).toBeLessThanOrEqual(15 * minute);
  });

  it('does not lock the owner out at an address they signed in from, however many failures come from elsewhere', () => {
    const throttle = new LoginThrottle(settings);
    throttle.recordSuccess('secretary', '192.0.2.10');
    for (let address = 0; address < 40; address += 1) throttle.recordFailure('secretary', `198.51.100.${address}`, 1000);
    expect(throttle.check('secretary', '192.0.2.10', 2000)).toEqual({ allowed: true });
    const stranger = throttle.check('secretary', '203.0.113.7', 2000);
    expect(stranger.allowed).toBe(false);
  });

  it('holds one address that sprays many accounts, and says how long until it may try again', () => {
    const throttle = new LoginThrottle({ ...settings, attemptsPerAddress: 5 });
    for (let account = 0; account < 5; account += 1) throttle.recordFailure(`user-${account}`, '10.0.0.1', account * 1000);
    const permission = throttle.check('someone-else', '10.0.0.1', 5000);
    expect(permission).toEqual({ allowed: false, retryAfterMilliseconds: 15 * minute - 5000 });
    expect(throttle.check('someone-else', '10.0.0.2', 5000)).toEqual({ allowed: true });
  });

  it('forgets a pair after a sign-in', () => {
    const throttle = new LoginThrottle({ ...settings, freeAttempts: 1 });
    throttle.recordFailure('alice', '10.0.0.9', 0);
    throttle.recordFailure('alice', '10.0.0.9', 0);
    expect(throttle.check('alice', '10.0.0.9', 0).allowed).toBe(false);
    throttle.recordSuccess('alice', '10.0.0.9');
    expect(throttle.check('alice', '10.0.0.9', 0)).toEqual({ allowed: true });
  });
});
