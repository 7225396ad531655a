import { Hocuspocus } from '@hocuspocus/server';
import type { Database } from '../db/client';
import { AuthenticationExtension } from './authentication-extension';
import { AwarenessExtension } from './awareness-extension';
import { MessageGuardExtension } from './message-guard-extension';
import { PersistenceExtension } from './persistence-extension';

export function createCollaborationServer(database: Database): Hocuspocus {
  return new Hocuspocus({
    name: 'normdraft',
    quiet: true,
    debounce: 2000,
    maxDebounce: 10000,
    extensions: [new MessageGuardExtension(), new AuthenticationExtension(database), new AwarenessExtension(), new PersistenceExtension(database)],
  });
}
