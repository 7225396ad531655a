export const memberRoles = ['secretariat', 'convenor', 'drafter', 'reviewer', 'observer'] as const;

export type MemberRole = (typeof memberRoles)[number];

const editingRoles: ReadonlySet<MemberRole> = new Set(['secretariat', 'convenor', 'drafter']);

export function roleCanEditDraft(role: MemberRole): boolean {
  return editingRoles.has(role);
}

export function isMemberRole(value: string): value is MemberRole {
  return (memberRoles as readonly string[]).includes(value);
}
