import type { z } from 'zod';
import { endpoints } from '../../shared/api/contract';
import type { OutlineResponse } from '../../shared/api/document-structure';
import type { CommentDashboard, Disposition, Reaction, recordDispositionRequestSchema } from '../../shared/api/dispositions';
import { callEndpoint } from './call-endpoint';

export type DispositionRequest = z.input<typeof recordDispositionRequestSchema>;

export interface DispositionHistory {
  /** Oldest first: the last one is in force, every earlier one was superseded by the one after it. */
  dispositions: Disposition[];
  reactions: Reaction[];
}

export function recordDisposition(commentId: string, request: DispositionRequest): Promise<Disposition> {
  return callEndpoint(endpoints.recordDisposition, { pathParameters: { id: commentId }, body: request });
}

export function fetchDispositionHistory(commentId: string): Promise<DispositionHistory> {
  return callEndpoint(endpoints.dispositionHistory, { pathParameters: { id: commentId } });
}

export function reactToDisposition(commentId: string, satisfied: boolean, note: string): Promise<Reaction> {
  const body = note.trim() === '' ? { satisfied } : { satisfied, note };
  return callEndpoint(endpoints.reactToDisposition, { pathParameters: { id: commentId }, body });
}

export function fetchCommentDashboard(standardId: string): Promise<CommentDashboard> {
  return callEndpoint(endpoints.commentDashboard, { pathParameters: { id: standardId } });
}

/** The live draft's 目次, for naming the clause a change was made in. */
export function fetchLiveOutline(standardId: string): Promise<OutlineResponse> {
  return callEndpoint(endpoints.outline, { pathParameters: { id: standardId } });
}
