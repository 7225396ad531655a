import { endpoints } from '../../shared/api/contract';
import type { ConcludePeriodicReviewRequest, DueReviewListResponse, Edition, NextNumberResponse, PeriodicReview, PublicationListResponse } from '../../shared/api/publications';
import { callEndpoint, endpointAddress } from './call-endpoint';

export function fetchPublications(standardId: string): Promise<PublicationListResponse> {
  return callEndpoint(endpoints.standardPublications, { pathParameters: { id: standardId } });
}

export function fetchNextNumber(standardId: string): Promise<NextNumberResponse> {
  return callEndpoint(endpoints.nextNumber, { pathParameters: { id: standardId } });
}

export function assignNumber(standardId: string, sequenceNumber: string, year: number): Promise<Edition> {
  return callEndpoint(endpoints.assignNumber, { pathParameters: { id: standardId }, body: { sequenceNumber, year } });
}

export function startPeriodicReview(standardId: string, note: string): Promise<PeriodicReview> {
  const trimmed = note.trim();
  return callEndpoint(endpoints.startPeriodicReview, { pathParameters: { id: standardId }, body: trimmed === '' ? {} : { note: trimmed } });
}

export function concludePeriodicReview(standardId: string, reviewId: string, request: ConcludePeriodicReviewRequest): Promise<PeriodicReview> {
  return callEndpoint(endpoints.concludePeriodicReview, { pathParameters: { id: standardId, reviewId }, body: request });
}

export function fetchDueReviews(): Promise<DueReviewListResponse> {
  return callEndpoint(endpoints.dueReviews);
}

/** Where the secretariat downloads an edition's published file, byte for byte as stored. */
export function publishedFileAddress(standardId: string, publicationId: string, format: 'docx' | 'pdf'): string {
  return endpointAddress(format === 'docx' ? endpoints.publishedDocx : endpoints.publishedPdf, { id: standardId, publicationId });
}
