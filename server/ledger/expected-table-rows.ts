import { z } from 'zod';
import type { LedgerRecord } from '../../shared/api/ledger';
import { commentContentPayloadSchema, commentSubmittedPayloadSchema, dispositionRecordedPayloadSchema, reactionRecordedPayloadSchema } from '../exports/ledger-comment-payloads';

/** The tables people read whose every row is created by a record, in the order they are compared (of motions, their results). */
export const recordedTables = ['comment_periods', 'comments', 'comment_replies', 'comment_dispositions', 'comment_reactions', 'review_ballots', 'review_attendance', 'review_motion_results'] as const;
export type RecordedTable = (typeof recordedTables)[number];

export type ExpectedValue = string | number | boolean | null;

/** One row as the records that created and changed it say it must be, and the record that created it. */
export interface ExpectedRow {
  table: RecordedTable;
  id: string;
  createdBySequence: number;
  fields: Record<string, ExpectedValue>;
}

const periodOpenedSchema = z.object({ versionId: z.string(), startsAt: z.iso.datetime(), endsAt: z.iso.datetime() });
const periodExtendedSchema = z.object({ endsAt: z.iso.datetime() });
const replyPublishedSchema = z.object({ commentId: z.string(), body: z.string() });
const ballotCastSchema = z.object({ motionId: z.string(), voterId: z.string(), vote: z.string(), reason: z.string().nullable(), enteredBy: z.string().nullable(), supersedesId: z.string().nullable() });
const attendanceRecordedSchema = z.object({ reviewId: z.string(), userId: z.string(), present: z.boolean() });
const motionClosedSchema = z.object({ outcome: z.string() });
const dispositionLinksSchema = z.object({ changeFromVersionId: z.string().nullable(), changeToVersionId: z.string().nullable(), supersedesId: z.string().nullable() });

function milliseconds(isoTime: string): number {
  return new Date(isoTime).getTime();
}

/**
 * Replays records in log order into the rows of the comment tables that they created: a period with its latest end,
 * a comment with its edits applied and whether it was withdrawn, public replies, dispositions and reactions.
 */
export class ExpectedTableRows {
  private readonly byKey = new Map<string, ExpectedRow>();

  private add(table: RecordedTable, record: LedgerRecord, fields: Record<string, ExpectedValue>): void {
    this.byKey.set(`${table}\u0000${record.subjectId}`, { table, id: record.subjectId, createdBySequence: record.sequence, fields });
  }

  private change(table: RecordedTable, id: string, fields: Record<string, ExpectedValue>): void {
    const row = this.byKey.get(`${table}\u0000${id}`);
    if (row) Object.assign(row.fields, fields);
  }

  /** Applies the next record of the log (in order). */
  apply(record: LedgerRecord): void {
    const actorOf = (entry: LedgerRecord) => entry.actor?.userId ?? null;
    switch (record.kind) {
      case 'comment_period.opened': {
        const payload = periodOpenedSchema.parse(record.payload);
        this.add('comment_periods', record, { standardId: record.standardId, versionId: payload.versionId, startsAt: milliseconds(payload.startsAt), endsAt: milliseconds(payload.endsAt), createdBy: actorOf(record), createdAt: milliseconds(record.timestamp) });
        break;
      }
      case 'comment_period.extended':
        this.change('comment_periods', record.subjectId, { endsAt: milliseconds(periodExtendedSchema.parse(record.payload).endsAt) });
        break;
      case 'comment.submitted': {
        const { periodId, clauseNumber: _clauseNumber, ...content } = commentSubmittedPayloadSchema.parse(record.payload);
        this.add('comments', record, { periodId, standardId: record.standardId, authorId: actorOf(record), ...content, withdrawn: false, createdAt: milliseconds(record.timestamp) });
        break;
      }
      case 'comment.edited':
        this.change('comments', record.subjectId, { ...commentContentPayloadSchema.parse(record.payload) });
        break;
      case 'comment.withdrawn':
        this.change('comments', record.subjectId, { withdrawn: true });
        break;
      case 'reply.published': {
        const { commentId, body } = replyPublishedSchema.parse(record.payload);
        this.add('comment_replies', record, { commentId, authorId: actorOf(record), body, visibility: 'public', createdAt: milliseconds(record.timestamp) });
        break;
      }
      case 'disposition.recorded': {
        const { commentId, decision, reason, changeClauseId } = dispositionRecordedPayloadSchema.parse(record.payload);
        const links = dispositionLinksSchema.parse(record.payload);
        this.add('comment_dispositions', record, { commentId, decision, reason, changeClauseId, ...links, decidedBy: actorOf(record), decidedAt: milliseconds(record.timestamp) });
        break;
      }
      case 'reaction.recorded': {
        const { commentId, dispositionId, satisfied, note } = reactionRecordedPayloadSchema.parse(record.payload);
        this.add('comment_reactions', record, { commentId, dispositionId, satisfied, note, authorId: actorOf(record), createdAt: milliseconds(record.timestamp) });
        break;
      }
      case 'vote.cast':
        this.add('review_ballots', record, { ...ballotCastSchema.parse(record.payload), castAt: milliseconds(record.timestamp) });
        break;
      case 'review.attendance_recorded': {
        const { reviewId, userId, present } = attendanceRecordedSchema.parse(record.payload);
        this.add('review_attendance', record, { reviewId, userId, present, recordedBy: actorOf(record), recordedAt: milliseconds(record.timestamp) });
        break;
      }
      case 'motion.closed':
        this.add('review_motion_results', record, { outcome: motionClosedSchema.parse(record.payload).outcome, closedBy: actorOf(record), closedAt: milliseconds(record.timestamp) });
        break;
      default:
        break;
    }
  }

  /** The rows in the order of the records that created them. */
  rows(): ExpectedRow[] {
    return [...this.byKey.values()].sort((left, right) => left.createdBySequence - right.createdBySequence);
  }
}
