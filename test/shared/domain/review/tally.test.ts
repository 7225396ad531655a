import { describe, expect, it } from 'vitest';
import { describeTally } from '../../../../shared/domain/review/describe-tally';
import { findPresetRuleSet, type ReviewRuleSet } from '../../../../shared/domain/review/rule-sets';
import { tallyBallots, type Ballot, type Vote } from '../../../../shared/domain/review/tally';

interface Scenario {
  eligible: number;
  present?: number;
  yes: number;
  no?: number;
  abstain?: number;
  noWithoutReason?: number;
}

function ruleSet(id: string): ReviewRuleSet {
  const found = findPresetRuleSet(id);
  if (!found) throw new Error(`no preset ${id}`);
  return found;
}

/** Voters v0…vN; the first `present` are present, and the ballots go to them in order yes, no, no without reason, abstain. */
function tally(id: string, scenario: Scenario) {
  const voterIds = Array.from({ length: scenario.eligible }, (_, index) => `v${index}`);
  const votesInOrder: { vote: Vote; reason: string | null }[] = [
    ...Array.from({ length: scenario.yes }, () => ({ vote: 'yes' as const, reason: null })),
    ...Array.from({ length: scenario.no ?? 0 }, () => ({ vote: 'no' as const, reason: '技术理由' })),
    ...Array.from({ length: scenario.noWithoutReason ?? 0 }, () => ({ vote: 'no' as const, reason: null })),
    ...Array.from({ length: scenario.abstain ?? 0 }, () => ({ vote: 'abstain' as const, reason: null })),
  ];
  const ballots: Ballot[] = votesInOrder.map((entry, index) => ({ voterId: voterIds[index]!, ...entry }));
  const present = scenario.present ?? ballots.length;
  return tallyBallots({ ruleSet: ruleSet(id), eligibleVoterIds: voterIds, presentVoterIds: voterIds.slice(0, present), ballots });
}

describe('group_typical: present ≥ 2/3 of eligible, yes ≥ 3/4 of present', () => {
  it('quorum just below, equal and above (12 eligible: 8 needed)', () => {
    expect(tally('group_typical', { eligible: 12, present: 7, yes: 7 }).outcome).toBe('no_quorum');
    expect(tally('group_typical', { eligible: 12, present: 8, yes: 6, abstain: 2 }).outcome).toBe('passed');
    expect(tally('group_typical', { eligible: 12, present: 9, yes: 9 }).quorumNeeded).toBe(8);
  });
  it('6 of 9 meets 2/3 exactly', () => {
    expect(tally('group_typical', { eligible: 9, present: 6, yes: 6 }).outcome).toBe('passed');
    expect(tally('group_typical', { eligible: 9, present: 5, yes: 5 }).outcome).toBe('no_quorum');
  });
  it('yes just below, equal and above 3/4 of present, abstentions counting as present', () => {
    expect(tally('group_typical', { eligible: 12, present: 8, yes: 5, abstain: 3 }).outcome).toBe('failed');
    expect(tally('group_typical', { eligible: 12, present: 8, yes: 6, abstain: 2 }).outcome).toBe('passed');
    expect(tally('group_typical', { eligible: 12, present: 8, yes: 7, no: 1 }).outcome).toBe('passed');
    expect(tally('group_typical', { eligible: 12, present: 9, yes: 6, no: 3 }).yesNeeded).toBe(7);
  });
  it('a present member who does not vote still counts in the base', () => {
    const result = tally('group_typical', { eligible: 12, present: 9, yes: 6 });
    expect(result).toMatchObject({ participating: 9, yes: 6, yesNeeded: 7, notVoted: 6, outcome: 'failed' });
  });
  it('states the numbers in words', () => {
    const result = tally('group_typical', { eligible: 12, present: 9, yes: 7, no: 2 });
    expect(describeTally(result, ruleSet('group_typical'), 'zh')).toBe(
      '12 名有表决权专家，出席 9 名（法定人数 8 名），需同意 7 票，实得 7 票：通过',
    );
    expect(describeTally(result, ruleSet('group_typical'), 'en')).toBe(
      '12 eligible voters, 9 present (quorum 8), 7 in favour needed, 7 in favour: passed',
    );
  });
});

describe('association_strict: yes ≥ 4/5 of all eligible, present or not', () => {
  it('just below, equal, above', () => {
    expect(tally('association_strict', { eligible: 10, present: 10, yes: 7, no: 3 }).outcome).toBe('failed');
    expect(tally('association_strict', { eligible: 10, present: 8, yes: 8 }).outcome).toBe('passed');
    expect(tally('association_strict', { eligible: 10, present: 9, yes: 9 }).outcome).toBe('passed');
    expect(tally('association_strict', { eligible: 11, present: 11, yes: 8, no: 3 }).yesNeeded).toBe(9);
  });
  it('a ballot from someone not present at the meeting is not counted', () => {
    const result = tally('association_strict', { eligible: 10, present: 7, yes: 8 });
    expect(result).toMatchObject({ yes: 7, outcome: 'failed' });
  });
});

describe('national_2022: yes ≥ 3/4 of eligible present', () => {
  it('just below, equal, above', () => {
    expect(tally('national_2022', { eligible: 20, present: 16, yes: 11, no: 5 }).outcome).toBe('failed');
    expect(tally('national_2022', { eligible: 20, present: 16, yes: 12, no: 4 }).outcome).toBe('passed');
    expect(tally('national_2022', { eligible: 20, present: 16, yes: 13, abstain: 3 }).outcome).toBe('passed');
  });
  it('no one present fails rather than passing on an empty base', () => {
    expect(tally('national_2022', { eligible: 5, present: 0, yes: 0 }).outcome).toBe('failed');
  });
});

