import { recordInLedger } from '../../commands/record-in-ledger';
import type { Database } from '../../db/client';
import { recordFeedbackAnswer, type FeedbackRecord } from '../../db/repos/implementation-feedback';
import { writeTransaction } from '../../db/transactions';
import { DomainError } from '../../errors';

export interface AnswerFeedbackProps {
  database: Database;
  feedback: FeedbackRecord;
  answeredBy: string;
  answer: string;
  now: Date;
}

/**
 * Gives the secretariat's answer. It is given once and final: the sender reads one answer that matches the record
 * log, and a follow-up question is new feedback with its own answer.
 */
export function answerFeedback({ database, feedback, answeredBy, answer, now }: AnswerFeedbackProps): void {
  writeTransaction(database, (transaction) => {
    if (!recordFeedbackAnswer(transaction, feedback.id, { answer, answeredBy, answeredAt: now })) {
      throw new DomainError('feedback_already_answered', 'This feedback has been answered already; the answer is final.');
    }
    recordInLedger(transaction, answeredBy, { kind: 'feedback.answered', standardId: feedback.standardId, subjectId: feedback.id, payload: { answer } }, now);
  });
}
