import type { MemberRole } from '../../shared/domain/roles';
import type { Stage } from '../../shared/domain/stages';
import type { MessageKey } from './chinese';
import { translate } from './translate';

const roleMessageKeys: Record<MemberRole, MessageKey> = {
  secretariat: 'roleSecretariat',
  convenor: 'roleConvenor',
  drafter: 'roleDrafter',
  reviewer: 'roleReviewer',
  observer: 'roleObserver',
};

const stageMessageKeys: Record<Stage, MessageKey> = {
  proposed: 'stageProposed',
  drafting: 'stageDrafting',
  public_comment: 'stagePublicComment',
  technical_review: 'stageTechnicalReview',
  approval: 'stageApproval',
  published: 'stagePublished',
  periodic_review: 'stagePeriodicReview',
  withdrawn: 'stageWithdrawn',
};

export function roleName(role: MemberRole): string {
  return translate(roleMessageKeys[role]);
}

export function stageName(stage: Stage): string {
  return translate(stageMessageKeys[stage]);
}
