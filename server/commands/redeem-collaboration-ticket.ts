import { parseDocumentName } from '../../shared/collab/document-name';
import { hashSecret } from '../auth/session-token';
import type { Database } from '../db/client';
import { takeCollaborationTicket } from '../db/repos/collaboration-tickets';
import { findUserById, type UserRecord } from '../db/repos/users';
import { DomainError } from '../errors';
import { draftAccess, type DraftAccess } from '../policies/standard-policy';
import { loadMembership } from './load-membership';

export interface RedeemCollaborationTicketProps {
  database: Database;
  token: string;
  documentName: string;
  now: Date;
}

export interface CollaborationGrant {
  user: UserRecord;
  standardId: string;
  access: Exclude<DraftAccess, 'none'>;
}

/**
 * Spends a ticket for one document. Membership is decided again here, by the same policy as the REST routes,
 * so a member removed after the ticket was issued cannot connect.
 */
export function redeemCollaborationTicket({ database, token, documentName, now }: RedeemCollaborationTicketProps): CollaborationGrant {
  // The draft and the 编制说明 of a standard are written by the same drafters and read by the same members.
  const parsed = parseDocumentName(documentName);
  const standardId = parsed?.standardId;
  if (!parsed || !standardId || token.length === 0 || token.length > 128) {
    throw new DomainError('forbidden', 'This collaboration document does not exist or the ticket is not valid.');
  }
  const ticket = takeCollaborationTicket(database, hashSecret(token), now);
  if (!ticket || ticket.standardId !== standardId || ticket.documentKind !== parsed.kind) {
    throw new DomainError('unauthenticated', 'The collaboration ticket is unknown, used or expired.');
  }
  const user = findUserById(database, ticket.userId);
  const access = draftAccess(user ? loadMembership(database, standardId, user.id) : null);
  if (!user || access === 'none') throw new DomainError('forbidden', 'You are not a member of this standard.');
  return { user, standardId, access };
}
