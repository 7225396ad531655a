import type { ComplaintStepRequest } from '../../../shared/api/complaints';
import { refusalOfComplaintStep } from '../../../shared/domain/complaint-progress';
import { generateRandomIdentifier } from '../../auth/session-token';
import { recordInLedger } from '../../commands/record-in-ledger';
import type { Database } from '../../db/client';
import { findComplaintById, insertComplaintStep, moveComplaintStatus } from '../../db/repos/complaints';
import { writeTransaction } from '../../db/transactions';
import { DomainError } from '../../errors';

export interface TakeComplaintStepProps {
  database: Database;
  complaintId: string;
  takenBy: string;
  request: ComplaintStepRequest;
  now: Date;
}

/** Moves a case one step on (received → under review → answered → closed) and records who took the step. */
export function takeComplaintStep({ database, complaintId, takenBy, request, now }: TakeComplaintStepProps): void {
  writeTransaction(database, (transaction) => {
    const complaint = findComplaintById(transaction, complaintId);
    if (!complaint) throw new DomainError('not_found', 'There is no such complaint.');
    const refusal = refusalOfComplaintStep(complaint.status, request);
    if (refusal === 'step_out_of_order') {
      throw new DomainError('complaint_step_out_of_order', `A complaint that is ${complaint.status} cannot become ${request.status}; its steps are received, under review, answered, closed.`);
    }
    if (refusal === 'answer_required') throw new DomainError('answer_required', 'answer: write the answer the complainant receives.');
    if (!moveComplaintStatus(transaction, complaint.id, complaint.status, request.status)) {
      throw new DomainError('complaint_step_out_of_order', 'The case moved on meanwhile; reload it and take the next step.');
    }
    const step = { id: generateRandomIdentifier(10), complaintId: complaint.id, status: request.status, answer: request.status === 'answered' ? (request.answer ?? null) : null, note: request.note || null, takenBy, takenAt: now };
    insertComplaintStep(transaction, step);
    const payload = { caseNumber: complaint.caseNumber, from: complaint.status, status: step.status, answer: step.answer, note: step.note };
    recordInLedger(transaction, takenBy, { kind: 'complaint.step_recorded', standardId: complaint.standardId, subjectId: complaint.id, payload }, now);
  });
}
