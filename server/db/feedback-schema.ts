import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { complaintStatuses, complaintStepStatuses, complaintSubjects } from '../../shared/domain/complaint-progress';
import { feedbackCategories } from '../../shared/domain/feedback-categories';
import { publications } from './publication-schema';
import { standards, users } from './schema';

/**
 * Implementation feedback (标准实施信息反馈) on a published edition, optionally anchored to one clause of its frozen
 * version. `contact` is private: only the sender and the secretariat of the standard see it, never the record log.
 * The answer is given once and is final; the trigger in the migration refuses to change it.
 */
export const implementationFeedback = sqliteTable(
  'implementation_feedback',
  {
    id: text('id').primaryKey(),
    standardId: text('standard_id')
      .notNull()
      .references(() => standards.id),
    publicationId: text('publication_id')
      .notNull()
      .references(() => publications.id),
    clauseId: text('clause_id'),
    /** The clause's number and title as the edition prints them, kept so the list reads without the document. */
    clauseLabel: text('clause_label'),
    quotedText: text('quoted_text'),
    category: text('category', { enum: feedbackCategories }).notNull(),
    text: text('text').notNull(),
    organisation: text('organisation'),
    contact: text('contact'),
    submittedBy: text('submitted_by')
      .notNull()
      .references(() => users.id),
    submittedAt: integer('submitted_at', { mode: 'timestamp_ms' }).notNull(),
    answer: text('answer'),
    answeredBy: text('answered_by').references(() => users.id),
    answeredAt: integer('answered_at', { mode: 'timestamp_ms' }),
  },
  (table) => [
    index('implementation_feedback_standard_index').on(table.standardId, table.submittedAt),
    index('implementation_feedback_sender_index').on(table.submittedBy, table.submittedAt),
  ],
);

/**
 * A complaint (投诉) about a published edition or the process that made it. The case number is allocated per body and
 * year without gaps; `answerDueOn` is a calendar date in the body's time zone. `contact` is private like feedback's.
 */
export const complaints = sqliteTable(
  'complaints',
  {
    id: text('id').primaryKey(),
    standardId: text('standard_id')
      .notNull()
      .references(() => standards.id),
    publicationId: text('publication_id')
      .notNull()
      .references(() => publications.id),
    bodyCode: text('body_code').notNull(),
    caseYear: integer('case_year').notNull(),
    caseSequence: integer('case_sequence').notNull(),
    caseNumber: text('case_number').notNull(),
    about: text('about', { enum: complaintSubjects }).notNull(),
    text: text('text').notNull(),
    contact: text('contact'),
    lodgedBy: text('lodged_by')
      .notNull()
      .references(() => users.id),
    receivedAt: integer('received_at', { mode: 'timestamp_ms' }).notNull(),
    receivedOn: text('received_on').notNull(),
    answerDueOn: text('answer_due_on').notNull(),
    status: text('status', { enum: complaintStatuses }).notNull(),
  },
  (table) => [
    uniqueIndex('complaints_case_index').on(table.bodyCode, table.caseYear, table.caseSequence),
    uniqueIndex('complaints_case_number_index').on(table.caseNumber),
    index('complaints_standard_index').on(table.standardId, table.receivedAt),
    index('complaints_complainant_index').on(table.lodgedBy, table.receivedAt),
  ],
);

/** Each step the secretariat takes on a complaint, with who took it; append-only. */
export const complaintSteps = sqliteTable(
  'complaint_steps',
  {
    id: text('id').primaryKey(),
    complaintId: text('complaint_id')
      .notNull()
      .references(() => complaints.id),
    status: text('status', { enum: complaintStepStatuses }).notNull(),
    answer: text('answer'),
    note: text('note'),
    takenBy: text('taken_by')
      .notNull()
      .references(() => users.id),
    takenAt: integer('taken_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [index('complaint_steps_complaint_index').on(table.complaintId, table.takenAt)],
);
