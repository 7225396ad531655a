import type { PublicProcessDocument } from '../../shared/api/public-standards';
import type { Database } from '../db/client';
import { listCommentPeriodsOf, type CommentPeriodRecord } from '../db/repos/comment-periods';
import { findExplanatoryStatementVersion } from '../db/repos/explanatory-statement-versions';
import type { PublicEditionRow } from '../db/repos/public-standards';
import { listReviewsOfStandard, type ReviewRecord } from '../db/repos/reviews';
import { isProcessDocumentPublic } from '../policies/public-standard-policy';
import { approvalMotionOf } from '../reviews/review-facts';
import { commentTableAddress, explanatoryStatementAddress, reviewMinutesAddress } from './public-addresses';

function madeBeforePublication(edition: PublicEditionRow, createdAt: Date): boolean {
  return edition.publishedAt !== null && createdAt.getTime() <= edition.publishedAt.getTime();
}

/** The comment period whose table goes with the edition: the latest one opened before it was published. */
export function commentPeriodOfEdition(database: Database, edition: PublicEditionRow): CommentPeriodRecord | undefined {
  return listCommentPeriodsOf(database, edition.standardId).find((period) => madeBeforePublication(edition, period.createdAt));
}

/** The review whose minutes go with the edition: the latest one before publication that passed the 送审稿. */
export function passedReviewOfEdition(database: Database, edition: PublicEditionRow): ReviewRecord | undefined {
  return listReviewsOfStandard(database, edition.standardId).find((review) => madeBeforePublication(edition, review.createdAt) && approvalMotionOf(database, review.id)?.outcome === 'passed');
}

/** The public address of the 编制说明 frozen with the edition's version; null when that version has none. */
export function explanatoryStatementAddressOf(database: Database, edition: PublicEditionRow): string | null {
  if (edition.versionId === null || !findExplanatoryStatementVersion(database, edition.versionId)) return null;
  return explanatoryStatementAddress(edition, 'pdf');
}

/** The process documents the body chose to publish with the edition and that exist. */
export function publicProcessDocumentsOf(database: Database, edition: PublicEditionRow): PublicProcessDocument[] {
  const documents: PublicProcessDocument[] = [];
  if (isProcessDocumentPublic(edition, 'comment_table') && commentPeriodOfEdition(database, edition)) {
    documents.push({ kind: 'comment_table', title: '征求意见汇总处理表', address: commentTableAddress(edition) });
  }
  const review = isProcessDocumentPublic(edition, 'review_minutes') ? passedReviewOfEdition(database, edition) : undefined;
  if (review) documents.push({ kind: 'review_minutes', title: review.kind === 'meeting' ? '技术审查会议纪要' : '函审结论', address: reviewMinutesAddress(edition) });
  const statement = isProcessDocumentPublic(edition, 'explanatory_statement') ? explanatoryStatementAddressOf(database, edition) : null;
  if (statement !== null) documents.push({ kind: 'explanatory_statement', title: '编制说明', address: statement });
  return documents;
}
