import type { StageOverviewResponse } from '../../../shared/api/versions';
import { isMemberRole } from '../../../shared/domain/roles';
import { draftLabels, initialStage, isStage, stageTransitions } from '../../../shared/domain/stages';
import { blockingGate, type StageGateFacts } from '../../commands/stage-gates';
import type { MemberChangeRecord } from '../../db/repos/members';
import type { StageMoveRecord } from '../../db/repos/stage-moves';
import type { StandardRecord } from '../../db/repos/standards';
import type { UserRecord } from '../../db/repos/users';

export function presentStageOverview(
  standard: StandardRecord,
  moves: Array<{ move: StageMoveRecord; mover: UserRecord }>,
  memberChanges: Array<{ change: MemberChangeRecord; member: UserRecord; changer: UserRecord }>,
  canMove: boolean,
  facts: StageGateFacts,
  now: Date,
  timeZone: string,
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
    memberChanges: memberChanges.map(({ change, member, changer }) => ({
      member: { id: member.id, displayName: member.displayName },
      previousRole: change.previousRole !== null && isMemberRole(change.previousRole) ? change.previousRole : null,
      newRole: change.newRole !== null && isMemberRole(change.newRole) ? change.newRole : null,
      changedAt: change.changedAt.toISOString(),
      changedBy: { id: changer.id, displayName: changer.displayName },
    })),
    next: stageTransitions[stage].map((to) => ({ to, blockedBy: blockingGate(stage, to, facts, now, timeZone) })),
    canMove,
  };
}
