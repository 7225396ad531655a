import { sql } from 'drizzle-orm';
import { blob, index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const users = sqliteTable('users', {
  id: text('id').primaryKey(),
  username: text('username').notNull().unique(),
  displayName: text('display_name').notNull(),
  passwordHash: text('password_hash').notNull(),
  isSiteAdministrator: integer('is_site_administrator', { mode: 'boolean' }).notNull().default(false),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
});

export const sessions = sqliteTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    secretHash: blob('secret_hash', { mode: 'buffer' }).notNull(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    lastActiveAt: integer('last_active_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [index('sessions_user_id_index').on(table.userId)],
);

export const standards = sqliteTable('standards', {
  id: text('id').primaryKey(),
  title: text('title').notNull(),
  titleEn: text('title_en'),
  bodyCode: text('body_code'),
  sequenceNumber: text('sequence_number'),
  stage: text('stage').notNull(),
  createdBy: text('created_by')
    .notNull()
    .references(() => users.id),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
});

export const standardMembers = sqliteTable(
  'standard_members',
  {
    standardId: text('standard_id')
      .notNull()
      .references(() => standards.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    role: text('role').notNull(),
    addedBy: text('added_by')
      .notNull()
      .references(() => users.id),
    addedAt: integer('added_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.standardId, table.userId] }), index('standard_members_user_id_index').on(table.userId)],
);

export const collaborationTickets = sqliteTable('collaboration_tickets', {
  tokenHash: blob('token_hash', { mode: 'buffer' }).primaryKey(),
  userId: text('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  standardId: text('standard_id')
    .notNull()
    .references(() => standards.id, { onDelete: 'cascade' }),
  /** Which of the standard's live documents the ticket opens ('draft' or 'explanatoryStatement'). */
  documentKind: text('document_kind', { enum: ['draft', 'explanatoryStatement'] }).notNull().default('draft'),
  expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
});

export const documentSnapshots = sqliteTable('document_snapshots', {
  documentName: text('document_name').primaryKey(),
  state: blob('state', { mode: 'buffer' }).notNull(),
  updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
});

export const documentUpdates = sqliteTable(
  'document_updates',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    documentName: text('document_name').notNull(),
    update: blob('update', { mode: 'buffer' }).notNull(),
    userId: text('user_id'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' })
      .notNull()
      .default(sql`(unixepoch('subsec') * 1000)`),
  },
  (table) => [index('document_updates_document_name_index').on(table.documentName, table.id)],
);

export const images = sqliteTable(
  'images',
  {
    id: text('id').primaryKey(),
    standardId: text('standard_id')
      .notNull()
      .references(() => standards.id, { onDelete: 'cascade' }),
    contentType: text('content_type').notNull(),
    bytes: blob('bytes', { mode: 'buffer' }).notNull(),
    uploadedBy: text('uploaded_by')
      .notNull()
      .references(() => users.id),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [index('images_standard_id_index').on(table.standardId)],
);

/** Frozen versions; the database refuses to update or delete them (see the triggers migration). */
export const standardVersions = sqliteTable(
  'standard_versions',
  {
    id: text('id').primaryKey(),
    standardId: text('standard_id')
      .notNull()
      .references(() => standards.id),
    name: text('name').notNull(),
    stage: text('stage').notNull(),
    reason: text('reason').notNull(),
    state: blob('state', { mode: 'buffer' }).notNull(),
    metadata: text('metadata', { mode: 'json' }).notNull(),
    createdBy: text('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [index('standard_versions_standard_id_index').on(table.standardId, table.createdAt)],
);

export const stageMoves = sqliteTable(
  'stage_moves',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    standardId: text('standard_id')
      .notNull()
      .references(() => standards.id),
    fromStage: text('from_stage').notNull(),
    toStage: text('to_stage').notNull(),
    note: text('note'),
    movedBy: text('moved_by')
      .notNull()
      .references(() => users.id),
    movedAt: integer('moved_at', { mode: 'timestamp_ms' }).notNull(),
    versionId: text('version_id')
      .notNull()
      .references(() => standardVersions.id),
  },
  (table) => [index('stage_moves_standard_id_index').on(table.standardId, table.id)],
);

/** A member's role changed (both roles) or the member removed (newRole null), beside the stage moves in the history. */
export const memberChanges = sqliteTable(
  'member_changes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    standardId: text('standard_id')
      .notNull()
      .references(() => standards.id),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    previousRole: text('previous_role'),
    newRole: text('new_role'),
    changedBy: text('changed_by')
      .notNull()
      .references(() => users.id),
    changedAt: integer('changed_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [index('member_changes_standard_id_index').on(table.standardId, table.id)],
);

/** Who edited which clause and when, attributed to the authenticated connection. */
export const clauseEdits = sqliteTable(
  'clause_edits',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    documentName: text('document_name').notNull(),
    clauseId: text('clause_id').notNull(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    editedAt: integer('edited_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [index('clause_edits_clause_index').on(table.documentName, table.clauseId, table.id)],
);

/** Who a commenter is, as they registered: name and organisation are shown with comments, contact details never. */
export const stakeholderProfiles = sqliteTable('stakeholder_profiles', {
  userId: text('user_id')
    .primaryKey()
    .references(() => users.id),
  fullName: text('full_name').notNull(),
  organisation: text('organisation').notNull(),
  email: text('email').notNull(),
  phone: text('phone'),
  updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
});

export const commentPeriods = sqliteTable(
  'comment_periods',
  {
    id: text('id').primaryKey(),
    standardId: text('standard_id')
      .notNull()
      .references(() => standards.id),
    versionId: text('version_id')
      .notNull()
      .references(() => standardVersions.id),
    startsAt: integer('starts_at', { mode: 'timestamp_ms' }).notNull(),
    endsAt: integer('ends_at', { mode: 'timestamp_ms' }).notNull(),
    createdBy: text('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [index('comment_periods_standard_id_index').on(table.standardId, table.createdAt)],
);

export const commentPeriodExtensions = sqliteTable('comment_period_extensions', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  periodId: text('period_id')
    .notNull()
    .references(() => commentPeriods.id),
  previousEndsAt: integer('previous_ends_at', { mode: 'timestamp_ms' }).notNull(),
  newEndsAt: integer('new_ends_at', { mode: 'timestamp_ms' }).notNull(),
  reason: text('reason').notNull(),
  extendedBy: text('extended_by')
    .notNull()
    .references(() => users.id),
  extendedAt: integer('extended_at', { mode: 'timestamp_ms' }).notNull(),
});

/** A period the secretariat ended before its end date: why, when it would have ended, who ended it and when. */
export const commentPeriodClosures = sqliteTable('comment_period_closures', {
  periodId: text('period_id')
    .primaryKey()
    .references(() => commentPeriods.id),
  reason: text('reason').notNull(),
  scheduledEndsAt: integer('scheduled_ends_at', { mode: 'timestamp_ms' }).notNull(),
  closedBy: text('closed_by')
    .notNull()
    .references(() => users.id),
  closedAt: integer('closed_at', { mode: 'timestamp_ms' }).notNull(),
});

export const comments = sqliteTable(
  'comments',
  {
    id: text('id').primaryKey(),
    periodId: text('period_id')
      .notNull()
      .references(() => commentPeriods.id),
    standardId: text('standard_id')
      .notNull()
      .references(() => standards.id),
    authorId: text('author_id')
      .notNull()
      .references(() => users.id),
    clauseId: text('clause_id').notNull(),
    type: text('type').notNull(),
    comment: text('comment').notNull(),
    proposedChange: text('proposed_change'),
    reason: text('reason'),
    elementReference: text('element_reference'),
    anchor: text('anchor', { mode: 'json' }),
    status: text('status').notNull(),
    assigneeId: text('assignee_id').references(() => users.id),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [index('comments_standard_id_index').on(table.standardId, table.createdAt), index('comments_period_author_index').on(table.periodId, table.authorId)],
);

/** Replies in a comment's thread: internal notes for the working group, or public replies the commenter sees. */
export const commentReplies = sqliteTable(
  'comment_replies',
  {
    id: text('id').primaryKey(),
    commentId: text('comment_id')
      .notNull()
      .references(() => comments.id),
    authorId: text('author_id')
      .notNull()
      .references(() => users.id),
    body: text('body').notNull(),
    visibility: text('visibility').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [index('comment_replies_comment_id_index').on(table.commentId, table.createdAt)],
);

/** Whom the secretariat asked to comment; matched to commenters by e-mail to see who answered. */
export const commentPeriodInvitations = sqliteTable(
  'comment_period_invitations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    periodId: text('period_id')
      .notNull()
      .references(() => commentPeriods.id),
    organisation: text('organisation').notNull(),
    contactName: text('contact_name'),
    email: text('email').notNull(),
    invitedAt: integer('invited_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [index('comment_period_invitations_period_index').on(table.periodId)],
);

/** A decision on a comment. Append-only: a changed decision is a new row that supersedes the previous one. */
export const commentDispositions = sqliteTable(
  'comment_dispositions',
  {
    id: text('id').primaryKey(),
    commentId: text('comment_id')
      .notNull()
      .references(() => comments.id),
    decision: text('decision').notNull(),
    reason: text('reason'),
    changeClauseId: text('change_clause_id'),
    changeFromVersionId: text('change_from_version_id').references(() => standardVersions.id),
    changeToVersionId: text('change_to_version_id').references(() => standardVersions.id),
    supersedesId: text('supersedes_id'),
    decidedBy: text('decided_by')
      .notNull()
      .references(() => users.id),
    decidedAt: integer('decided_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [index('comment_dispositions_comment_index').on(table.commentId, table.decidedAt)],
);

/** The commenter's answer to a disposition: satisfied or not, with a note. Append-only. */
export const commentReactions = sqliteTable(
  'comment_reactions',
  {
    id: text('id').primaryKey(),
    commentId: text('comment_id')
      .notNull()
      .references(() => comments.id),
    dispositionId: text('disposition_id')
      .notNull()
      .references(() => commentDispositions.id),
    satisfied: integer('satisfied', { mode: 'boolean' }).notNull(),
    note: text('note'),
    authorId: text('author_id')
      .notNull()
      .references(() => users.id),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [index('comment_reactions_comment_index').on(table.commentId, table.createdAt)],
);

/**
 * The tamper-evident record log (server/ledger/). `canonical` is the record's RFC 8785 text, kept byte for byte; the
 * other columns repeat parts of it for queries, and verification checks that they agree. Append-only (triggers).
 */
export const ledgerRecords = sqliteTable(
  'ledger_records',
  {
    sequence: integer('sequence').primaryKey(),
    kind: text('kind').notNull(),
    standardId: text('standard_id').notNull(),
    subjectId: text('subject_id').notNull(),
    actorUserId: text('actor_user_id'),
    canonical: text('canonical').notNull(),
    hash: text('hash').notNull(),
  },
  (table) => [index('ledger_records_standard_index').on(table.standardId, table.sequence), index('ledger_records_subject_index').on(table.subjectId, table.sequence)],
);

/**
 * Signed RFC 6962 roots over the first `treeSize` records. `newLeafHashes` holds the leaf hashes of records
 * previousTreeSize+1..treeSize, `frontier` the roots of the tree's perfect subtrees; both are vouched for by the signed
 * root, so verification can name the exact record that changed after signing. Append-only (triggers).
 */
export const ledgerCheckpoints = sqliteTable('ledger_checkpoints', {
  treeSize: integer('tree_size').primaryKey(),
  previousTreeSize: integer('previous_tree_size').notNull(),
  rootHash: text('root_hash').notNull(),
  timestamp: text('timestamp').notNull(),
  publicKey: text('public_key').notNull(),
  signature: text('signature').notNull(),
  checkpointHash: text('checkpoint_hash').notNull().unique(),
  /** Null for checkpoints signed before they committed to each standard's head (format v1). */
  standardHeadsRoot: text('standard_heads_root'),
  standardCount: integer('standard_count'),
  newLeafHashes: blob('new_leaf_hashes', { mode: 'buffer' }).notNull(),
  frontier: blob('frontier', { mode: 'buffer' }).notNull(),
});
