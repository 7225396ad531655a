import type { z } from 'zod';
import type { recordDispositionRequestSchema } from '../../shared/api/dispositions';
import { generateRandomIdentifier } from '../auth/session-token';
import type { Database } from '../db/client';
import { insertDisposition, latestByComment, listDispositionsOfComments, type DispositionRecord } from '../db/repos/comment-dispositions';
import type { CommentRecord } from '../db/repos/comments';
import { findVersion } from '../db/repos/versions';
import { DomainError } from '../errors';
import { recordInLedger } from './record-in-ledger';
import { writeTransaction } from '../db/transactions';

export interface RecordDispositionProps {
  database: Database;
  comment: CommentRecord;
  deciderId: string;
  request: z.infer<typeof recordDispositionRequestSchema>;
  now: Date;
}

/** Records a decision on a comment; a later decision supersedes this one without changing it. Authorization is the caller's job. */
export function recordDisposition({ database, comment, deciderId, request, now }: RecordDispositionProps): DispositionRecord {
  if (comment.status === 'withdrawn') throw new DomainError('comment_withdrawn', 'The commenter withdrew this comment, so it needs no disposition.');
  const reference = request.changeRef;
  for (const versionId of [reference?.fromVersionId, reference?.toVersionId]) {
    if (versionId !== undefined && !findVersion(database, comment.standardId, versionId)) {
      throw new DomainError('invalid_request', 'changeRef: the standard has no such version.');
    }
  }
  return writeTransaction(database, (transaction) => {
    const previous = latestByComment(listDispositionsOfComments(transaction, [comment.id]), (entry) => entry.disposition.commentId).get(comment.id);
    const disposition: DispositionRecord = {
      id: generateRandomIdentifier(10),
      commentId: comment.id,
      decision: request.decision,
      reason: request.reason === undefined || request.reason === '' ? null : request.reason,
      changeClauseId: reference?.clauseId ?? null,
      changeFromVersionId: reference?.fromVersionId ?? null,
      changeToVersionId: reference?.toVersionId ?? null,
      supersedesId: previous?.disposition.id ?? null,
      decidedBy: deciderId,
      decidedAt: now,
    };
    insertDisposition(transaction, disposition);
    const payload = {
      commentId: comment.id,
      decision: disposition.decision,
      reason: disposition.reason,
      changeClauseId: disposition.changeClauseId,
      changeFromVersionId: disposition.changeFromVersionId,
      changeToVersionId: disposition.changeToVersionId,
      supersedesId: disposition.supersedesId,
    };
    recordInLedger(transaction, deciderId, { kind: 'disposition.recorded', standardId: comment.standardId, subjectId: disposition.id, payload }, now);
    return disposition;
  });
}
