import { generateRandomIdentifier } from '../../auth/session-token';
import type { Database } from '../../db/client';
import { findPanelSeat, insertAttendance, type ReviewRecord } from '../../db/repos/reviews';
import { findUserByUsername } from '../../db/repos/users';
import { DomainError } from '../../errors';
import { canChairReview, type ReviewPlace } from '../../policies/review-policy';
import { recordInLedger } from '../../commands/record-in-ledger';
import { isReviewConcluded } from '../review-facts';
import { writeTransaction } from '../../db/transactions';

/** Members may check themselves in from this long before the meeting starts. */
export const checkInOpensBeforeMilliseconds = 2 * 60 * 60 * 1000;

export interface RecordAttendanceProps {
  database: Database;
  review: ReviewRecord;
  actorId: string;
  place: ReviewPlace;
  username: string;
  present: boolean;
  now: Date;
}

/**
 * The roll call, by the secretariat or the chair, or a member checking in (or out) from their own device once the
 * meeting is about to start. Attendance is recorded until the motion on the 送审稿 closes.
 */
export function recordAttendance({ database, review, actorId, place, username, present, now }: RecordAttendanceProps): void {
  if (review.kind !== 'meeting') throw new DomainError('invalid_request', 'A correspondence ballot has no attendance; the returned ballots count.');
  const user = findUserByUsername(database, username);
  const seat = user ? findPanelSeat(database, review.id, user.id) : undefined;
  if (!user || !seat) throw new DomainError('invalid_request', `username: ${username} is not on this review's panel.`);
  const self = user.id === actorId;
  if (!self && !canChairReview(place)) throw new DomainError('forbidden', 'Only the secretariat or the chair records the attendance of others; members check themselves in.');
  if (self && !canChairReview(place) && review.startsAt !== null && now.getTime() < review.startsAt.getTime() - checkInOpensBeforeMilliseconds) {
    throw new DomainError('invalid_request', 'Check-in opens two hours before the meeting starts.');
  }
  writeTransaction(database, (transaction) => {
    if (isReviewConcluded(transaction, review.id)) throw new DomainError('review_concluded', 'The vote on the 送审稿 is closed, so the attendance is final.');
    const entry = { id: generateRandomIdentifier(10), reviewId: review.id, userId: user.id, present, recordedBy: actorId, recordedAt: now };
    insertAttendance(transaction, entry);
    recordInLedger(transaction, actorId, { kind: 'review.attendance_recorded', standardId: review.standardId, subjectId: entry.id, payload: { reviewId: review.id, userId: user.id, present } }, now);
  });
}
