import type { SignupRequest } from '../../shared/api/auth';
import type { Database } from '../db/client';
import { countUsers, findUserByUsername, insertUser, type UserRecord } from '../db/repos/users';
import { DomainError } from '../errors';
import type { SlidingWindowLimit } from '../rate-limit/sliding-window-limit';
import { hashPassword } from './password';
import { assertPasswordIsStrongEnough } from './password-strength';
import { generateRandomIdentifier } from './session-token';
import { writeTransaction } from '../db/transactions';

export interface SignUpProps {
  database: Database;
  request: SignupRequest;
  clientAddress: string;
  /** Accounts created per address within the hour. */
  signupsPerAddress: SlidingWindowLimit;
  now: Date;
}

/** Creates an account; the very first account becomes the site administrator. */
export async function signUp({ database, request, clientAddress, signupsPerAddress, now }: SignUpProps): Promise<UserRecord> {
  const time = now.getTime();
  if (signupsPerAddress.isBlocked(clientAddress, time)) {
    const retryAfterSeconds = Math.max(1, Math.ceil(signupsPerAddress.retryAfterMilliseconds(clientAddress, time) / 1000));
    throw new DomainError('too_many_requests', `Many accounts were created from this address in the last hour. Try again in ${Math.ceil(retryAfterSeconds / 60)} minutes.`, { retryAfterSeconds });
  }
  if (findUserByUsername(database, request.username)) {
    throw new DomainError('username_taken', 'This username is already taken; choose another one.');
  }
  assertPasswordIsStrongEnough(request.password, request.username);
  signupsPerAddress.record(clientAddress, time);
  const passwordHash = await hashPassword(request.password);
  return writeTransaction(database, (transaction) => {
    if (findUserByUsername(transaction, request.username)) {
      throw new DomainError('username_taken', 'This username is already taken; choose another one.');
    }
    const user: UserRecord = {
      id: generateRandomIdentifier(10),
      username: request.username.toLowerCase(),
      displayName: request.displayName,
      passwordHash,
      isSiteAdministrator: countUsers(transaction) === 0,
      createdAt: now,
    };
    insertUser(transaction, user);
    return user;
  });
}
