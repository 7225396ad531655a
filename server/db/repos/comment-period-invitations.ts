import { asc, eq } from 'drizzle-orm';
import type { Database } from '../client';
import { commentPeriodInvitations } from '../schema';

export type InvitationRecord = typeof commentPeriodInvitations.$inferSelect;

export function insertInvitations(database: Database, invitations: ReadonlyArray<Omit<InvitationRecord, 'id'>>): void {
  if (invitations.length > 0) database.insert(commentPeriodInvitations).values([...invitations]).run();
}

export function listInvitations(database: Database, periodId: string): InvitationRecord[] {
  return database.select().from(commentPeriodInvitations).where(eq(commentPeriodInvitations.periodId, periodId)).orderBy(asc(commentPeriodInvitations.id)).all();
}
