import type { Invitation } from '../../shared/api/invitations';
import type { Database } from '../db/client';
import { insertInvitations, listInvitations } from '../db/repos/comment-period-invitations';
import { recordInLedger } from './record-in-ledger';
import { writeTransaction } from '../db/transactions';

export interface InviteToCommentPeriodProps {
  database: Database;
  period: { id: string; standardId: string };
  invitations: readonly Invitation[];
  invitedBy: string;
  now: Date;
}

/** Adds organisations to a period's invitation list, skipping e-mails already on it; returns how many were added. */
export function inviteToCommentPeriod({ database, period, invitations, invitedBy, now }: InviteToCommentPeriodProps): number {
  return writeTransaction(database, (transaction) => {
    const known = new Set(listInvitations(transaction, period.id).map((invitation) => invitation.email.toLowerCase()));
    const added = invitations.filter((invitation) => {
      const email = invitation.email.toLowerCase();
      if (known.has(email)) return false;
      known.add(email);
      return true;
    });
    insertInvitations(
      transaction,
      added.map((invitation) => ({ periodId: period.id, organisation: invitation.organisation, contactName: invitation.contactName ?? null, email: invitation.email, invitedAt: now })),
    );
    if (added.length > 0) {
      // Organisations only: the log travels in exports, and contact details never do.
      const payload = { organisations: added.map((invitation) => invitation.organisation) };
      recordInLedger(transaction, invitedBy, { kind: 'comment_period.invited', standardId: period.standardId, subjectId: period.id, payload }, now);
    }
    return added.length;
  });
}
