import { endpoints } from '../../shared/api/contract';
import type { Feedback, FeedbackListResponse, PublicEditionOutlineResponse, SubmitFeedbackRequest } from '../../shared/api/feedback';
import { callEndpoint } from './call-endpoint';

export function fetchPublicEditionOutline(bodyCode: string, edition: string): Promise<PublicEditionOutlineResponse> {
  return callEndpoint(endpoints.publicEditionOutline, { pathParameters: { bodyCode, edition } });
}

export function submitFeedback(bodyCode: string, edition: string, request: SubmitFeedbackRequest): Promise<Feedback> {
  return callEndpoint(endpoints.submitFeedback, { pathParameters: { bodyCode, edition }, body: request });
}

export function listStandardFeedback(standardId: string): Promise<FeedbackListResponse> {
  return callEndpoint(endpoints.standardFeedback, { pathParameters: { id: standardId } });
}

export function answerFeedback(standardId: string, feedbackId: string, answer: string): Promise<Feedback> {
  return callEndpoint(endpoints.answerFeedback, { pathParameters: { id: standardId, feedbackId }, body: { answer } });
}

export async function listMyFeedback(): Promise<Feedback[]> {
  return (await callEndpoint(endpoints.myFeedback)).feedback;
}
