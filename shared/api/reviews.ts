import { z } from 'zod';
import { ineligibilityReasons, panelPositions } from '../domain/review/eligibility';
import { reviewKinds } from '../domain/review/rule-sets';
import { votes } from '../domain/review/tally';

const identifier = z.string().min(1).max(64);
const isoTime = z.iso.datetime({ offset: true });
const words = z.object({ zh: z.string(), en: z.string() });

export const reviewIdParametersSchema = z.object({ id: identifier });
export const attachmentParametersSchema = z.object({ id: identifier, attachmentId: identifier });

export const fractionSchema = z
  .object({ numerator: z.number().int().min(0).max(1000), denominator: z.number().int().min(1).max(1000) })
  .refine((value) => value.numerator <= value.denominator, 'a share of at most 1')
  .meta({ id: 'Fraction' });

const thresholdSchema = z.object({ share: fractionSchema, base: z.enum(['participating', 'cast', 'eligible']) });

/** The parameters of a rule set, as a site administrator defines a custom one (domain §5). */
export const ruleSetParametersSchema = z.object({
  name: z.object({ zh: z.string().trim().min(1).max(80), en: z.string().trim().min(1).max(80) }),
  kinds: z.array(z.enum(reviewKinds)).min(1).max(2),
  participation: z.enum(['attendance', 'returned_ballots']),
  quorum: fractionSchema.nullable(),
  pass: thresholdSchema,
  negativeCap: thresholdSchema.nullable(),
  abstentionLimit: thresholdSchema.nullable(),
  negativeNeedsReason: z.boolean(),
  negativeWithoutReasonCounted: z.boolean(),
  ballotsChangeableBeforeClose: z.boolean(),
  noticePeriodDays: z.number().int().min(0).max(90),
  secretariatMayVote: z.boolean(),
  excludeDraftingOrganisations: z.boolean(),
  organisationShareLimit: fractionSchema.nullable(),
});

export const createRuleSetRequestSchema = ruleSetParametersSchema
  .extend({ id: z.string().regex(/^[a-z][a-z0-9_]{2,40}$/, 'lowercase letters, digits and _, 3 to 41 characters, starting with a letter') })
  .meta({ id: 'CreateRuleSetRequest' });

export const ruleSetSchema = ruleSetParametersSchema.extend({ id: z.string(), preset: z.boolean() }).meta({ id: 'RuleSet' });

export const ruleSetListResponseSchema = z.object({ ruleSets: z.array(ruleSetSchema), defaultRuleSetId: z.string() }).meta({ id: 'RuleSetList' });

export const defaultRuleSetRequestSchema = z.object({ ruleSetId: identifier }).meta({ id: 'DefaultRuleSetRequest' });

export const meetingModes = ['in_person', 'online', 'hybrid'] as const;

export const createReviewRequestSchema = z
  .object({
    kind: z.enum(reviewKinds),
    /** The 送审稿: a frozen version of this standard. */
    versionId: identifier,
    /** The site's default rule set when omitted. */
    ruleSetId: identifier.optional(),
    title: z.string().trim().min(1).max(160).optional(),
    /** Meetings: when and where. */
    startsAt: isoTime.optional(),
    mode: z.enum(meetingModes).optional(),
    location: z.string().trim().max(200).optional(),
    onlineLink: z.url({ protocol: /^https?$/ }).max(500).optional(),
    /** Correspondence ballots: when the ballot opens and when the server closes it. */
    opensAt: isoTime.optional(),
    closesAt: isoTime.optional(),
    /** Organisations that draft the standard, for rule sets that exclude them. */
    draftingOrganisations: z.array(z.string().trim().min(1).max(160)).max(50).optional(),
  })
  .meta({ id: 'CreateReviewRequest' });

export type CreateReviewRequest = z.infer<typeof createReviewRequestSchema>;

export const setPanelRequestSchema = z
  .object({
    members: z
      .array(
        z.object({
          username: z.string().trim().min(1).max(64),
          organisation: z.string().trim().min(1).max(160),
          position: z.enum(panelPositions),
          title: z.string().trim().max(80).optional(),
        }),
      )
      .max(200),
  })
  .meta({ id: 'SetPanelRequest' });

export type SetPanelRequest = z.infer<typeof setPanelRequestSchema>;

export const attendanceRequestSchema = z.object({ username: z.string().trim().min(1).max(64), present: z.boolean() }).meta({ id: 'AttendanceRequest' });

export const addMotionRequestSchema = z.object({ title: z.string().trim().min(1).max(300) }).meta({ id: 'AddMotionRequest' });

export const ballotRequestSchema = z
  .object({
    vote: z.enum(votes),
    reason: z.string().trim().max(2000).optional(),
    /** A paper ballot of a present member, entered by the secretariat. */
    onBehalfOf: z.string().trim().min(1).max(64).optional(),
  })
  .meta({ id: 'BallotRequest' });

export type BallotRequest = z.infer<typeof ballotRequestSchema>;

export const opinionRequestSchema = z.object({ text: z.string().trim().min(1).max(4000) }).meta({ id: 'ReviewOpinionRequest' });

export const opinionResponseRequestSchema = z
  .object({ decision: z.enum(['accepted', 'not_accepted']), reason: z.string().trim().max(2000).optional() })
  .meta({ id: 'ReviewOpinionResponseRequest' });

export const minutesQuerySchema = z.object({ format: z.enum(['docx', 'html']) });

export const attachmentQuerySchema = z.object({ filename: z.string().trim().min(1).max(160) });

const personSchema = z.object({ id: z.string(), displayName: z.string() });

