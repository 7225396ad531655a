import { and, eq, gt, lte } from 'drizzle-orm';
import type { Database } from '../client';
import { collaborationTickets } from '../schema';

export type CollaborationTicketRecord = typeof collaborationTickets.$inferSelect;

export function insertCollaborationTicket(database: Database, ticket: CollaborationTicketRecord): void {
  database.insert(collaborationTickets).values(ticket).run();
}

/** Deletes the ticket and returns it if it was still valid: a ticket can be redeemed once. */
export function takeCollaborationTicket(
  database: Database,
  tokenHash: Buffer,
  now: Date,
): CollaborationTicketRecord | undefined {
  return database
    .delete(collaborationTickets)
    .where(and(eq(collaborationTickets.tokenHash, tokenHash), gt(collaborationTickets.expiresAt, now)))
    .returning()
    .get();
}

export function deleteExpiredCollaborationTickets(database: Database, now: Date): void {
  database.delete(collaborationTickets).where(lte(collaborationTickets.expiresAt, now)).run();
}
