import { join } from 'node:path';
import { openDatabase, type DatabaseConnection } from '../../server/db/client';
import { insertUser, type UserRecord } from '../../server/db/repos/users';
import { createTemporaryDirectory } from './temporary-directory';

/** A real, migrated SQLite file in a temporary folder. */
export function openTestDatabase(): DatabaseConnection & { path: string; remove(): void } {
  const directory = createTemporaryDirectory();
  const path = join(directory.path, 'normdraft.db');
  const connection = openDatabase(path);
  return {
    ...connection,
    path,
    remove() {
      connection.close();
      directory.remove();
    },
  };
}

export function insertTestUser(connection: DatabaseConnection, username: string): UserRecord {
  const user: UserRecord = {
    id: `user-${username}`,
    username,
    displayName: username,
    passwordHash: 'not used in this test',
    isSiteAdministrator: false,
    createdAt: new Date('2026-01-01T00:00:00Z'),
  };
  insertUser(connection.database, user);
  return user;
}
