import type { DispositionDecision } from '../../shared/api/dispositions';
import type { LedgerRecord } from '../../shared/api/ledger';
import {
  commentContentPayloadSchema,
  commentPeriodOpenedPayloadSchema,
  commentSubmittedPayloadSchema,
  dispositionRecordedPayloadSchema,
  reactionRecordedPayloadSchema,
  type CommentContent,
} from './ledger-comment-payloads';

export interface FoldedDisposition {
  id: string;
  decision: DispositionDecision;
  reason: string | null;
  changeClauseId: string | null;
  /** The version the change was made in (the later side of the disposition's comparison). */
  changeToVersionId: string | null;
}

export interface FoldedReaction {
  dispositionId: string;
  satisfied: boolean;
  note: string | null;
}

/** One comment as the log tells it: the submission with every later edit applied, and what was decided on it. */
export interface FoldedComment extends CommentContent {
  id: string;
  /** Sequence number of the `comment.submitted` record: the submission order. */
  submittedSequence: number;
  authorUserId: string | null;
  periodId: string;
  /** The clause number in the period's frozen version, as recorded at submission. */
  clauseNumber: string | null;
  withdrawn: boolean;
  /** The latest disposition; earlier ones are superseded by it. */
  disposition: FoldedDisposition | null;
  /** The commenter's latest answer, when it answers the disposition in force. */
  reaction: FoldedReaction | null;
}

export interface FoldedCommentLog {
  comments: FoldedComment[];
  /** Each period's frozen version, by period id, in the order the periods were opened. */
  periodVersions: Map<string, string>;
}

/**
 * Replays one standard's records in log order into its comments. Every table is built from this, so what it prints
 * is what the signed checkpoint covers, not what the working tables hold now.
 */
export function foldCommentRecords(records: readonly LedgerRecord[]): FoldedCommentLog {
  const comments = new Map<string, FoldedComment>();
  const latestReactions = new Map<string, FoldedReaction>();
  const periodVersions = new Map<string, string>();

  for (const record of records) {
    switch (record.kind) {
      case 'comment_period.opened':
        periodVersions.set(record.subjectId, commentPeriodOpenedPayloadSchema.parse(record.payload).versionId);
        break;
      case 'comment.submitted': {
        const { periodId, clauseNumber, ...content } = commentSubmittedPayloadSchema.parse(record.payload);
        comments.set(record.subjectId, {
          ...content,
          id: record.subjectId,
          submittedSequence: record.sequence,
          authorUserId: record.actor?.userId ?? null,
          periodId,
          clauseNumber,
          withdrawn: false,
          disposition: null,
          reaction: null,
        });
        break;
      }
      case 'comment.edited': {
        const comment = comments.get(record.subjectId);
        if (comment) Object.assign(comment, commentContentPayloadSchema.parse(record.payload));
        break;
      }
      case 'comment.withdrawn': {
        const comment = comments.get(record.subjectId);
        if (comment) comment.withdrawn = true;
        break;
      }
      case 'disposition.recorded': {
        const { commentId, decision, reason, changeClauseId, changeToVersionId } = dispositionRecordedPayloadSchema.parse(record.payload);
        const comment = comments.get(commentId);
        if (comment) comment.disposition = { id: record.subjectId, decision, reason, changeClauseId, changeToVersionId };
        break;
      }
      case 'reaction.recorded': {
        const { commentId, dispositionId, satisfied, note } = reactionRecordedPayloadSchema.parse(record.payload);
        latestReactions.set(commentId, { dispositionId, satisfied, note });
        break;
      }
      default:
        break;
    }
  }

  for (const [commentId, reaction] of latestReactions) {
    const comment = comments.get(commentId);
    if (comment && comment.disposition?.id === reaction.dispositionId) comment.reaction = reaction;
  }
  return { comments: [...comments.values()], periodVersions };
}
