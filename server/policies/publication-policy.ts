import { canViewStandard, type StandardMembership } from './standard-policy';

/** Numbering, publishing, the published files and periodic reviews: the secretariat. */
export function canManagePublications(membership: StandardMembership | null): boolean {
  return membership?.role === 'secretariat';
}

/** The editions, their dates and hashes, and the next free number: every member. */
export function canReadPublications(membership: StandardMembership | null): boolean {
  return canViewStandard(membership);
}

/** Which standards the 复审 dashboard covers for a person. */
export function dueReviewScope(user: { isSiteAdministrator: boolean }): 'all_standards' | 'standards_where_secretariat' {
  return user.isSiteAdministrator ? 'all_standards' : 'standards_where_secretariat';
}
