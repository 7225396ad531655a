import { blob, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { standards, standardVersions, users } from './schema';

/**
 * The sequence numbers a body has handed out. A sequence number belongs to one standard for good: its editions
 * (revisions) keep it with a new year, and no other standard of the body may take it, even after withdrawal.
 */
export const standardSequenceNumbers = sqliteTable(
  'standard_sequence_numbers',
  {
    bodyCode: text('body_code').notNull(),
    sequenceNumber: text('sequence_number').notNull(),
    standardId: text('standard_id')
      .notNull()
      .references(() => standards.id),
    firstAssignedAt: integer('first_assigned_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.bodyCode, table.sequenceNumber] })],
);

/**
 * One edition of a standard, `T/<bodyCode> <sequenceNumber>—<year>`: the number is assigned in 批准 (and may be
 * changed there); publishing fills in the version, the dates and the published files, after which the row only
 * changes when the edition is replaced or withdrawn.
 */
export const publications = sqliteTable(
  'publications',
  {
    id: text('id').primaryKey(),
    standardId: text('standard_id')
      .notNull()
      .references(() => standards.id),
    bodyCode: text('body_code').notNull(),
    sequenceNumber: text('sequence_number').notNull(),
    year: integer('year').notNull(),
    /** The edition this one replaces ("代替 T/XXX nnn—yyyy"), the previous edition of the same standard. */
    replacesPublicationId: text('replaces_publication_id'),
    assignedBy: text('assigned_by')
      .notNull()
      .references(() => users.id),
    assignedAt: integer('assigned_at', { mode: 'timestamp_ms' }).notNull(),
    versionId: text('version_id').references(() => standardVersions.id),
    /** Calendar dates in the body's time zone, YYYY-MM-DD. */
    publishedOn: text('published_on'),
    implementedOn: text('implemented_on'),
    publishedBy: text('published_by').references(() => users.id),
    publishedAt: integer('published_at', { mode: 'timestamp_ms' }),
    docx: blob('docx', { mode: 'buffer' }),
    docxSha256: text('docx_sha256'),
    pdf: blob('pdf', { mode: 'buffer' }),
    pdfSha256: text('pdf_sha256'),
    /** What the body chose to make public about how the edition was made: 'comment_table', 'review_minutes', 'explanatory_statement'. */
    publishedProcessDocuments: text('published_process_documents', { mode: 'json' }).$type<string[]>().notNull().default([]),
    /** The date the periodic review (复审) is due, YYYY-MM-DD; moved on when a review confirms the standard. */
    reviewDueOn: text('review_due_on'),
    withdrawnOn: text('withdrawn_on'),
    withdrawnAt: integer('withdrawn_at', { mode: 'timestamp_ms' }),
  },
  (table) => [
    uniqueIndex('publications_number_index').on(table.bodyCode, table.sequenceNumber, table.year),
    index('publications_standard_index').on(table.standardId, table.assignedAt),
  ],
);

/** A periodic review (复审) of a published edition and its conclusion. */
export const periodicReviews = sqliteTable(
  'periodic_reviews',
  {
    id: text('id').primaryKey(),
    standardId: text('standard_id')
      .notNull()
      .references(() => standards.id),
    publicationId: text('publication_id')
      .notNull()
      .references(() => publications.id),
    startedBy: text('started_by')
      .notNull()
      .references(() => users.id),
    startedAt: integer('started_at', { mode: 'timestamp_ms' }).notNull(),
    conclusion: text('conclusion', { enum: ['continue', 'revise', 'withdraw'] }),
    conclusionNote: text('conclusion_note'),
    concludedBy: text('concluded_by').references(() => users.id),
    concludedAt: integer('concluded_at', { mode: 'timestamp_ms' }),
  },
  (table) => [index('periodic_reviews_standard_index').on(table.standardId, table.startedAt)],
);
