import type { StageOverviewResponse } from '../../../shared/api/versions';
import { draftLabels, initialStage, isStage, stageTransitions } from '../../../shared/domain/stages';
import { blockingGate, type StageGateFacts } from '../../commands/stage-gates';
import type { StageMoveRecord } from '../../db/repos/stage-moves';
import type { StandardRecord } from '../../db/repos/standards';
import type { UserRecord } from '../../db/repos/users';

export function presentStageOverview(
  standard: StandardRecord,
  moves: Array<{ move: StageMoveRecord; mover: UserRecord }>,
  canMove: boolean,
  facts: StageGateFacts,
  now: Date,
): StageOverviewResponse {
  const stage = isStage(standard.stage) ? standard.stage : initialStage;
  return {
    stage,
    draftLabel: draftLabels[stage],
    moves: moves.flatMap(({ move, mover }) =>
      isStage(move.fromStage) && isStage(move.toStage)
        ? [{ from: move.fromStage, to: move.toStage, note: move.note, movedAt: move.movedAt.toISOString(), movedBy: { id: mover.id, displayName: mover.displayName }, versionId: move.versionId }]
        : [],
    ),
    next: stageTransitions[stage].map((to) => ({ to, blockedBy: blockingGate(stage, to, facts, now) })),
    canMove,
  };
}
