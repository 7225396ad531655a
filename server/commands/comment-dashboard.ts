import { dispositionDecisions, type CommentDashboard } from '../../shared/api/dispositions';
import { commentProgressOf } from '../../shared/domain/comment-progress';
import type { Database } from '../db/client';
import { latestCommentPeriodOf } from '../db/repos/comment-periods';
import { listCommentsOfStandard, type CommentWithSubmitter } from '../db/repos/comments';
import { isFinalDecision } from '../policies/comment-policy';
import { decisionsOfComments, type CommentDecisions } from './comment-decisions';

type DashboardStatus = CommentDashboard['byStatus'][number]['status'];

interface PeriodComments {
  periodId: string | null;
  rows: CommentWithSubmitter[];
  decisions: Map<string, CommentDecisions>;
}

function commentsOfLatestPeriod(database: Database, standardId: string): PeriodComments {
  const period = latestCommentPeriodOf(database, standardId);
  if (!period) return { periodId: null, rows: [], decisions: new Map() };
  const rows = listCommentsOfStandard(database, standardId).filter((row) => row.comment.periodId === period.id);
  return { periodId: period.id, rows, decisions: decisionsOfComments(database, rows.map((row) => row.comment.id)) };
}

function statusOf(row: CommentWithSubmitter, decisions: CommentDecisions | undefined): DashboardStatus {
  const decision = dispositionDecisions.find((known) => known === decisions?.inForce?.disposition.decision) ?? null;
  return commentProgressOf(row.comment.status === 'withdrawn' ? 'withdrawn' : 'open', decision);
}

/** A withdrawn comment needs nothing; every other one needs a final decision (待定 is not one). */
function blocksTechnicalReview(row: CommentWithSubmitter, decisions: CommentDecisions | undefined): boolean {
  return row.comment.status !== 'withdrawn' && !isFinalDecision(decisions?.inForce?.disposition.decision ?? '');
}

/** How many comments of the latest period still block 技术审查, or null when the standard never had a period. */
export function countCommentsWithoutDisposition(database: Database, standardId: string): number | null {
  const { periodId, rows, decisions } = commentsOfLatestPeriod(database, standardId);
  return periodId === null ? null : rows.filter((row) => blocksTechnicalReview(row, decisions.get(row.comment.id))).length;
}

function countBy(rows: CommentWithSubmitter[], keyOf: (row: CommentWithSubmitter) => string, isOpen: (row: CommentWithSubmitter) => boolean): CommentDashboard['byType'] {
  const counts = new Map<string, { total: number; open: number }>();
  for (const row of rows) {
    const count = counts.get(keyOf(row)) ?? { total: 0, open: 0 };
    count.total += 1;
    if (isOpen(row)) count.open += 1;
    counts.set(keyOf(row), count);
  }
  return [...counts].map(([key, count]) => ({ key, ...count })).sort((left, right) => right.total - left.total || left.key.localeCompare(right.key));
}

/** The latest period's comments by status, type and organisation, and the ones that block the next stage. */
export function buildCommentDashboard(database: Database, standardId: string, clauseNumberOf: (clauseId: string) => string | null): CommentDashboard {
  const { periodId, rows, decisions } = commentsOfLatestPeriod(database, standardId);
  const isOpen = (row: CommentWithSubmitter): boolean => blocksTechnicalReview(row, decisions.get(row.comment.id));
  const statuses = new Map<DashboardStatus, number>();
  let satisfied = 0;
  let notSatisfied = 0;
  for (const row of rows) {
    const status = statusOf(row, decisions.get(row.comment.id));
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
    const reaction = decisions.get(row.comment.id)?.reaction;
    if (reaction?.satisfied === true) satisfied += 1;
    if (reaction?.satisfied === false) notSatisfied += 1;
  }
  return {
    periodId,
    total: rows.length,
    byStatus: [...statuses].map(([status, count]) => ({ status, count })),
    byType: countBy(rows, (row) => row.comment.type, isOpen),
    byOrganisation: countBy(rows, (row) => row.organisation ?? '', isOpen),
    reactions: { satisfied, notSatisfied },
    blocking: rows.filter(isOpen).map((row) => ({
      id: row.comment.id,
      clauseNumber: clauseNumberOf(row.comment.clauseId),
      type: row.comment.type,
      organisation: row.organisation ?? '',
      comment: row.comment.comment,
    })),
  };
}
