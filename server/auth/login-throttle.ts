import { SlidingWindowLimit } from '../rate-limit/sliding-window-limit';

export interface LoginThrottleSettings {
  /** Failed attempts one address may make on one account before delays start. */
  freeAttempts: number;
  /** The first delay; each further failure doubles it. */
  backoffBaseMilliseconds: number;
  backoffMaximumMilliseconds: number;
  /** Failures from one address over all accounts within the window. */
  attemptsPerAddress: number;
  /** Failures on one account from all addresses within the window; the owner's known addresses are not held by it. */
  attemptsPerAccount: number;
  windowMilliseconds: number;
}

/** Either the attempt may go ahead, or the caller must wait this long. */
export type LoginPermission = { allowed: true } | { allowed: false; retryAfterMilliseconds: number };

interface PairState {
  failures: number;
  blockedUntil: number;
  lastFailureAt: number;
}

/** How many addresses are remembered per account as ones its owner signed in from. */
const knownAddressesPerAccount = 16;
/** Bounds the memory the throttle can take, whatever an attacker sends. */
const maximumTrackedPairs = 100_000;
const maximumTrackedAccounts = 100_000;

/**
 * Throttles failed sign-ins by account and address together, with delays that double after each failure, so that
 * guessing is slow while somebody who knows a username cannot lock its owner out: the owner's own addresses (where
 * they signed in before) are held only by their own failures.
 */
export class LoginThrottle {
  private readonly pairs = new Map<string, PairState>();
  private readonly knownAddresses = new Map<string, string[]>();
  private readonly perAddress: SlidingWindowLimit;
  private readonly perAccount: SlidingWindowLimit;

  constructor(private readonly settings: LoginThrottleSettings) {
    this.perAddress = new SlidingWindowLimit(settings.attemptsPerAddress, settings.windowMilliseconds);
    this.perAccount = new SlidingWindowLimit(settings.attemptsPerAccount, settings.windowMilliseconds);
  }

  check(account: string, address: string, now: number): LoginPermission {
    const waits: number[] = [];
    const pair = this.pairs.get(pairKey(account, address));
    if (pair && pair.blockedUntil > now) waits.push(pair.blockedUntil - now);
    if (this.perAddress.isBlocked(address, now)) waits.push(this.perAddress.retryAfterMilliseconds(address, now));
    if (!this.isKnownAddress(account, address) && this.perAccount.isBlocked(account, now)) {
      waits.push(this.perAccount.retryAfterMilliseconds(account, now));
    }
    if (waits.length === 0) return { allowed: true };
    return { allowed: false, retryAfterMilliseconds: Math.max(...waits, 1000) };
  }

  recordFailure(account: string, address: string, now: number): void {
    this.perAddress.record(address, now);
    this.perAccount.record(account, now);
    const key = pairKey(account, address);
    const previous = this.pairs.get(key);
    const stale = previous !== undefined && now - previous.lastFailureAt > this.settings.windowMilliseconds;
    const failures = previous && !stale ? previous.failures + 1 : 1;
    const delayed = failures - this.settings.freeAttempts;
    const delay = delayed > 0 ? Math.min(this.settings.backoffBaseMilliseconds * 2 ** (delayed - 1), this.settings.backoffMaximumMilliseconds) : 0;
    this.pairs.delete(key);
    this.pairs.set(key, { failures, blockedUntil: now + delay, lastFailureAt: now });
    this.forgetOldestPairs(now);
  }

  recordSuccess(account: string, address: string): void {
    this.pairs.delete(pairKey(account, address));
    const addresses = (this.knownAddresses.get(account) ?? []).filter((known) => known !== address);
    addresses.push(address);
    this.knownAddresses.delete(account);
    this.knownAddresses.set(account, addresses.slice(-knownAddressesPerAccount));
    if (this.knownAddresses.size > maximumTrackedAccounts) {
      const oldest = this.knownAddresses.keys().next().value;
      if (oldest !== undefined) this.knownAddresses.delete(oldest);
    }
  }

  private isKnownAddress(account: string, address: string): boolean {
    return this.knownAddresses.get(account)?.includes(address) ?? false;
  }

  /** Entries are kept in the order of their last failure, so the oldest are first to go. */
  private forgetOldestPairs(now: number): void {
    for (const [key, state] of this.pairs) {
      const expired = state.blockedUntil <= now && now - state.lastFailureAt > this.settings.windowMilliseconds;
      if (!expired && this.pairs.size <= maximumTrackedPairs) break;
      this.pairs.delete(key);
    }
  }
}

function pairKey(account: string, address: string): string {
  return `${account}\u0000${address}`;
}
