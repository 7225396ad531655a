import { documentNameForStandard } from '../../../shared/collab/document-name';
import type { PeriodicReviewConclusion } from '../../../shared/api/publications';
import { addYearsToDate } from '../../../shared/domain/edition-numbering';
import { formatStandardNumber } from '../../../shared/domain/publication-status';
import type { Stage } from '../../../shared/domain/stages';
import { bodyDateKey } from '../../../shared/time/body-time';
import type { LiveDocumentGateway } from '../../commands/live-document-gateway';
import { moveStage } from '../../commands/move-stage';
import { recordInLedger } from '../../commands/record-in-ledger';
import type { Database } from '../../db/client';
import { recordPeriodicReviewConclusion, type PeriodicReviewRecord } from '../../db/repos/periodic-reviews';
import { findPublicationOfStandard, markEditionWithdrawn, setEditionReviewDueOn } from '../../db/repos/publications';
import { findVersion } from '../../db/repos/versions';
import { restoreVersion } from '../../commands/restore-version';
import type { StandardRecord } from '../../db/repos/standards';
import { DomainError } from '../../errors';
import { setCoverAttributes } from '../published-cover';

export interface ConcludePeriodicReviewProps {
  database: Database;
  liveDocuments: LiveDocumentGateway;
  standard: StandardRecord;
  review: PeriodicReviewRecord;
  concludedBy: string;
  conclusion: PeriodicReviewConclusion;
  note: string;
  withdrawnOn: string | undefined;
  now: Date;
  bodyTimeZone: string;
  periodicReviewIntervalYears: number;
}

const stageAfter: Record<PeriodicReviewConclusion, Stage> = { continue: 'published', revise: 'drafting', withdraw: 'withdrawn' };

const moveNotes: Record<PeriodicReviewConclusion, string> = { continue: '复审结论：继续有效', revise: '复审结论：修订', withdraw: '复审结论：废止' };

/**
 * Records the conclusion of a 复审 and moves the standard on, in one transaction with its record: 继续有效 back to
 * 发布 with the next due date counted from today, 修订 back to 起草 (the published version is restored into the live
 * draft first, any later edit kept in a safety version, and the move freezes it, so the new version chain starts
 * from the published text; the next number keeps the sequence number), 废止 to the withdrawn stage with the
 * edition's 废止日期.
 */
export async function concludePeriodicReview(props: ConcludePeriodicReviewProps): Promise<void> {
  const { database, liveDocuments, standard, review, concludedBy, conclusion, note, now, bodyTimeZone } = props;
  if (review.conclusion !== null || standard.stage !== 'periodic_review') throw new DomainError('periodic_review_not_open', 'This periodic review has already been concluded.');
  const edition = findPublicationOfStandard(database, standard.id, review.publicationId);
  if (!edition) throw new DomainError('not_found', 'The edition under review does not exist.');
  const today = bodyDateKey(now, bodyTimeZone);
  const reviewDueOn = conclusion === 'continue' ? addYearsToDate(today, props.periodicReviewIntervalYears) : null;
  const withdrawnOn = conclusion === 'withdraw' ? (props.withdrawnOn ?? today) : null;
  if (withdrawnOn !== null && edition.publishedOn !== null && withdrawnOn < edition.publishedOn) {
    throw new DomainError('invalid_request', 'withdrawnOn: a standard cannot be withdrawn before it was published.');
  }

  if (conclusion === 'revise' && edition.versionId !== null) {
    const published = findVersion(database, standard.id, edition.versionId);
    if (published) await restoreVersion({ database, liveDocuments, standard, version: published.version, restoredBy: concludedBy, now });
  }

  await moveStage({
    database,
    liveDocuments,
    standard,
    movedBy: concludedBy,
    to: stageAfter[conclusion],
    note: `${moveNotes[conclusion]}。${note}`,
    now,
    bodyTimeZone,
    alsoWrite: (transaction, version) => {
      if (!recordPeriodicReviewConclusion(transaction, review.id, { conclusion, conclusionNote: note, concludedBy, concludedAt: now })) {
        throw new DomainError('periodic_review_not_open', 'This periodic review has already been concluded.');
      }
      if (reviewDueOn !== null) setEditionReviewDueOn(transaction, edition.id, reviewDueOn);
      if (withdrawnOn !== null) markEditionWithdrawn(transaction, edition.id, withdrawnOn, now);
      recordInLedger(
        transaction,
        concludedBy,
        {
          kind: 'periodic_review.concluded',
          standardId: standard.id,
          subjectId: review.id,
          payload: { conclusion, note, publicationId: edition.id, number: formatStandardNumber(edition.bodyCode, edition.sequenceNumber, edition.year), reviewDueOn, withdrawnOn, versionId: version.id },
        },
        now,
      );
    },
  });
  // A revision is a draft again: the old edition's dates leave its cover until the new edition is published, and
  // the cover says which edition it will replace.
  if (conclusion === 'revise') {
    const replaces = formatStandardNumber(edition.bodyCode, edition.sequenceNumber, edition.year);
    await liveDocuments.transact(documentNameForStandard(standard.id), (document) => setCoverAttributes(document, { publicationDate: '', implementationDate: '', replaces }));
  }
}
