import { endpoints } from '../../shared/api/contract';
import type { CommentPeriod, CommentPeriodHistory } from '../../shared/api/comments';
import type { Invitation, InvitationListResponse } from '../../shared/api/invitations';
import { callEndpoint } from './call-endpoint';

export async function listCommentPeriods(standardId: string): Promise<CommentPeriodHistory[]> {
  return (await callEndpoint(endpoints.standardCommentPeriods, { pathParameters: { id: standardId } })).periods;
}

export function extendCommentPeriod(periodId: string, endsAt: string, reason: string): Promise<CommentPeriod> {
  return callEndpoint(endpoints.extendCommentPeriod, { pathParameters: { id: periodId }, body: { endsAt, reason } });
}

export function listInvitations(periodId: string): Promise<InvitationListResponse> {
  return callEndpoint(endpoints.commentPeriodInvitations, { pathParameters: { id: periodId } });
}

export function inviteOrganisations(periodId: string, invitations: Invitation[]): Promise<InvitationListResponse> {
  return callEndpoint(endpoints.inviteToCommentPeriod, { pathParameters: { id: periodId }, body: { invitations } });
}

export function closeCommentPeriod(periodId: string, reason: string): Promise<CommentPeriod> {
  return callEndpoint(endpoints.closeCommentPeriod, { pathParameters: { id: periodId }, body: { reason } });
}
