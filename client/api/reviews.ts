import type { z } from 'zod';
import { endpoints } from '../../shared/api/contract';
import type { CommentTableFormat } from '../../shared/api/comment-table';
import type { BallotRequest, CreateReviewRequest, Motion, Review, SetPanelRequest, ruleSetListResponseSchema, reviewSummarySchema } from '../../shared/api/reviews';
import type { VersionDocumentResponse } from '../../shared/api/versions';
import { callEndpoint, endpointAddress } from './call-endpoint';

export type RuleSetList = z.infer<typeof ruleSetListResponseSchema>;
export type ReviewSummary = z.infer<typeof reviewSummarySchema>;

export function listRuleSets(): Promise<RuleSetList> {
  return callEndpoint(endpoints.listRuleSets);
}

export function createReview(standardId: string, request: CreateReviewRequest): Promise<Review> {
  return callEndpoint(endpoints.createReview, { pathParameters: { id: standardId }, body: request });
}

export async function listStandardReviews(standardId: string): Promise<ReviewSummary[]> {
  return (await callEndpoint(endpoints.standardReviews, { pathParameters: { id: standardId } })).reviews;
}

export async function listMyReviews(): Promise<ReviewSummary[]> {
  return (await callEndpoint(endpoints.myReviews)).reviews;
}

export function fetchReview(reviewId: string): Promise<Review> {
  return callEndpoint(endpoints.review, { pathParameters: { id: reviewId } });
}

export function setReviewPanel(reviewId: string, members: SetPanelRequest['members']): Promise<Review> {
  return callEndpoint(endpoints.setReviewPanel, { pathParameters: { id: reviewId }, body: { members } });
}

export function publishReviewMaterials(reviewId: string): Promise<Review> {
  return callEndpoint(endpoints.publishReviewMaterials, { pathParameters: { id: reviewId } });
}

export function recordAttendance(reviewId: string, username: string, present: boolean): Promise<Review> {
  return callEndpoint(endpoints.recordAttendance, { pathParameters: { id: reviewId }, body: { username, present } });
}

export function recordReviewOpinion(reviewId: string, text: string): Promise<Review> {
  return callEndpoint(endpoints.recordReviewOpinion, { pathParameters: { id: reviewId }, body: { text } });
}

export function answerReviewOpinion(opinionId: string, decision: 'accepted' | 'not_accepted', reason: string): Promise<Review> {
  const trimmed = reason.trim();
  return callEndpoint(endpoints.answerReviewOpinion, { pathParameters: { id: opinionId }, body: trimmed === '' ? { decision } : { decision, reason: trimmed } });
}

export function fetchReviewDocument(reviewId: string): Promise<VersionDocumentResponse> {
  return callEndpoint(endpoints.reviewDocument, { pathParameters: { id: reviewId } });
}

export function addMotion(reviewId: string, title: string): Promise<Motion> {
  return callEndpoint(endpoints.addMotion, { pathParameters: { id: reviewId }, body: { title } });
}

export function openMotion(motionId: string): Promise<Motion> {
  return callEndpoint(endpoints.openMotion, { pathParameters: { id: motionId } });
}

export function closeMotion(motionId: string): Promise<Motion> {
  return callEndpoint(endpoints.closeMotion, { pathParameters: { id: motionId } });
}

export async function castBallot(motionId: string, ballot: BallotRequest): Promise<void> {
  await callEndpoint(endpoints.castBallot, { pathParameters: { id: motionId }, body: ballot });
}

/** The comment table as the panel reads it; a link, so the browser downloads it with the session cookie. */
export function reviewCommentTableAddress(reviewId: string, format: Extract<CommentTableFormat, 'docx' | 'xlsx'>): string {
  return endpointAddress(endpoints.reviewCommentTable, { id: reviewId }, { format });
}

export function reviewAttachmentAddress(reviewId: string, attachmentId: string): string {
  return endpointAddress(endpoints.reviewAttachment, { id: reviewId, attachmentId });
}

export function reviewMinutesAddress(reviewId: string, format: 'docx' | 'html'): string {
  return endpointAddress(endpoints.reviewMinutes, { id: reviewId }, { format });
}
