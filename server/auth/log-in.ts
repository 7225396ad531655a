import type { LoginRequest } from '../../shared/api/auth';
import type { Database } from '../db/client';
import { findUserByUsername, type UserRecord } from '../db/repos/users';
import { DomainError } from '../errors';
import type { SlidingWindowLimit } from '../rate-limit/sliding-window-limit';
import { verifyAgainstDecoy, verifyPassword } from './password';

export interface LoginThrottles {
  perAccount: SlidingWindowLimit;
  perAddress: SlidingWindowLimit;
}

export interface LogInProps {
  database: Database;
  request: LoginRequest;
  clientAddress: string;
  throttles: LoginThrottles;
  now: Date;
}

/** Checks the credentials; unknown usernames spend the same argon2 time on a decoy hash. */
export async function logIn({ database, request, clientAddress, throttles, now }: LogInProps): Promise<UserRecord> {
  const accountKey = request.username.toLowerCase();
  const time = now.getTime();
  if (throttles.perAccount.isBlocked(accountKey, time) || throttles.perAddress.isBlocked(clientAddress, time)) {
    throw new DomainError('too_many_attempts', 'Too many failed sign-in attempts. Wait a few minutes and try again.');
  }
  const user = findUserByUsername(database, accountKey);
  const passwordMatches = user ? await verifyPassword(user.passwordHash, request.password) : await verifyAgainstDecoy(request.password);
  if (!user || !passwordMatches) {
    throttles.perAccount.record(accountKey, time);
    throttles.perAddress.record(clientAddress, time);
    throw new DomainError('invalid_credentials', 'The username or the password is wrong.');
  }
  throttles.perAccount.reset(accountKey);
  return user;
}
