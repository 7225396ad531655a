import { formatStandardNumber } from '../../../shared/domain/publication-status';
import { generateRandomIdentifier } from '../../auth/session-token';
import type { LiveDocumentGateway } from '../../commands/live-document-gateway';
import { moveStage } from '../../commands/move-stage';
import { recordInLedger } from '../../commands/record-in-ledger';
import type { Database } from '../../db/client';
import { insertPeriodicReview, type PeriodicReviewRecord } from '../../db/repos/periodic-reviews';
import type { StandardRecord } from '../../db/repos/standards';
import { DomainError } from '../../errors';
import { currentEditionOf } from '../edition-facts';

export interface StartPeriodicReviewProps {
  database: Database;
  liveDocuments: LiveDocumentGateway;
  standard: StandardRecord;
  startedBy: string;
  note: string | undefined;
  now: Date;
  bodyTimeZone: string;
}

/** Moves a published standard into 复审 and opens the review of its edition in force, with its record. */
export async function startPeriodicReview({ database, liveDocuments, standard, startedBy, note, now, bodyTimeZone }: StartPeriodicReviewProps): Promise<PeriodicReviewRecord> {
  if (standard.stage !== 'published') throw new DomainError('wrong_stage', 'A periodic review (复审) starts from 发布: this standard is not published, or is already under review.');
  const edition = currentEditionOf(database, standard.id);
  if (!edition) throw new DomainError('wrong_stage', 'This standard has no edition in force to review.');
  const review: PeriodicReviewRecord = {
    id: generateRandomIdentifier(10),
    standardId: standard.id,
    publicationId: edition.id,
    startedBy,
    startedAt: now,
    conclusion: null,
    conclusionNote: null,
    concludedBy: null,
    concludedAt: null,
  };
  await moveStage({
    database,
    liveDocuments,
    standard,
    movedBy: startedBy,
    to: 'periodic_review',
    note,
    now,
    bodyTimeZone,
    alsoWrite: (transaction) => {
      insertPeriodicReview(transaction, review);
      recordInLedger(
        transaction,
        startedBy,
        {
          kind: 'periodic_review.started',
          standardId: standard.id,
          subjectId: review.id,
          payload: { publicationId: edition.id, number: formatStandardNumber(edition.bodyCode, edition.sequenceNumber, edition.year), reviewDueOn: edition.reviewDueOn, note: note ?? null },
        },
        now,
      );
    },
  });
  return review;
}
