import { endpoints } from '../../shared/api/contract';
import type { LintResponse } from '../../shared/api/document-structure';
import type { ProcessDocumentKind } from '../../shared/api/publications';
import type { StageOverviewResponse } from '../../shared/api/versions';
import type { Stage } from '../../shared/domain/stages';
import { callEndpoint } from './call-endpoint';

export function fetchStageOverview(standardId: string): Promise<StageOverviewResponse> {
  return callEndpoint(endpoints.stageOverview, { pathParameters: { id: standardId } });
}

/** What publishing (批准 → 发布) sends with the move. */
export interface PublicationDetails {
  publishedOn: string;
  implementedOn: string;
  publishedProcessDocuments: ProcessDocumentKind[];
}

export function moveStage(standardId: string, to: Stage, note: string, publication?: PublicationDetails): Promise<StageOverviewResponse> {
  const trimmed = note.trim();
  return callEndpoint(endpoints.moveStage, { pathParameters: { id: standardId }, body: { to, ...(trimmed === '' ? {} : { note: trimmed }), ...publication } });
}

export function fetchLintReport(standardId: string): Promise<LintResponse> {
  return callEndpoint(endpoints.lint, { pathParameters: { id: standardId } });
}
