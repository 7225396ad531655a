import { fraction, type Fraction } from './fraction';

export const reviewKinds = ['meeting', 'correspondence'] as const;
export type ReviewKind = (typeof reviewKinds)[number];

/** Who counts as taking part: members present at the meeting, or members who returned a ballot. */
export type Participation = 'attendance' | 'returned_ballots';

/**
 * The count a threshold is a share of: members present (or ballots returned), votes cast for or against
 * (abstentions and uncounted negatives left out), or the whole eligible roster.
 */
export type ThresholdBase = 'participating' | 'cast' | 'eligible';

export interface Threshold {
  share: Fraction;
  base: ThresholdBase;
}

/** A rule set is data: the tally reads nothing but these parameters (domain §5). */
export interface ReviewRuleSet {
  id: string;
  name: { zh: string; en: string };
  kinds: readonly ReviewKind[];
  participation: Participation;
  /** Taking part below this share of the eligible roster means the review must be held again (`no_quorum`). */
  quorum: Fraction | null;
  /** Yes votes must reach this share of the base. */
  pass: Threshold;
  /** Counted negative votes may be at most this share of the base. */
  negativeCap: Threshold | null;
  /** Abstentions must stay strictly below this share of the base. */
  abstentionLimit: Threshold | null;
  negativeNeedsReason: boolean;
  /** When a reason is required, whether a negative without one still counts as a negative. */
  negativeWithoutReasonCounted: boolean;
  /** Correspondence ballots may be changed until the close; the last one counts and every change is kept. */
  ballotsChangeableBeforeClose: boolean;
  /** Days the materials must be available before the meeting. */
  noticePeriodDays: number;
  /** Working-group members never vote; the secretariat may only where this says so. */
  secretariatMayVote: boolean;
  /** Panel members of an organisation that drafts the standard cannot vote. */
  excludeDraftingOrganisations: boolean;
  /** No organisation may hold more than this share of the eligible voters; later panel members beyond it are excluded. */
  organisationShareLimit: Fraction | null;
}

const sharedDefaults = {
  negativeCap: null,
  abstentionLimit: null,
  negativeNeedsReason: true,
  negativeWithoutReasonCounted: true,
  ballotsChangeableBeforeClose: false,
  noticePeriodDays: 10,
  secretariatMayVote: false,
  excludeDraftingOrganisations: false,
  organisationShareLimit: null,
} as const;

/** The presets shipped with the product; their ids are part of the API. */
export const presetRuleSets: readonly ReviewRuleSet[] = [
  {
    ...sharedDefaults,
    id: 'group_typical',
    name: { zh: '团体标准（典型）', en: 'Group standard (typical association)' },
    kinds: ['meeting'],
    participation: 'attendance',
    quorum: fraction(2, 3),
    pass: { share: fraction(3, 4), base: 'participating' },
  },
  {
    ...sharedDefaults,
    id: 'association_strict',
    name: { zh: '团体标准（从严）', en: 'Stricter association' },
    kinds: ['meeting', 'correspondence'],
    participation: 'attendance',
    quorum: null,
    pass: { share: fraction(4, 5), base: 'eligible' },
  },
  {
    ...sharedDefaults,
    id: 'national_2022',
    name: { zh: '国家标准审查会（2022）', en: 'National standard review meeting (2022)' },
    kinds: ['meeting'],
    participation: 'attendance',
    quorum: null,
    pass: { share: fraction(3, 4), base: 'participating' },
    organisationShareLimit: fraction(1, 4),
  },
  {
    ...sharedDefaults,
    id: 'correspondence_national',
    name: { zh: '函审（国家标准）', en: 'Correspondence ballot (national)' },
    kinds: ['correspondence'],
    participation: 'returned_ballots',
    quorum: fraction(2, 3),
    pass: { share: fraction(3, 4), base: 'participating' },
    ballotsChangeableBeforeClose: true,
    organisationShareLimit: fraction(1, 4),
  },
  {
    ...sharedDefaults,
    id: 'iso_dis',
    name: { zh: 'ISO DIS/FDIS', en: 'ISO DIS/FDIS' },
    kinds: ['correspondence', 'meeting'],
    participation: 'returned_ballots',
    quorum: null,
    pass: { share: fraction(2, 3), base: 'cast' },
    negativeCap: { share: fraction(1, 4), base: 'cast' },
    negativeWithoutReasonCounted: false,
    ballotsChangeableBeforeClose: true,
  },
  {
    ...sharedDefaults,
    id: 'ieee',
    name: { zh: 'IEEE SA 投票', en: 'IEEE SA ballot' },
    kinds: ['correspondence'],
    participation: 'returned_ballots',
    quorum: fraction(3, 4),
    pass: { share: fraction(3, 4), base: 'cast' },
    abstentionLimit: { share: fraction(3, 10), base: 'participating' },
    ballotsChangeableBeforeClose: true,
  },
  {
    ...sharedDefaults,
    id: 'oasis_special',
    name: { zh: 'OASIS 特别多数', en: 'OASIS special majority' },
    kinds: ['meeting', 'correspondence'],
    participation: 'returned_ballots',
    quorum: null,
    pass: { share: fraction(2, 3), base: 'eligible' },
    negativeCap: { share: fraction(1, 4), base: 'eligible' },
  },
];

export function findPresetRuleSet(id: string): ReviewRuleSet | undefined {
  return presetRuleSets.find((ruleSet) => ruleSet.id === id);
}
