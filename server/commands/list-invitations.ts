import type { InvitationListResponse } from '../../shared/api/invitations';
import type { Database } from '../db/client';
import { listInvitations } from '../db/repos/comment-period-invitations';
import { countCommentsByAuthorEmail } from '../db/repos/comments';

/** The invitation list of a period, each matched by e-mail to the comments its commenter made. */
export function listInvitationStatus(database: Database, periodId: string): InvitationListResponse {
  const commentsByEmail = countCommentsByAuthorEmail(database, periodId);
  const invitations = listInvitations(database, periodId).map((invitation) => {
    const comments = commentsByEmail.get(invitation.email.toLowerCase()) ?? 0;
    return {
      organisation: invitation.organisation,
      email: invitation.email,
      contactName: invitation.contactName,
      invitedAt: invitation.invitedAt.toISOString(),
      responded: comments > 0,
      comments,
    };
  });
  const responded = invitations.filter((invitation) => invitation.responded).length;
  return { invitations, summary: { invited: invitations.length, responded, notResponded: invitations.length - responded } };
}
