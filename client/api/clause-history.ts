import { endpoints } from '../../shared/api/contract';
import type { ClauseHistoryResponse } from '../../shared/api/versions';
import { callEndpoint } from './call-endpoint';

export type ClauseHistoryEntry = ClauseHistoryResponse['entries'][number];

export async function fetchClauseHistory(standardId: string, clauseId: string): Promise<ClauseHistoryEntry[]> {
  const { entries } = await callEndpoint(endpoints.clauseHistory, { pathParameters: { id: standardId }, query: { clauseId } });
  return entries;
}
