import { describe, expect, it } from 'vitest';
import { memberRoles } from '../../../shared/domain/roles';
import { canEditDraft, canManageMembers, canViewStandard, draftAccess } from '../../../server/policies/standard-policy';

describe('standard policy', () => {
  it('lets secretariat, convenor and drafter edit, reviewer and observer read, and nobody else in', () => {
    const accessByRole = Object.fromEntries(memberRoles.map((role) => [role, draftAccess({ role })]));
    expect(accessByRole).toEqual({ secretariat: 'write', convenor: 'write', drafter: 'write', reviewer: 'read', observer: 'read' });
    expect(draftAccess(null)).toBe('none');
  });

  it('keeps members out of nothing they may see and non-members out of everything', () => {
    for (const role of memberRoles) expect(canViewStandard({ role })).toBe(true);
    expect(canViewStandard(null)).toBe(false);
    expect(canEditDraft(null)).toBe(false);
    expect(canManageMembers(null)).toBe(false);
  });

  it('lets only the secretariat manage members', () => {
    expect(memberRoles.filter((role) => canManageMembers({ role }))).toEqual(['secretariat']);
  });
});
