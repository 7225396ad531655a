import type { LodgeComplaintRequest } from '../../../shared/api/complaints';
import { addDaysToDate, formatComplaintCaseNumber } from '../../../shared/domain/complaint-progress';
import { bodyDateKey } from '../../../shared/time/body-time';
import { generateRandomIdentifier } from '../../auth/session-token';
import { recordInLedger } from '../../commands/record-in-ledger';
import type { Database } from '../../db/client';
import { insertComplaint, nextComplaintSequence, type ComplaintRecord } from '../../db/repos/complaints';
import { writeTransaction } from '../../db/transactions';
import type { PublishedEdition } from '../published-edition';

export interface LodgeComplaintProps {
  database: Database;
  edition: PublishedEdition;
  complainantId: string;
  request: LodgeComplaintRequest;
  bodyTimeZone: string;
  complaintAnswerDays: number;
  now: Date;
}

/** Receives a complaint: the next case number of the body in the year of receipt, and the date its answer is due. */
export function lodgeComplaint({ database, edition, complainantId, request, bodyTimeZone, complaintAnswerDays, now }: LodgeComplaintProps): ComplaintRecord {
  const receivedOn = bodyDateKey(now, bodyTimeZone);
  const caseYear = Number(receivedOn.slice(0, 4));
  const bodyCode = edition.publication.bodyCode;
  return writeTransaction(database, (transaction) => {
    const caseSequence = nextComplaintSequence(transaction, bodyCode, caseYear);
    const complaint: ComplaintRecord = {
      id: generateRandomIdentifier(10),
      standardId: edition.standard.id,
      publicationId: edition.publication.id,
      bodyCode,
      caseYear,
      caseSequence,
      caseNumber: formatComplaintCaseNumber(bodyCode, caseYear, caseSequence),
      about: request.about,
      text: request.text,
      contact: request.contact || null,
      lodgedBy: complainantId,
      receivedAt: now,
      receivedOn,
      answerDueOn: addDaysToDate(receivedOn, complaintAnswerDays),
      status: 'received',
    };
    insertComplaint(transaction, complaint);
    const payload = {
      caseNumber: complaint.caseNumber,
      publicationId: complaint.publicationId,
      standardNumber: edition.number,
      about: complaint.about,
      text: complaint.text,
      receivedOn: complaint.receivedOn,
      answerDueOn: complaint.answerDueOn,
    };
    recordInLedger(transaction, complainantId, { kind: 'complaint.lodged', standardId: complaint.standardId, subjectId: complaint.id, payload }, now);
    return complaint;
  });
}
