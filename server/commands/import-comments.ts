import type { CommentImportFileKind } from '../../shared/api/comment-import';
import { numberDocument } from '../../shared/document/numbering';
import { generateRandomIdentifier } from '../auth/session-token';
import type { Database } from '../db/client';
import type { CommentPeriodRecord } from '../db/repos/comment-periods';
import { insertComment, type CommentRecord } from '../db/repos/comments';
import { findStakeholderProfile } from '../db/repos/stakeholder-profiles';
import { findVersion } from '../db/repos/versions';
import { documentOfVersionState } from '../documents/version-document';
import { DomainError } from '../errors';
import { elementFinderOf, referenceOfElement } from '../../shared/document/element-references';
import { readCommentTemplate } from '../imports/read-comment-template';
import { validateTemplateRows, type ImportableComment } from '../imports/validate-template-rows';
import { canSubmitComment } from '../policies/comment-policy';
import { commentLedgerPayload } from './comment-ledger-payload';
import { recordInLedger } from './record-in-ledger';
import { writeTransaction } from '../db/transactions';

export interface ImportCommentsProps {
  database: Database;
  period: CommentPeriodRecord;
  authorId: string;
  file: { bytes: Uint8Array; kind: CommentImportFileKind };
  now: Date;
}

export interface ImportedComment {
  comment: CommentRecord;
  clauseNumber: string | null;
}

function commentRecordOf(importable: ImportableComment, period: CommentPeriodRecord, authorId: string, now: Date): CommentRecord {
  const { fields } = importable;
  return {
    id: generateRandomIdentifier(10),
    periodId: period.id,
    standardId: period.standardId,
    authorId,
    clauseId: importable.clause.id,
    type: fields.type,
    comment: fields.comment,
    proposedChange: fields.proposedChange ?? null,
    reason: fields.reason ?? null,
    elementReference: fields.elementReference ?? null,
    anchor: null,
    status: 'open',
    assigneeId: null,
    createdAt: now,
    updatedAt: now,
  };
}

/**
 * Turns an uploaded commenting template into one comment per row, under the same rules as a single submission.
 * Either every row is recorded, with its record-log entry, in one transaction, or none is and every bad row is
 * reported (import_rows_invalid).
 */
export async function importComments({ database, period, authorId, file, now }: ImportCommentsProps): Promise<ImportedComment[]> {
  if (!canSubmitComment(period, now)) throw new DomainError('comment_period_closed', 'The comment period is not open, so comments cannot be submitted now.');
  if (!findStakeholderProfile(database, authorId)) {
    throw new DomainError('stakeholder_profile_required', 'Register your name, organisation and e-mail before you comment.');
  }
  const rows = await readCommentTemplate(file.bytes, file.kind);
  const version = findVersion(database, period.standardId, period.versionId);
  if (!version) throw new DomainError('not_found', 'The version under comment does not exist.');
  const document = documentOfVersionState(new Uint8Array(version.version.state));
  const numbering = numberDocument(document);
  const { comments, problems } = validateTemplateRows(rows, elementFinderOf(document, numbering));
  if (problems.length > 0) {
    const badRows = new Set(problems.map((problem) => problem.row)).size;
    throw new DomainError('import_rows_invalid', `${badRows} of ${rows.length} rows have problems, so no comment was imported; correct them and upload the file again.`, { rows: problems });
  }
  const imported = comments.map((importable) => ({ comment: commentRecordOf(importable, period, authorId, now), clauseNumber: referenceOfElement(document, numbering, importable.clause) }));
  writeTransaction(database, (transaction) => {
    for (const { comment, clauseNumber } of imported) {
      insertComment(transaction, comment);
      const payload = { ...commentLedgerPayload(comment), periodId: period.id, clauseNumber };
      recordInLedger(transaction, authorId, { kind: 'comment.submitted', standardId: period.standardId, subjectId: comment.id, payload }, now);
    }
  });
  return imported;
}
