import type { Invitation } from '../../shared/api/invitations';
import { generateRandomIdentifier } from '../auth/session-token';
import type { Database } from '../db/client';
import { insertCommentPeriod, type CommentPeriodRecord } from '../db/repos/comment-periods';
import { findVersion } from '../db/repos/versions';
import { DomainError } from '../errors';
import { inviteToCommentPeriod } from './invite-to-comment-period';
import { recordInLedger } from './record-in-ledger';
import { writeTransaction } from '../db/transactions';

export interface OpenCommentPeriodProps {
  database: Database;
  standardId: string;
  versionId: string;
  startsAt: Date;
  endsAt: Date;
  openedBy: string;
  invitations?: readonly Invitation[];
  now: Date;
}

/** Opens a comment period on a frozen version (the 征求意见稿); authorization is the caller's job. */
export function openCommentPeriod({ database, standardId, versionId, startsAt, endsAt, openedBy, invitations = [], now }: OpenCommentPeriodProps): CommentPeriodRecord {
  if (!findVersion(database, standardId, versionId)) throw new DomainError('invalid_request', 'versionId: this standard has no such frozen version.');
  if (endsAt.getTime() <= startsAt.getTime()) throw new DomainError('invalid_request', 'endsAt: the period must end after it starts.');
  if (endsAt.getTime() <= now.getTime()) throw new DomainError('invalid_request', 'endsAt: the period must end in the future.');
  const period: CommentPeriodRecord = { id: generateRandomIdentifier(10), standardId, versionId, startsAt, endsAt, createdBy: openedBy, createdAt: now };
  writeTransaction(database, (transaction) => {
    insertCommentPeriod(transaction, period);
    recordInLedger(
      transaction,
      openedBy,
      { kind: 'comment_period.opened', standardId, subjectId: period.id, payload: { versionId, startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString() } },
      now,
    );
    inviteToCommentPeriod({ database: transaction, period, invitations, invitedBy: openedBy, now });
  });
  return period;
}
