export const memberRoles = ['secretariat', 'convenor', 'drafter', 'reviewer', 'observer'] as const;

export type MemberRole = (typeof memberRoles)[number];

const editingRoles: ReadonlySet<MemberRole> = new Set(['secretariat', 'convenor', 'drafter']);

export function roleCanEditDraft(role: MemberRole): boolean {
  return editingRoles.has(role);
}

export function isMemberRole(value: string): value is MemberRole {
  return (memberRoles as readonly string[]).includes(value);
}

/**
 * A standard always keeps one secretariat member: changing the role of (newRole) or removing (null) a member whose
 * role is `currentRole` is refused when it would take away the last of `secretariatCount`.
 */
export function wouldRemoveLastSecretariat(currentRole: MemberRole, newRole: MemberRole | null, secretariatCount: number): boolean {
  return currentRole === 'secretariat' && newRole !== 'secretariat' && secretariatCount <= 1;
}
