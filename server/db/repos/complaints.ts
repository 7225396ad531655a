import { and, asc, desc, eq, max } from 'drizzle-orm';
import type { ComplaintStatus } from '../../../shared/domain/complaint-progress';
import type { Database } from '../client';
import { complaints, complaintSteps } from '../feedback-schema';

export type ComplaintRecord = typeof complaints.$inferSelect;
export type ComplaintStepRecord = typeof complaintSteps.$inferSelect;

/** The next case number of the body in the year; call it in the transaction that inserts the case, so none is skipped. */
export function nextComplaintSequence(database: Database, bodyCode: string, year: number): number {
  const row = database
    .select({ highest: max(complaints.caseSequence) })
    .from(complaints)
    .where(and(eq(complaints.bodyCode, bodyCode), eq(complaints.caseYear, year)))
    .get();
  return (row?.highest ?? 0) + 1;
}

export function insertComplaint(database: Database, complaint: ComplaintRecord): void {
  database.insert(complaints).values(complaint).run();
}

export function findComplaintById(database: Database, complaintId: string): ComplaintRecord | undefined {
  return database.select().from(complaints).where(eq(complaints.id, complaintId)).get();
}

export function listComplaintsOfStandard(database: Database, standardId: string): ComplaintRecord[] {
  return database.select().from(complaints).where(eq(complaints.standardId, standardId)).orderBy(asc(complaints.receivedAt), asc(complaints.caseSequence)).all();
}

export function listComplaintsOfComplainant(database: Database, complainantId: string): ComplaintRecord[] {
  return database.select().from(complaints).where(eq(complaints.lodgedBy, complainantId)).orderBy(desc(complaints.receivedAt), desc(complaints.caseSequence)).all();
}

/** Moves the status on only from the status the step was checked against; true when it moved. */
export function moveComplaintStatus(database: Database, complaintId: string, from: ComplaintStatus, to: ComplaintStatus): boolean {
  const result = database
    .update(complaints)
    .set({ status: to })
    .where(and(eq(complaints.id, complaintId), eq(complaints.status, from)))
    .run();
  return result.changes === 1;
}

export function insertComplaintStep(database: Database, step: ComplaintStepRecord): void {
  database.insert(complaintSteps).values(step).run();
}

export function listStepsOfComplaint(database: Database, complaintId: string): ComplaintStepRecord[] {
  return database.select().from(complaintSteps).where(eq(complaintSteps.complaintId, complaintId)).orderBy(asc(complaintSteps.takenAt), asc(complaintSteps.id)).all();
}
