import type { Complaint } from '../../../shared/api/complaints';
import { isComplaintOverdue } from '../../../shared/domain/complaint-progress';
import { bodyDateKey } from '../../../shared/time/body-time';
import type { Database } from '../../db/client';
import { listStepsOfComplaint, type ComplaintRecord } from '../../db/repos/complaints';
import { findPublicationById } from '../../db/repos/publications';
import { findStandardById } from '../../db/repos/standards';
import { findUserById } from '../../db/repos/users';
import { numberOfPublication } from '../../feedback/published-edition';

function person(database: Database, userId: string): { id: string; displayName: string } {
  return { id: userId, displayName: findUserById(database, userId)?.displayName ?? userId };
}

/** A case for the complainant or the secretariat, the only people the policy lets read it (with its contact data). */
export function presentComplaint(database: Database, complaint: ComplaintRecord, bodyTimeZone: string, now: Date): Complaint {
  const publication = findPublicationById(database, complaint.publicationId);
  const steps = listStepsOfComplaint(database, complaint.id);
  return {
    id: complaint.id,
    caseNumber: complaint.caseNumber,
    standardId: complaint.standardId,
    standardNumber: publication ? numberOfPublication(publication) : '',
    standardTitle: findStandardById(database, complaint.standardId)?.title ?? '',
    about: complaint.about,
    text: complaint.text,
    contact: complaint.contact,
    complainant: person(database, complaint.lodgedBy),
    status: complaint.status,
    receivedAt: complaint.receivedAt.toISOString(),
    receivedOn: complaint.receivedOn,
    answerDueOn: complaint.answerDueOn,
    overdue: isComplaintOverdue(complaint.status, complaint.answerDueOn, bodyDateKey(now, bodyTimeZone)),
    answer: steps.find((step) => step.status === 'answered')?.answer ?? null,
    steps: steps.map((step) => ({ status: step.status, answer: step.answer, note: step.note, takenBy: person(database, step.takenBy), takenAt: step.takenAt.toISOString() })),
  };
}
