import { describe, expect, it } from 'vitest';
import { decideEligibility } from '../../../../shared/domain/review/eligibility';
import { fraction } from '../../../../shared/domain/review/fraction';
import { findPresetRuleSet, type ReviewRuleSet } from '../../../../shared/domain/review/rule-sets';
import type { MemberRole } from '../../../../shared/domain/roles';

function preset(id: string): ReviewRuleSet {
  const ruleSet = findPresetRuleSet(id);
  if (!ruleSet) throw new Error(`no preset ${id}`);
  return ruleSet;
}

const seats = (organisations: string[]) => organisations.map((organisation, index) => ({ userId: `u${index + 1}`, organisation }));

describe('who on the panel may vote', () => {
  it('excludes drafters and the secretariat, keeps reviewers and observers of the working group', () => {
    const roles = new Map<string, MemberRole>([
      ['u1', 'drafter'],
      ['u2', 'convenor'],
      ['u3', 'secretariat'],
      ['u4', 'reviewer'],
      ['u5', 'observer'],
    ]);
    const decided = decideEligibility({ ruleSet: preset('group_typical'), panel: seats(['甲', '乙', '丙', '丁', '戊', '己']), workingGroupRoles: roles, draftingOrganisations: [] });
    expect(decided.map((entry) => entry.reason)).toEqual(['working_group_member', 'working_group_member', 'secretariat', null, null, null]);
  });

  it('lets the secretariat vote where the rule set says so', () => {
    const ruleSet = { ...preset('group_typical'), secretariatMayVote: true };
    const decided = decideEligibility({ ruleSet, panel: seats(['甲']), workingGroupRoles: new Map([['u1', 'secretariat']]), draftingOrganisations: [] });
    expect(decided[0]).toMatchObject({ eligible: true, reason: null });
  });

  it('excludes people of a drafting organisation, whatever the spacing or case of its name', () => {
    const ruleSet = { ...preset('association_strict'), excludeDraftingOrganisations: true };
    const decided = decideEligibility({ ruleSet, panel: seats(['某 研究院', 'Some  Institute', '另一单位']), workingGroupRoles: new Map(), draftingOrganisations: ['某 研究院', 'some institute'] });
    expect(decided.map((entry) => entry.reason)).toEqual(['drafting_organisation', 'drafting_organisation', null]);
    expect(decideEligibility({ ruleSet: preset('association_strict'), panel: seats(['某 研究院']), workingGroupRoles: new Map(), draftingOrganisations: ['某 研究院'] })[0]?.eligible).toBe(true);
  });

  it('keeps one organisation within its share of the voters, excluding its later members until the roster is stable', () => {
    // 8 seats, a quarter each: 甲 has 4 of 8, so 2 may vote; then 6 remain, a quarter is 1: 甲 keeps 1, 乙 keeps 1.
    const ruleSet = { ...preset('group_typical'), organisationShareLimit: fraction(1, 4) };
    const decided = decideEligibility({ ruleSet, panel: seats(['甲', '甲', '甲', '甲', '乙', '乙', '丙', '丁']), workingGroupRoles: new Map(), draftingOrganisations: [] });
    const eligible = decided.filter((entry) => entry.eligible).map((entry) => entry.userId);
    expect(eligible).toEqual(['u1', 'u5', 'u7', 'u8']);
    expect(decided.filter((entry) => !entry.eligible).every((entry) => entry.reason === 'organisation_share')).toBe(true);
    // Every organisation now holds at most a quarter of the 4 voters.
    expect(1 / eligible.length).toBeLessThanOrEqual(1 / 4);
  });

  it('lets every organisation keep one voter however small the panel', () => {
    const decided = decideEligibility({ ruleSet: preset('national_2022'), panel: seats(['甲', '乙', '丙']), workingGroupRoles: new Map(), draftingOrganisations: [] });
    expect(decided.every((entry) => entry.eligible)).toBe(true);
  });
});