export const panelMemberSchema = z
  .object({
    userId: z.string(),
    username: z.string(),
    displayName: z.string(),
    organisation: z.string(),
    title: z.string().nullable(),
    position: z.enum(panelPositions),
    eligible: z.boolean(),
    reason: z.enum(ineligibilityReasons).nullable(),
    reasonText: words.nullable(),
    present: z.boolean(),
  })
  .meta({ id: 'PanelMember' });

export const tallySchema = z
  .object({
    eligible: z.number(),
    participating: z.number(),
    yes: z.number(),
    no: z.number(),
    noNotCounted: z.number(),
    abstain: z.number(),
    notVoted: z.number(),
    quorumNeeded: z.number().nullable(),
    yesNeeded: z.number(),
    noAllowed: z.number().nullable(),
    abstainAllowed: z.number().nullable(),
    outcome: z.enum(['passed', 'failed', 'no_quorum']),
  })
  .meta({ id: 'Tally' });

export const rollCallEntrySchema = z.object({
  userId: z.string(),
  displayName: z.string(),
  organisation: z.string(),
  eligible: z.boolean(),
  reason: z.enum(ineligibilityReasons).nullable(),
  present: z.boolean(),
  vote: z.enum(votes).nullable(),
  voteReason: z.string().nullable(),
  /** Entered by the secretariat from a paper ballot. */
  enteredFromPaper: z.boolean(),
  changes: z.number(),
});

export const motionSchema = z
  .object({
    id: z.string(),
    reviewId: z.string(),
    kind: z.enum(['approve_draft', 'other']),
    title: z.string(),
    state: z.enum(['created', 'open', 'closed']),
    openedAt: z.string().nullable(),
    closedAt: z.string().nullable(),
    /** When a correspondence ballot closes by itself. */
    closesAt: z.string().nullable(),
    /** Who has voted (not how), while the motion is open and after. */
    votedUserIds: z.array(z.string()),
    eligibleCount: z.number(),
    myBallot: z.object({ vote: z.enum(votes), reason: z.string().nullable(), castAt: z.string() }).nullable(),
    /** The frozen tally after the close; null while open (the page counts who has voted, not how). */
    tally: tallySchema.nullable(),
    outcome: z.enum(['passed', 'failed', 'no_quorum']).nullable(),
    description: words.nullable(),
    /** After the close: every roster member with their vote. */
    rollCall: z.array(rollCallEntrySchema),
  })
  .meta({ id: 'Motion' });

export const ballotSchema = z
  .object({
    id: z.string(),
    motionId: z.string(),
    vote: z.enum(votes),
    reason: z.string().nullable(),
    castAt: z.string(),
    supersedesId: z.string().nullable(),
    enteredBy: personSchema.nullable(),
  })
  .meta({ id: 'Ballot' });

export const opinionSchema = z
  .object({
    id: z.string(),
    text: z.string(),
    writtenBy: personSchema,
    writtenAt: z.string(),
    response: z.object({ decision: z.enum(['accepted', 'not_accepted']), reason: z.string().nullable(), respondedBy: personSchema, respondedAt: z.string() }).nullable(),
  })
  .meta({ id: 'ReviewOpinion' });

export const attachmentSchema = z
  .object({ id: z.string(), filename: z.string(), contentType: z.string(), bytes: z.number(), sha256: z.string(), uploadedAt: z.string() })
  .meta({ id: 'ReviewAttachment' });

export const reviewSummarySchema = z
  .object({
    id: z.string(),
    standardId: z.string(),
    standardTitle: z.string(),
    kind: z.enum(reviewKinds),
    title: z.string(),
    version: z.object({ id: z.string(), name: z.string() }),
    ruleSetId: z.string(),
    startsAt: z.string().nullable(),
    opensAt: z.string().nullable(),
    closesAt: z.string().nullable(),
    outcome: z.enum(['passed', 'failed', 'no_quorum']).nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'ReviewSummary' });

export const reviewSchema = reviewSummarySchema
  .extend({
    ruleSet: ruleSetSchema,
    mode: z.enum(meetingModes).nullable(),
    location: z.string().nullable(),
    onlineLink: z.string().nullable(),
    draftingOrganisations: z.array(z.string()),
    materials: z.object({
      publishedAt: z.string().nullable(),
      /** SHA-256 of the frozen 送审稿 state. */
      versionHash: z.string(),
      /** The record log's latest checkpoint when the materials were published: the comment table's proof. */
      checkpointHash: z.string().nullable(),
      /** Published later than the rule set's notice period before the meeting. */
      noticeTooShort: z.boolean(),
      attachments: z.array(attachmentSchema),
    }),
    panel: z.array(panelMemberSchema),
    motions: z.array(motionSchema),
    opinions: z.array(opinionSchema),
    createdBy: personSchema,
    /** What the asker may do here. */
    myAccess: z.object({ manage: z.boolean(), chair: z.boolean(), panelMember: z.boolean(), eligible: z.boolean(), answerOpinions: z.boolean() }),
  })
  .meta({ id: 'Review' });

export type Review = z.infer<typeof reviewSchema>;
export type Motion = z.infer<typeof motionSchema>;
export type PanelMember = z.infer<typeof panelMemberSchema>;

export const reviewListResponseSchema = z.object({ reviews: z.array(reviewSummarySchema) }).meta({ id: 'ReviewList' });

/** Files attached to the review materials (编制说明, test data) may be at most this large. */
export const maximumReviewAttachmentBytes = 10 * 1024 * 1024;

/** What may be attached to the review materials. */
export const reviewAttachmentContentTypes = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'image/png',
  'image/jpeg',
] as const;
