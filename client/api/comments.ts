import type { Invitation } from '../../shared/api/invitations';
import { endpoints } from '../../shared/api/contract';
import type { Comment, CommentPeriod, StakeholderProfile } from '../../shared/api/comments';
import type { z } from 'zod';
import type { commentPeriodDocumentResponseSchema, submitCommentRequestSchema } from '../../shared/api/comments';
import { isApiError } from './api-error';
import { callEndpoint } from './call-endpoint';

export type CommentPeriodDocument = z.output<typeof commentPeriodDocumentResponseSchema>;
export type CommentSubmission = z.input<typeof submitCommentRequestSchema>;

export function openCommentPeriod(standardId: string, versionId: string, endsAt: string, invitations: Invitation[] = []): Promise<CommentPeriod> {
  return callEndpoint(endpoints.openCommentPeriod, { pathParameters: { id: standardId }, body: { versionId, endsAt, ...(invitations.length > 0 ? { invitations } : {}) } });
}

export function fetchCommentPeriodDocument(periodId: string): Promise<CommentPeriodDocument> {
  return callEndpoint(endpoints.commentPeriodDocument, { pathParameters: { id: periodId } });
}

/** My commenter registration, or null when I have not registered yet. */
export async function fetchStakeholderProfile(): Promise<StakeholderProfile | null> {
  try {
    return await callEndpoint(endpoints.stakeholderProfile);
  } catch (error) {
    if (isApiError(error) && error.status === 404) return null;
    throw error;
  }
}

export function saveStakeholderProfile(profile: StakeholderProfile): Promise<StakeholderProfile> {
  return callEndpoint(endpoints.saveStakeholderProfile, { body: profile });
}

export async function submitComment(periodId: string, submission: CommentSubmission): Promise<void> {
  await callEndpoint(endpoints.submitComment, { pathParameters: { id: periodId }, body: submission });
}

/** My comments on one comment period, newest first as the server lists them. */
export async function listMyComments(periodId: string): Promise<Comment[]> {
  const { comments } = await callEndpoint(endpoints.myComments);
  return comments.filter((comment) => comment.periodId === periodId);
}

export async function withdrawComment(commentId: string): Promise<void> {
  await callEndpoint(endpoints.withdrawComment, { pathParameters: { id: commentId } });
}

/** Every comment on a standard; a non-empty query keeps those whose text, proposal, reason, commenter or clause matches. */
export async function listStandardComments(standardId: string, query = ''): Promise<Comment[]> {
  const { comments } = await callEndpoint(endpoints.standardComments, { pathParameters: { id: standardId }, ...(query.trim() === '' ? {} : { query: { q: query.trim() } }) });
  return comments;
}
