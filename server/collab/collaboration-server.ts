import { Hocuspocus } from '@hocuspocus/server';
import type { DatabaseConnection } from '../db/client';
import { updateLogStatements } from '../db/repos/update-log-statements';
import { AuthenticationExtension } from './authentication-extension';
import { AwarenessExtension } from './awareness-extension';
import { MessageGuardExtension } from './message-guard-extension';
import { PersistenceExtension } from './persistence-extension';
import { UpdateLogWriter } from './update-log/update-log-writer';

export interface CollaborationServer {
  hocuspocus: Hocuspocus;
  /** Waits until every queued update is on disk and stops the update-log thread. */
  close(): Promise<void>;
}

export function createCollaborationServer(connection: DatabaseConnection): CollaborationServer {
  const { database } = connection;
  const updateLog = new UpdateLogWriter({ databasePath: connection.path, synchronous: connection.synchronous, statements: updateLogStatements(database) });
  const hocuspocus = new Hocuspocus({
    name: 'normdraft',
    quiet: true,
    debounce: 2000,
    maxDebounce: 10000,
    extensions: [new MessageGuardExtension(), new AuthenticationExtension(database), new AwarenessExtension(), new PersistenceExtension(database, updateLog)],
  });
  return { hocuspocus, close: () => updateLog.close() };
}
