import { Hocuspocus, type DirectConnection } from '@hocuspocus/server';
import type { DatabaseConnection } from '../db/client';
import { updateLogStatements } from '../db/repos/update-log-statements';
import { AuthenticationExtension } from './authentication-extension';
import { AwarenessExtension } from './awareness-extension';
import { MessageGuardExtension } from './message-guard-extension';
import { MetricsExtension } from './metrics-extension';
import { DocumentWarmUp } from './document-warm-up';
import { PersistenceExtension } from './persistence-extension';
import { UpdateLogWriter } from './update-log/update-log-writer';
import { WarmUpReleaseExtension } from './warm-up-release-extension';

/** A collaboration ticket can be redeemed for 60 seconds; a draft warmed up for it is held no longer. */
const warmUpHoldMilliseconds = 60_000;

export interface CollaborationServer {
  hocuspocus: Hocuspocus;
  warmUp: DocumentWarmUp;
  updateLog: UpdateLogWriter;
  /** Lets go of warmed-up drafts, waits until every queued update is on disk and stops the update-log thread. */
  close(): Promise<void>;
}

export function createCollaborationServer(connection: DatabaseConnection): CollaborationServer {
  const { database } = connection;
  const updateLog = new UpdateLogWriter({ databasePath: connection.path, synchronous: connection.synchronous, statements: updateLogStatements(database) });
  const warmUp: DocumentWarmUp = new DocumentWarmUp((documentName): Promise<DirectConnection> => hocuspocus.openDirectConnection(documentName, { source: 'warm-up' }), warmUpHoldMilliseconds);
  const persistence = new PersistenceExtension(database, updateLog);
  const hocuspocus: Hocuspocus = new Hocuspocus({
    name: 'normdraft',
    quiet: true,
    debounce: 2000,
    maxDebounce: 10000,
    extensions: [
      new MessageGuardExtension(),
      new AuthenticationExtension(database),
      new AwarenessExtension(),
      persistence,
      new WarmUpReleaseExtension(warmUp),
      new MetricsExtension(),
    ],
  });
  return {
    hocuspocus,
    warmUp,
    updateLog,
    async close() {
      await warmUp.releaseAll();
      await persistence.storesFinished();
      await updateLog.close();
    },
  };
}
