import type { z } from 'zod';
import type { submitCommentRequestSchema } from '../../shared/api/comments';
import { commentableKinds, referenceOfElement } from '../../shared/document/element-references';
import { numberDocument } from '../../shared/document/numbering';
import { generateRandomIdentifier } from '../auth/session-token';
import type { Database } from '../db/client';
import type { CommentPeriodRecord } from '../db/repos/comment-periods';
import { insertComment, type CommentRecord } from '../db/repos/comments';
import { findStakeholderProfile } from '../db/repos/stakeholder-profiles';
import { findVersion } from '../db/repos/versions';
import { anchorPassageInVersion } from '../documents/passage-anchor';
import { documentOfVersionState } from '../documents/version-document';
import { DomainError } from '../errors';
import { canSubmitComment } from '../policies/comment-policy';
import { commentLedgerPayload } from './comment-ledger-payload';
import { recordInLedger } from './record-in-ledger';
import { writeTransaction } from '../db/transactions';

export interface SubmitCommentProps {
  database: Database;
  period: CommentPeriodRecord;
  authorId: string;
  request: z.infer<typeof submitCommentRequestSchema>;
  now: Date;
}

/** Records a comment on a clause of the period's frozen version; returns it with the clause number in that version. */
export function submitComment({ database, period, authorId, request, now }: SubmitCommentProps): { comment: CommentRecord; clauseNumber: string | null } {
  if (!canSubmitComment(period, now)) throw new DomainError('comment_period_closed', 'The comment period is not open, so comments cannot be submitted now.');
  if (!findStakeholderProfile(database, authorId)) {
    throw new DomainError('stakeholder_profile_required', 'Register your name, organisation and e-mail before you comment.');
  }
  const version = findVersion(database, period.standardId, period.versionId);
  const versionState = version ? new Uint8Array(version.version.state) : null;
  const document = versionState ? documentOfVersionState(versionState) : null;
  const numbering = document ? numberDocument(document) : null;
  const clause = numbering?.byId.get(request.clauseId);
  if (!versionState || !document || !numbering || !clause || !commentableKinds.has(clause.kind)) {
    throw new DomainError('invalid_request', 'clauseId: the commented version has no such clause or element.');
  }
  const clauseNumber = referenceOfElement(document, numbering, clause);
  const anchor = request.passage ? anchorPassageInVersion(versionState, request.clauseId, request.passage.from, request.passage.to) : null;
  const comment: CommentRecord = {
    id: generateRandomIdentifier(10),
    periodId: period.id,
    standardId: period.standardId,
    authorId,
    clauseId: request.clauseId,
    type: request.type,
    comment: request.comment,
    proposedChange: request.proposedChange ?? null,
    reason: request.reason ?? null,
    elementReference: request.elementReference ?? null,
    anchor,
    status: 'open',
    assigneeId: null,
    createdAt: now,
    updatedAt: now,
  };
  writeTransaction(database, (transaction) => {
    insertComment(transaction, comment);
    const payload = { ...commentLedgerPayload(comment), periodId: period.id, clauseNumber };
    recordInLedger(transaction, authorId, { kind: 'comment.submitted', standardId: period.standardId, subjectId: comment.id, payload }, now);
  });
  return { comment, clauseNumber };
}
