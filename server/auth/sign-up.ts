import type { SignupRequest } from '../../shared/api/auth';
import type { Database } from '../db/client';
import { countUsers, findUserByUsername, insertUser, type UserRecord } from '../db/repos/users';
import { DomainError } from '../errors';
import { hashPassword } from './password';
import { generateRandomIdentifier } from './session-token';

export interface SignUpProps {
  database: Database;
  request: SignupRequest;
  now: Date;
}

/** Creates an account; the very first account becomes the site administrator. */
export async function signUp({ database, request, now }: SignUpProps): Promise<UserRecord> {
  if (findUserByUsername(database, request.username)) {
    throw new DomainError('username_taken', 'This username is already taken; choose another one.');
  }
  const passwordHash = await hashPassword(request.password);
  return database.transaction((transaction) => {
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
