import type { LoginRequest } from '../../shared/api/auth';
import type { Database } from '../db/client';
import { findUserByUsername, type UserRecord } from '../db/repos/users';
import { DomainError } from '../errors';
import type { LoginThrottle } from './login-throttle';
import { verifyAgainstDecoy, verifyPassword } from './password';

export interface LogInProps {
  database: Database;
  request: LoginRequest;
  clientAddress: string;
  throttle: LoginThrottle;
  now: Date;
}

/** Checks the credentials; unknown usernames spend the same argon2 time on a decoy hash. */
export async function logIn({ database, request, clientAddress, throttle, now }: LogInProps): Promise<UserRecord> {
  const accountKey = request.username.toLowerCase();
  const time = now.getTime();
  const permission = throttle.check(accountKey, clientAddress, time);
  if (!permission.allowed) {
    const retryAfterSeconds = Math.ceil(permission.retryAfterMilliseconds / 1000);
    throw new DomainError('too_many_attempts', `Too many failed sign-in attempts from here. Wait ${describeWait(retryAfterSeconds)} and try again.`, { retryAfterSeconds });
  }
  const user = findUserByUsername(database, accountKey);
  const passwordMatches = user ? await verifyPassword(user.passwordHash, request.password) : await verifyAgainstDecoy(request.password);
  if (!user || !passwordMatches) {
    throttle.recordFailure(accountKey, clientAddress, time);
    throw new DomainError('invalid_credentials', 'The username or the password is wrong.');
  }
  throttle.recordSuccess(accountKey, clientAddress);
  return user;
}

function describeWait(seconds: number): string {
  if (seconds < 90) return `${seconds} seconds`;
  return `${Math.ceil(seconds / 60)} minutes`;
}
