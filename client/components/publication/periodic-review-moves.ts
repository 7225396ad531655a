import type { StageOverviewResponse } from '../../../shared/api/versions';

/**
 * A periodic review (复审) is started and concluded in the publication panel, which records it; the stage list
 * offers only the other moves.
 */
export function movesMadeOnTheStagesList(overview: StageOverviewResponse): StageOverviewResponse {
  if (overview.stage === 'periodic_review') return { ...overview, next: [] };
  return { ...overview, next: overview.next.filter((next) => next.to !== 'periodic_review') };
}