describe('correspondence_national: returned ≥ 2/3 or held again; yes ≥ 3/4 of returned', () => {
  it('returned just below, equal, above 2/3', () => {
    expect(tally('correspondence_national', { eligible: 15, yes: 9 }).outcome).toBe('no_quorum');
    expect(tally('correspondence_national', { eligible: 15, yes: 10 }).outcome).toBe('passed');
    expect(tally('correspondence_national', { eligible: 15, yes: 11 }).outcome).toBe('passed');
  });
  it('yes just below, equal, above 3/4 of returned', () => {
    expect(tally('correspondence_national', { eligible: 12, yes: 5, no: 3 }).outcome).toBe('failed');
    expect(tally('correspondence_national', { eligible: 12, yes: 6, no: 1, abstain: 1 }).outcome).toBe('passed');
    expect(tally('correspondence_national', { eligible: 12, yes: 7, no: 1 }).outcome).toBe('passed');
  });
  it('only the last ballot of a voter counts', () => {
    const result = tallyBallots({
      ruleSet: ruleSet('correspondence_national'),
      eligibleVoterIds: ['a', 'b', 'c'],
      presentVoterIds: [],
      ballots: [
        { voterId: 'a', vote: 'no', reason: '理由' },
        { voterId: 'b', vote: 'yes', reason: null },
        { voterId: 'c', vote: 'yes', reason: null },
        { voterId: 'a', vote: 'yes', reason: null },
      ],
    });
    expect(result).toMatchObject({ participating: 3, yes: 3, no: 0, outcome: 'passed' });
  });
});

describe('iso_dis: yes ≥ 2/3 of cast and counted no ≤ 1/4 of cast; abstentions excluded', () => {
  it('yes just below, equal, above 2/3 of cast', () => {
    expect(tally('iso_dis', { eligible: 20, yes: 5, no: 3 }).outcome).toBe('failed');
    expect(tally('iso_dis', { eligible: 20, yes: 6, no: 2, abstain: 5 }).outcome).toBe('passed');
    expect(tally('iso_dis', { eligible: 20, yes: 7, no: 2 }).outcome).toBe('passed');
  });
  it('no just above, equal, below 1/4 of cast while yes reaches 2/3', () => {
    expect(tally('iso_dis', { eligible: 20, yes: 7, no: 3 })).toMatchObject({ noAllowed: 2, outcome: 'failed' });
    expect(tally('iso_dis', { eligible: 20, yes: 6, no: 2 }).outcome).toBe('passed');
    expect(tally('iso_dis', { eligible: 20, yes: 12, no: 3 }).outcome).toBe('passed');
  });
  it('a negative without a reason is not counted', () => {
    const result = tally('iso_dis', { eligible: 20, yes: 6, no: 2, noWithoutReason: 3 });
    expect(result).toMatchObject({ no: 2, noNotCounted: 3, outcome: 'passed' });
  });
});

describe('ieee: returned ≥ 75%, yes ≥ 75% of yes+no, abstentions < 30% of returned', () => {
  it('returned just below, equal, above 75%', () => {
    expect(tally('ieee', { eligible: 20, yes: 14 }).outcome).toBe('no_quorum');
    expect(tally('ieee', { eligible: 20, yes: 15 }).outcome).toBe('passed');
    expect(tally('ieee', { eligible: 20, yes: 16 }).outcome).toBe('passed');
  });
  it('approval just below, equal, above 75%', () => {
    expect(tally('ieee', { eligible: 20, yes: 11, no: 5 }).outcome).toBe('failed');
    expect(tally('ieee', { eligible: 20, yes: 12, no: 4 }).outcome).toBe('passed');
    expect(tally('ieee', { eligible: 20, yes: 13, no: 3 }).outcome).toBe('passed');
  });
  it('abstentions just below, equal, above 30% of returned', () => {
    expect(tally('ieee', { eligible: 20, yes: 18, abstain: 2 }).outcome).toBe('passed');
    expect(tally('ieee', { eligible: 20, yes: 14, abstain: 6 })).toMatchObject({ abstainAllowed: 5, outcome: 'failed' });
    expect(tally('ieee', { eligible: 20, yes: 13, abstain: 7 }).outcome).toBe('failed');
    expect(tally('ieee', { eligible: 20, yes: 15, abstain: 5 }).outcome).toBe('passed');
  });
});

describe('oasis_special: yes ≥ 2/3 of eligible and no ≤ 1/4 of eligible', () => {
  it('yes just below, equal, above', () => {
    expect(tally('oasis_special', { eligible: 12, yes: 7 }).outcome).toBe('failed');
    expect(tally('oasis_special', { eligible: 12, yes: 8 }).outcome).toBe('passed');
    expect(tally('oasis_special', { eligible: 12, yes: 9 }).outcome).toBe('passed');
  });
  it('no just below, equal, above 1/4 of eligible', () => {
    expect(tally('oasis_special', { eligible: 12, yes: 8, no: 2 }).outcome).toBe('passed');
    expect(tally('oasis_special', { eligible: 12, yes: 8, no: 3 }).outcome).toBe('passed');
    expect(tally('oasis_special', { eligible: 12, yes: 8, no: 4 }).outcome).toBe('failed');
  });
  it('abstentions are not counted against', () => {
    expect(tally('oasis_special', { eligible: 12, yes: 8, abstain: 4 }).outcome).toBe('passed');
  });
});
