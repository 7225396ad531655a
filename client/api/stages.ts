import { endpoints } from '../../shared/api/contract';
import type { LintResponse } from '../../shared/api/document-structure';
import type { StageOverviewResponse } from '../../shared/api/versions';
import type { Stage } from '../../shared/domain/stages';
import { callEndpoint } from './call-endpoint';

export function fetchStageOverview(standardId: string): Promise<StageOverviewResponse> {
  return callEndpoint(endpoints.stageOverview, { pathParameters: { id: standardId } });
}

export function moveStage(standardId: string, to: Stage, note: string): Promise<StageOverviewResponse> {
  const trimmed = note.trim();
  return callEndpoint(endpoints.moveStage, { pathParameters: { id: standardId }, body: trimmed === '' ? { to } : { to, note: trimmed } });
}

export function fetchLintReport(standardId: string): Promise<LintResponse> {
  return callEndpoint(endpoints.lint, { pathParameters: { id: standardId } });
}
