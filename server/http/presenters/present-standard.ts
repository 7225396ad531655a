import type { Standard } from '../../../shared/api/standards';
import { initialStage, isStage } from '../../../shared/domain/stages';
import type { StandardRecord } from '../../db/repos/standards';
import { canEditDraft, canManageMembers, type StandardMembership } from '../../policies/standard-policy';

export function presentStandard(standard: StandardRecord, membership: StandardMembership | null): Standard {
  return {
    id: standard.id,
    title: standard.title,
    titleEn: standard.titleEn,
    bodyCode: standard.bodyCode,
    sequenceNumber: standard.sequenceNumber,
    stage: isStage(standard.stage) ? standard.stage : initialStage,
    createdAt: standard.createdAt.toISOString(),
    myRole: membership?.role ?? null,
    canEdit: canEditDraft(membership),
    canManageMembers: canManageMembers(membership),
  };
}
