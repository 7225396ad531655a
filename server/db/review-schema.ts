import { sql } from 'drizzle-orm';
import { blob, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { standards, standardVersions, users } from './schema';

/** Custom rule sets a site administrator defined; `definition` holds the parameters (shared/api/reviews.ts). */
export const reviewRuleSets = sqliteTable('review_rule_sets', {
  id: text('id').primaryKey(),
  definition: text('definition', { mode: 'json' }).notNull(),
  createdBy: text('created_by')
    .notNull()
    .references(() => users.id),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
});

/** Site-wide settings a site administrator changes, such as the default rule set. */
export const siteSettings = sqliteTable('site_settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  updatedBy: text('updated_by')
    .notNull()
    .references(() => users.id),
  updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
});

/** A technical review of a 送审稿: a meeting or a correspondence ballot, under a rule set copied at creation. */
export const reviews = sqliteTable(
  'reviews',
  {
    id: text('id').primaryKey(),
    standardId: text('standard_id')
      .notNull()
      .references(() => standards.id),
    versionId: text('version_id')
      .notNull()
      .references(() => standardVersions.id),
    kind: text('kind', { enum: ['meeting', 'correspondence'] }).notNull(),
    title: text('title').notNull(),
    ruleSetId: text('rule_set_id').notNull(),
    ruleSet: text('rule_set', { mode: 'json' }).notNull(),
    startsAt: integer('starts_at', { mode: 'timestamp_ms' }),
    mode: text('mode', { enum: ['in_person', 'online', 'hybrid'] }),
    location: text('location'),
    onlineLink: text('online_link'),
    opensAt: integer('opens_at', { mode: 'timestamp_ms' }),
    closesAt: integer('closes_at', { mode: 'timestamp_ms' }),
    draftingOrganisations: text('drafting_organisations', { mode: 'json' }).notNull(),
    versionHash: text('version_hash').notNull(),
    materialsPublishedAt: integer('materials_published_at', { mode: 'timestamp_ms' }),
    materialsCheckpointHash: text('materials_checkpoint_hash'),
    createdBy: text('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [index('reviews_standard_index').on(table.standardId, table.createdAt)],
);

/** The panel (审查专家组) as the secretariat named it; replaced as a whole until voting opens. */
export const reviewPanelMembers = sqliteTable(
  'review_panel_members',
  {
    reviewId: text('review_id')
      .notNull()
      .references(() => reviews.id),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    organisation: text('organisation').notNull(),
    title: text('title'),
    position: text('position', { enum: ['chair', 'vice_chair', 'member'] }).notNull(),
    ordinal: integer('ordinal').notNull(),
  },
  (table) => [primaryKey({ columns: [table.reviewId, table.userId] }), index('review_panel_members_user_index').on(table.userId)],
);

/** Roll call and check-ins; the latest entry of a member is their presence. Append-only. */
export const reviewAttendance = sqliteTable(
  'review_attendance',
  {
    id: text('id').primaryKey(),
    reviewId: text('review_id')
      .notNull()
      .references(() => reviews.id),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    present: integer('present', { mode: 'boolean' }).notNull(),
    recordedBy: text('recorded_by')
      .notNull()
      .references(() => users.id),
    recordedAt: integer('recorded_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [index('review_attendance_review_index').on(table.reviewId, table.recordedAt)],
);

/** A question put to the panel; `roster` and `ruleSet` are frozen when it opens, `tally` when it closes. */
export const reviewMotions = sqliteTable(
  'review_motions',
  {
    id: text('id').primaryKey(),
    reviewId: text('review_id')
      .notNull()
      .references(() => reviews.id),
    kind: text('kind', { enum: ['approve_draft', 'other'] }).notNull(),
    title: text('title').notNull(),
    state: text('state', { enum: ['created', 'open', 'closed'] }).notNull(),
    roster: text('roster', { mode: 'json' }),
    ruleSet: text('rule_set', { mode: 'json' }),
    openedBy: text('opened_by').references(() => users.id),
    openedAt: integer('opened_at', { mode: 'timestamp_ms' }),
    /** Null when the server closed it at the close time. */
    closedBy: text('closed_by').references(() => users.id),
    closedAt: integer('closed_at', { mode: 'timestamp_ms' }),
    tally: text('tally', { mode: 'json' }),
    outcome: text('outcome', { enum: ['passed', 'failed', 'no_quorum'] }),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [index('review_motions_review_index').on(table.reviewId, table.createdAt)],
);

/** Every ballot and every change of one (supersedesId); the latest of a voter counts. Append-only. */
export const reviewBallots = sqliteTable(
  'review_ballots',
  {
    id: text('id').primaryKey(),
    motionId: text('motion_id')
      .notNull()
      .references(() => reviewMotions.id),
    voterId: text('voter_id')
      .notNull()
      .references(() => users.id),
    vote: text('vote', { enum: ['yes', 'no', 'abstain'] }).notNull(),
    reason: text('reason'),
    /** The secretariat, when it entered a paper ballot; null when the voter cast it. */
    enteredBy: text('entered_by').references(() => users.id),
    supersedesId: text('supersedes_id'),
    castAt: integer('cast_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [
    index('review_ballots_motion_index').on(table.motionId, table.castAt),
    // One first ballot per voter and motion, and each ballot replaced at most once: a double vote race leaves one.
    uniqueIndex('review_ballots_first_index').on(table.motionId, table.voterId).where(sql`supersedes_id IS NULL`),
    uniqueIndex('review_ballots_supersedes_index').on(table.supersedesId),
  ],
);

/** Review opinions (审查意见) the chair writes; the working group answers each like a comment. */
export const reviewOpinions = sqliteTable(
  'review_opinions',
  {
    id: text('id').primaryKey(),
    reviewId: text('review_id')
      .notNull()
      .references(() => reviews.id),
    text: text('text').notNull(),
    writtenBy: text('written_by')
      .notNull()
      .references(() => users.id),
    writtenAt: integer('written_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [index('review_opinions_review_index').on(table.reviewId, table.writtenAt)],
);

/** The working group's answer to an opinion; a later answer supersedes. Append-only. */
export const reviewOpinionResponses = sqliteTable(
  'review_opinion_responses',
  {
    id: text('id').primaryKey(),
    opinionId: text('opinion_id')
      .notNull()
      .references(() => reviewOpinions.id),
    decision: text('decision', { enum: ['accepted', 'not_accepted'] }).notNull(),
    reason: text('reason'),
    respondedBy: text('responded_by')
      .notNull()
      .references(() => users.id),
    respondedAt: integer('responded_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [index('review_opinion_responses_opinion_index').on(table.opinionId, table.respondedAt)],
);

/** Files the secretariat adds to the review materials. */
export const reviewAttachments = sqliteTable(
  'review_attachments',
  {
    id: text('id').primaryKey(),
    reviewId: text('review_id')
      .notNull()
      .references(() => reviews.id),
    filename: text('filename').notNull(),
    contentType: text('content_type').notNull(),
    content: blob('content', { mode: 'buffer' }).notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    uploadedBy: text('uploaded_by')
      .notNull()
      .references(() => users.id),
    uploadedAt: integer('uploaded_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [index('review_attachments_review_index').on(table.reviewId, table.uploadedAt)],
);
