import type { Extension, onAuthenticatePayload } from '@hocuspocus/server';
import { closeCodes } from '../../shared/collab/close-codes';
import { redeemCollaborationTicket } from '../commands/redeem-collaboration-ticket';
import type { Database } from '../db/client';
import { DomainError } from '../errors';
import type { CollaborationContext } from './collaboration-context';

/** Refuses unknown or forbidden documents before anything is loaded, and marks readers read-only. */
export class AuthenticationExtension implements Extension {
  extensionName = 'Authentication';
  priority = 1000;

  constructor(private readonly database: Database) {}

  async onAuthenticate({ token, documentName, connectionConfig }: onAuthenticatePayload): Promise<CollaborationContext> {
    try {
      const grant = redeemCollaborationTicket({ database: this.database, token, documentName, now: new Date() });
      connectionConfig.readOnly = grant.access === 'read';
      return { user: { id: grant.user.id, displayName: grant.user.displayName }, standardId: grant.standardId, access: grant.access };
    } catch (error) {
      if (error instanceof DomainError) {
        // Hocuspocus sends `reason` to the provider as the permission-denied reason.
        throw error.code === 'unauthenticated' ? closeCodes.unauthorized : closeCodes.forbidden;
      }
      throw error;
    }
  }
}
