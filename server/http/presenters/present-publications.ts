import { processDocumentKinds, type Edition, type PeriodicReview, type ProcessDocumentKind, type PublicationListResponse } from '../../../shared/api/publications';
import { formatStandardNumber, publicationStatusOf } from '../../../shared/domain/publication-status';
import type { Database } from '../../db/client';
import type { PeriodicReviewRecord } from '../../db/repos/periodic-reviews';
import type { PublicationRecord } from '../../db/repos/publications';
import { findUserById } from '../../db/repos/users';

function personOf(database: Database, userId: string | null): { id: string; displayName: string } | null {
  if (userId === null) return null;
  const user = findUserById(database, userId);
  return { id: userId, displayName: user?.displayName ?? userId };
}

function numberOf(edition: PublicationRecord): string {
  return formatStandardNumber(edition.bodyCode, edition.sequenceNumber, edition.year);
}

function isProcessDocumentKind(value: string): value is ProcessDocumentKind {
  return (processDocumentKinds as readonly string[]).includes(value);
}

/** An edition as members see it: never the file bytes, only their hashes. */
export function presentEdition(database: Database, edition: PublicationRecord, editionsOfTheStandard: readonly PublicationRecord[]): Edition {
  const replaces = editionsOfTheStandard.find((other) => other.id === edition.replacesPublicationId);
  const replacedBy = editionsOfTheStandard.find((other) => other.replacesPublicationId === edition.id && other.publishedAt !== null);
  return {
    id: edition.id,
    number: numberOf(edition),
    bodyCode: edition.bodyCode,
    sequenceNumber: edition.sequenceNumber,
    year: edition.year,
    status: publicationStatusOf(edition, editionsOfTheStandard),
    replaces: replaces ? { id: replaces.id, number: numberOf(replaces) } : null,
    replacedBy: replacedBy ? { id: replacedBy.id, number: numberOf(replacedBy) } : null,
    assignedAt: edition.assignedAt.toISOString(),
    assignedBy: personOf(database, edition.assignedBy) ?? { id: edition.assignedBy, displayName: edition.assignedBy },
    versionId: edition.versionId,
    publishedOn: edition.publishedOn,
    implementedOn: edition.implementedOn,
    publishedAt: edition.publishedAt?.toISOString() ?? null,
    publishedBy: personOf(database, edition.publishedBy),
    docxSha256: edition.docxSha256,
    pdfSha256: edition.pdfSha256,
    publishedProcessDocuments: edition.publishedProcessDocuments.filter(isProcessDocumentKind),
    reviewDueOn: edition.reviewDueOn,
    withdrawnOn: edition.withdrawnOn,
  };
}

export function presentPeriodicReview(database: Database, review: PeriodicReviewRecord): PeriodicReview {
  return {
    id: review.id,
    publicationId: review.publicationId,
    startedAt: review.startedAt.toISOString(),
    startedBy: personOf(database, review.startedBy) ?? { id: review.startedBy, displayName: review.startedBy },
    conclusion: review.conclusion,
    conclusionNote: review.conclusionNote,
    concludedAt: review.concludedAt?.toISOString() ?? null,
    concludedBy: personOf(database, review.concludedBy),
  };
}

export function presentPublicationList(database: Database, editions: readonly PublicationRecord[], reviews: readonly PeriodicReviewRecord[], canManage: boolean): PublicationListResponse {
  return {
    editions: editions.map((edition) => presentEdition(database, edition, editions)),
    periodicReviews: reviews.map((review) => presentPeriodicReview(database, review)),
    canManage,
  };
}
