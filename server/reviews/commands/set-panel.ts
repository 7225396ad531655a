import type { SetPanelRequest } from '../../../shared/api/reviews';
import type { SeatEligibility } from '../../../shared/domain/review/eligibility';
import type { Database } from '../../db/client';
import { listMotions } from '../../db/repos/review-motions';
import { replacePanel, type PanelMemberRecord, type ReviewRecord } from '../../db/repos/reviews';
import { findUserByUsername } from '../../db/repos/users';
import { DomainError } from '../../errors';
import { recordInLedger } from '../../commands/record-in-ledger';
import { currentEligibility } from '../panel-eligibility';
import { ruleSetOfReview } from '../review-facts';
import { writeTransaction } from '../../db/transactions';

export interface SetPanelProps {
  database: Database;
  review: ReviewRecord;
  actorId: string;
  request: SetPanelRequest;
  now: Date;
}

/**
 * Names the panel, replacing the previous list; people need accounts on the site, not membership of the working
 * group. Refused once a motion has opened, because the roster is frozen then. Authorization is the caller's job.
 */
export function setPanel({ database, review, actorId, request, now }: SetPanelProps): { seats: PanelMemberRecord[]; eligibility: Map<string, SeatEligibility> } {
  const seen = new Set<string>();
  const seats: PanelMemberRecord[] = request.members.map((entry, ordinal) => {
    const user = findUserByUsername(database, entry.username);
    if (!user) throw new DomainError('user_not_found', `members[${ordinal}].username: nobody has the username "${entry.username}"; they need an account on the site first.`);
    if (seen.has(user.id)) throw new DomainError('invalid_request', `members[${ordinal}].username: ${entry.username} is on the panel twice.`);
    seen.add(user.id);
    return { reviewId: review.id, userId: user.id, organisation: entry.organisation, title: entry.title && entry.title.length > 0 ? entry.title : null, position: entry.position, ordinal };
  });
  if (seats.filter((seat) => seat.position === 'chair').length > 1) throw new DomainError('invalid_request', 'members: a panel has one chair (组长).');
  const ruleSet = ruleSetOfReview(review);
  return writeTransaction(database, (transaction) => {
    if (listMotions(transaction, review.id).some((motion) => motion.state !== 'created')) {
      throw new DomainError('panel_frozen', 'Voting has opened, so the panel and its roster are frozen.');
    }
    replacePanel(transaction, review.id, seats);
    const eligibility = currentEligibility(transaction, review, ruleSet, seats);
    const members = seats.map((seat) => ({
      userId: seat.userId,
      organisation: seat.organisation,
      title: seat.title,
      position: seat.position,
      eligible: eligibility.get(seat.userId)?.eligible ?? false,
      reason: eligibility.get(seat.userId)?.reason ?? null,
    }));
    recordInLedger(transaction, actorId, { kind: 'review.panel_set', standardId: review.standardId, subjectId: review.id, payload: { members } }, now);
    return { seats, eligibility };
  });
}
