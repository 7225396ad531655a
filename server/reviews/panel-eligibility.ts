import { decideEligibility, type SeatEligibility } from '../../shared/domain/review/eligibility';
import type { ReviewRuleSet } from '../../shared/domain/review/rule-sets';
import { isMemberRole, type MemberRole } from '../../shared/domain/roles';
import type { Database } from '../db/client';
import { listMembersWithUsers } from '../db/repos/members';
import type { PanelMemberRecord } from '../db/repos/reviews';
import { findStakeholderProfile } from '../db/repos/stakeholder-profiles';

const draftingRoles: ReadonlySet<MemberRole> = new Set(['secretariat', 'convenor', 'drafter']);

/**
 * Eligibility of each seat as of now: the working group's roles come from the standard's members, and the drafting
 * organisations are those the review names plus the registered organisations of the people who draft.
 */
export function currentEligibility(
  database: Database,
  review: { standardId: string; draftingOrganisations: unknown },
  ruleSet: ReviewRuleSet,
  panel: readonly PanelMemberRecord[],
): Map<string, SeatEligibility> {
  const workingGroupRoles = new Map<string, MemberRole>();
  const draftingOrganisations = Array.isArray(review.draftingOrganisations) ? review.draftingOrganisations.filter((entry): entry is string => typeof entry === 'string') : [];
  for (const { member } of listMembersWithUsers(database, review.standardId)) {
    if (!isMemberRole(member.role)) continue;
    workingGroupRoles.set(member.userId, member.role);
    const organisation = draftingRoles.has(member.role) ? findStakeholderProfile(database, member.userId)?.organisation : undefined;
    if (organisation) draftingOrganisations.push(organisation);
  }
  const decided = decideEligibility({ ruleSet, panel: panel.map((seat) => ({ userId: seat.userId, organisation: seat.organisation })), workingGroupRoles, draftingOrganisations });
  return new Map(decided.map((entry) => [entry.userId, entry]));
}
