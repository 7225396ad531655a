import type { MemberRole } from '../roles';
import { largestCountWithin } from './fraction';
import type { ReviewRuleSet } from './rule-sets';

export const panelPositions = ['chair', 'vice_chair', 'member'] as const;
export type PanelPosition = (typeof panelPositions)[number];

export const ineligibilityReasons = ['working_group_member', 'secretariat', 'drafting_organisation', 'organisation_share'] as const;
export type IneligibilityReason = (typeof ineligibilityReasons)[number];

export interface PanelSeat {
  userId: string;
  organisation: string;
}

export interface EligibilityInput {
  ruleSet: ReviewRuleSet;
  /** In the order the secretariat named them; the share limit excludes the later members of an organisation. */
  panel: readonly PanelSeat[];
  /** The role of each panel member in the standard's working group, when they have one. */
  workingGroupRoles: ReadonlyMap<string, MemberRole>;
  /** Organisations that draft the standard. */
  draftingOrganisations: readonly string[];
}

export interface SeatEligibility {
  userId: string;
  eligible: boolean;
  reason: IneligibilityReason | null;
}

function organisationKey(organisation: string): string {
  return organisation.trim().replace(/\s+/g, ' ').toLowerCase();
}

function firstExclusion(seat: PanelSeat, input: EligibilityInput, drafting: ReadonlySet<string>): IneligibilityReason | null {
  const role = input.workingGroupRoles.get(seat.userId);
  if (role === 'secretariat') return input.ruleSet.secretariatMayVote ? null : 'secretariat';
  if (role !== undefined && role !== 'reviewer' && role !== 'observer') return 'working_group_member';
  if (input.ruleSet.excludeDraftingOrganisations && drafting.has(organisationKey(seat.organisation))) return 'drafting_organisation';
  return null;
}

/**
 * Who on the panel may vote, decided from the rule set and the working group, never by hand: drafters (convenor and
 * drafters, and the secretariat unless the rule set lets it vote), people of a drafting organisation where the rule
 * set excludes them, and members beyond an organisation's share of the voters. Reviewers and observers of the
 * working group only read the draft, so they are not drafters.
 */
export function decideEligibility(input: EligibilityInput): SeatEligibility[] {
  const drafting = new Set(input.draftingOrganisations.map(organisationKey).filter((key) => key.length > 0));
  const reasons = new Map<string, IneligibilityReason | null>(input.panel.map((seat) => [seat.userId, firstExclusion(seat, input, drafting)]));
  const limit = input.ruleSet.organisationShareLimit;
  if (limit !== null) {
    // Excluding members shrinks the roster and so each organisation's allowance: repeat until nothing changes.
    for (;;) {
      const eligibleSeats = input.panel.filter((seat) => reasons.get(seat.userId) === null);
      const allowance = Math.max(1, largestCountWithin(limit, eligibleSeats.length));
      const counted = new Map<string, number>();
      let excludedAny = false;
      for (const seat of eligibleSeats) {
        const key = organisationKey(seat.organisation);
        const count = (counted.get(key) ?? 0) + 1;
        counted.set(key, count);
        if (count > allowance) {
          reasons.set(seat.userId, 'organisation_share');
          excludedAny = true;
        }
      }
      if (!excludedAny) break;
    }
  }
  return input.panel.map((seat) => {
    const reason = reasons.get(seat.userId) ?? null;
    return { userId: seat.userId, eligible: reason === null, reason };
  });
}

export const ineligibilityWords: Record<IneligibilityReason, { zh: string; en: string }> = {
  working_group_member: { zh: '起草工作组成员，不参加表决', en: 'member of the drafting working group, does not vote' },
  secretariat: { zh: '秘书处成员，按规则不参加表决', en: 'secretariat, which this rule set does not let vote' },
  drafting_organisation: { zh: '来自起草单位，按规则不参加表决', en: 'from a drafting organisation, which this rule set excludes' },
  organisation_share: { zh: '同一单位的表决人超过规则允许的比例', en: 'more voters from one organisation than the rule set allows' },
};
