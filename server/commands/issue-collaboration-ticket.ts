import { documentNameFor, type DocumentKind } from '../../shared/collab/document-name';
import { generateRandomIdentifier, hashSecret } from '../auth/session-token';
import type { Database } from '../db/client';
import { deleteExpiredCollaborationTickets, insertCollaborationTicket } from '../db/repos/collaboration-tickets';

export const collaborationTicketLifetimeMilliseconds = 60 * 1000;

export interface IssueCollaborationTicketProps {
  database: Database;
  userId: string;
  standardId: string;
  /** Which of the standard's live documents the ticket opens, and the only one it can open. */
  documentKind?: DocumentKind;
  now: Date;
}

/** A short-lived, single-use token the websocket redeems; only its hash is stored. */
export function issueCollaborationTicket({ database, userId, standardId, documentKind = 'draft', now }: IssueCollaborationTicketProps): {
  token: string;
  documentName: string;
  expiresAt: Date;
} {
  const token = generateRandomIdentifier(24);
  const expiresAt = new Date(now.getTime() + collaborationTicketLifetimeMilliseconds);
  deleteExpiredCollaborationTickets(database, now);
  insertCollaborationTicket(database, { tokenHash: hashSecret(token), userId, standardId, documentKind, expiresAt });
  return { token, documentName: documentNameFor(documentKind, standardId), expiresAt };
}
