import type { LedgerProblem } from '../../shared/api/ledger';
import type { Database } from '../db/client';
import { readRecordedTableRows } from '../db/repos/recorded-table-rows';
import { recordedTables, type ExpectedRow, type ExpectedValue, type RecordedTable } from './expected-table-rows';

type ActualRows = Map<string, Record<string, ExpectedValue>>;

function time(value: Date | null): number | null {
  return value === null ? null : value.getTime();
}

function quoteOf(anchor: unknown): string | null {
  return typeof anchor === 'object' && anchor !== null && 'quote' in anchor && typeof anchor.quote === 'string' ? anchor.quote : null;
}

/** The rows as stored now, in the shape the records describe them; internal notes are not recorded, so not compared; of motions, the results of the closed ones. */
function actualRowsByTable(database: Database): Record<RecordedTable, ActualRows> {
  const tables = readRecordedTableRows(database);
  const byId = <Row extends { id: string }>(rows: readonly Row[], shape: (row: Row) => Record<string, ExpectedValue>): ActualRows => new Map(rows.map((row) => [row.id, shape(row)]));
  return {
    comment_periods: byId(tables.periods, (row) => ({ standardId: row.standardId, versionId: row.versionId, startsAt: time(row.startsAt), endsAt: time(row.endsAt), createdBy: row.createdBy, createdAt: time(row.createdAt) })),
    comments: byId(tables.comments, (row) => ({
      periodId: row.periodId,
      standardId: row.standardId,
      authorId: row.authorId,
      clauseId: row.clauseId,
      type: row.type,
      comment: row.comment,
      proposedChange: row.proposedChange,
      reason: row.reason,
      elementReference: row.elementReference,
      quote: quoteOf(row.anchor),
      withdrawn: row.status === 'withdrawn',
      createdAt: time(row.createdAt),
    })),
    comment_replies: byId(
      tables.replies.filter((row) => row.visibility === 'public'),
      (row) => ({ commentId: row.commentId, authorId: row.authorId, body: row.body, visibility: row.visibility, createdAt: time(row.createdAt) }),
    ),
    comment_dispositions: byId(tables.dispositions, (row) => ({
      commentId: row.commentId,
      decision: row.decision,
      reason: row.reason,
      changeClauseId: row.changeClauseId,
      changeFromVersionId: row.changeFromVersionId,
      changeToVersionId: row.changeToVersionId,
      supersedesId: row.supersedesId,
      decidedBy: row.decidedBy,
      decidedAt: time(row.decidedAt),
    })),
    comment_reactions: byId(tables.reactions, (row) => ({ commentId: row.commentId, dispositionId: row.dispositionId, satisfied: row.satisfied, note: row.note, authorId: row.authorId, createdAt: time(row.createdAt) })),
    review_ballots: byId(tables.ballots, (row) => ({ motionId: row.motionId, voterId: row.voterId, vote: row.vote, reason: row.reason, enteredBy: row.enteredBy, supersedesId: row.supersedesId, castAt: time(row.castAt) })),
    review_attendance: byId(tables.attendance, (row) => ({ reviewId: row.reviewId, userId: row.userId, present: row.present, recordedBy: row.recordedBy, recordedAt: time(row.recordedAt) })),
    review_motion_results: byId(tables.closedMotions, (row) => ({ outcome: row.outcome, closedBy: row.closedBy, closedAt: time(row.closedAt) })),
  };
}

function shown(value: ExpectedValue | undefined): string {
  return value === undefined ? 'nothing' : JSON.stringify(value);
}

/**
 * Compares every row of the comment tables with the records that created it, field by field, and names the first row
 * that does not agree (in the order of the records), then the first row that no record created.
 */
export function compareTablesWithLedger(database: Database, expectedRows: readonly ExpectedRow[]): LedgerProblem | null {
  const actual = actualRowsByTable(database);
  for (const expected of expectedRows) {
    const row = actual[expected.table].get(expected.id);
    const where = { table: expected.table, rowId: expected.id };
    if (!row) {
      return { code: 'table_row_missing', sequence: expected.createdBySequence, ...where, message: `Row ${expected.id} of ${expected.table}, created by record ${expected.createdBySequence}, is missing from the table.` };
    }
    for (const [field, value] of Object.entries(expected.fields)) {
      if (row[field] !== value) {
        return {
          code: 'table_row_differs',
          sequence: expected.createdBySequence,
          ...where,
          field,
          message: `Row ${expected.id} of ${expected.table} does not agree with the record log: its ${field} is ${shown(row[field])}, the records (from record ${expected.createdBySequence} on) say ${shown(value)}.`,
        };
      }
    }
  }
  const recorded = new Set(expectedRows.map((row) => `${row.table}\u0000${row.id}`));
  for (const table of recordedTables) {
    for (const id of actual[table].keys()) {
      if (!recorded.has(`${table}\u0000${id}`)) {
        return { code: 'table_row_unrecorded', sequence: 0, table, rowId: id, message: `Row ${id} of ${table} was created by no record of the log: it was added to the table directly.` };
      }
    }
  }
  return null;
}
