import type { Version } from '../../../shared/api/versions';
import { initialStage, isStage } from '../../../shared/domain/stages';
import type { UserRecord } from '../../db/repos/users';
import type { VersionRecord } from '../../db/repos/versions';

const reasons = ['manual', 'stage_move', 'before_restore', 'before_import'] as const;

export function presentVersion(version: VersionRecord, creator: UserRecord): Version {
  const reason = reasons.find((candidate) => candidate === version.reason) ?? 'manual';
  return {
    id: version.id,
    name: version.name,
    stage: isStage(version.stage) ? version.stage : initialStage,
    reason,
    createdAt: version.createdAt.toISOString(),
    createdBy: { id: creator.id, displayName: creator.displayName },
  };
}
