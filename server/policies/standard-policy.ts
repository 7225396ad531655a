import { roleCanEditDraft, type MemberRole } from '../../shared/domain/roles';

/** What the policies know of a person's place in one standard: their role, or null when they are not a member. */
export interface StandardMembership {
  role: MemberRole;
}

export type DraftAccess = 'none' | 'read' | 'write';

export function canViewStandard(membership: StandardMembership | null): boolean {
  return membership !== null;
}

export function canEditDraft(membership: StandardMembership | null): boolean {
  return membership !== null && roleCanEditDraft(membership.role);
}

export function canManageMembers(membership: StandardMembership | null): boolean {
  return membership?.role === 'secretariat';
}

/** The same decision for REST reads and the collaboration websocket. */
export function draftAccess(membership: StandardMembership | null): DraftAccess {
  if (canEditDraft(membership)) return 'write';
  if (canViewStandard(membership)) return 'read';
  return 'none';
}

export function canFreezeVersion(membership: StandardMembership | null): boolean {
  return canEditDraft(membership);
}

export function canRestoreVersion(membership: StandardMembership | null): boolean {
  return canEditDraft(membership);
}

/** Only the secretariat moves a standard between stages. */
export function canMoveStage(membership: StandardMembership | null): boolean {
  return membership?.role === 'secretariat';
}
