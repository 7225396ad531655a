import { generateRandomIdentifier } from '../../auth/session-token';
import { recordInLedger } from '../../commands/record-in-ledger';
import type { Database } from '../../db/client';
import { insertOpinion, insertOpinionResponse, type OpinionRecord, type OpinionResponseRecord } from '../../db/repos/review-motions';
import type { ReviewRecord } from '../../db/repos/reviews';
import { DomainError } from '../../errors';
import { writeTransaction } from '../../db/transactions';

/** A review opinion (审查意见) the chair writes down during the meeting. Authorization is the caller's job. */
export function recordOpinion({ database, review, actorId, text, now }: { database: Database; review: ReviewRecord; actorId: string; text: string; now: Date }): OpinionRecord {
  const opinion: OpinionRecord = { id: generateRandomIdentifier(10), reviewId: review.id, text, writtenBy: actorId, writtenAt: now };
  writeTransaction(database, (transaction) => {
    insertOpinion(transaction, opinion);
    recordInLedger(transaction, actorId, { kind: 'review.opinion_recorded', standardId: review.standardId, subjectId: opinion.id, payload: { reviewId: review.id, text } }, now);
  });
  return opinion;
}

export interface AnswerOpinionProps {
  database: Database;
  review: ReviewRecord;
  opinion: OpinionRecord;
  actorId: string;
  decision: 'accepted' | 'not_accepted';
  reason: string | undefined;
  now: Date;
}

/** The working group's answer, like a disposition: 不采纳 needs a reason; a later answer supersedes. */
export function answerOpinion({ database, review, opinion, actorId, decision, reason, now }: AnswerOpinionProps): OpinionResponseRecord {
  const stated = reason && reason.length > 0 ? reason : null;
  if (decision === 'not_accepted' && stated === null) throw new DomainError('reason_required', 'A review opinion not accepted (不采纳) needs the reason.');
  const response: OpinionResponseRecord = { id: generateRandomIdentifier(10), opinionId: opinion.id, decision, reason: stated, respondedBy: actorId, respondedAt: now };
  writeTransaction(database, (transaction) => {
    insertOpinionResponse(transaction, response);
    recordInLedger(transaction, actorId, { kind: 'review.opinion_answered', standardId: review.standardId, subjectId: response.id, payload: { opinionId: opinion.id, decision, reason: stated } }, now);
  });
  return response;
}
