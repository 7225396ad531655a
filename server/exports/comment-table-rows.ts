import type { CommentTableRow } from './comment-table';
import type { DocumentElements } from './document-elements';
import type { FoldedComment } from './fold-comment-records';

export interface CommentTableRowSources {
  /** The frozen 征求意见稿 the period's comments were made on. */
  frozen: DocumentElements | null;
  live: DocumentElements;
  /** The elements of one of the standard's frozen versions; null when there is no such version. */
  versionElements(versionId: string): DocumentElements | null;
  organisationOf(userId: string | null): string;
}

/** Clauses and term entries print their number; annexes, tables, figures… their label (附录A, 表3). */
function printedClauseNumber(comment: FoldedComment, frozen: DocumentElements | null): string {
  const element = frozen?.numbered(comment.clauseId);
  if (element && element.kind !== 'clause' && element.kind !== 'term') return element.label;
  return comment.clauseNumber ?? element?.label ?? '—';
}

/** Where the disposition says the change was made; null when it names no change. */
function implementedText(comment: FoldedComment, sources: CommentTableRowSources): string | null {
  const disposition = comment.disposition;
  if (!disposition) return null;
  const elementId = disposition.changeClauseId ?? comment.clauseId;
  if (disposition.changeToVersionId !== null) return sources.versionElements(disposition.changeToVersionId)?.text(elementId) ?? null;
  if (disposition.changeClauseId !== null) return sources.live.text(disposition.changeClauseId);
  return null;
}

function documentPosition(comment: FoldedComment, frozen: DocumentElements | null): number {
  return frozen?.numbered(comment.clauseId)?.position ?? Number.POSITIVE_INFINITY;
}

/**
 * The rows of one period's table, in the order of the commented clauses in the frozen version (which is the order of
 * their numbers, annexes after chapters), and in submission order within a clause; 序号 counts from 1.
 */
export function commentTableRows(comments: readonly FoldedComment[], sources: CommentTableRowSources): CommentTableRow[] {
  const ordered = [...comments].sort(
    (left, right) => documentPosition(left, sources.frozen) - documentPosition(right, sources.frozen) || left.submittedSequence - right.submittedSequence,
  );
  return ordered.map((comment, index) => {
    const changeClauseId = comment.disposition?.changeClauseId ?? null;
    return {
      serial: index + 1,
      clauseNumber: printedClauseNumber(comment, sources.frozen),
      type: comment.type,
      elementReference: comment.elementReference ?? '',
      comment: comment.comment,
      proposedChange: comment.proposedChange ?? '',
      commentReason: comment.reason ?? '',
      organisation: sources.organisationOf(comment.authorUserId),
      withdrawn: comment.withdrawn,
      decision: comment.disposition?.decision ?? null,
      decisionReason: comment.disposition?.reason ?? '',
      reaction: comment.reaction ? { satisfied: comment.reaction.satisfied, note: comment.reaction.note ?? '' } : null,
      changedClauseNumber: changeClauseId === null ? null : (sources.live.numbered(changeClauseId)?.label ?? null),
      originalText: comment.quote ?? sources.frozen?.text(comment.clauseId) ?? '',
      implementedText: implementedText(comment, sources),
    };
  });
}
