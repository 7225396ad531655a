import { editionPathSegment } from '../../shared/domain/publication-status';

/** Where an edition's public things are; every path is built from the validated body code, sequence number and year. */
export interface EditionNumberParts {
  bodyCode: string;
  sequenceNumber: string;
  year: number;
}

export const publicStylesheetAddress = '/t/assets/public-standards.css';

export function catalogueAddress(bodyCode: string): string {
  return `/t/${bodyCode}`;
}

export function feedAddress(bodyCode: string): string {
  return `/t/${bodyCode}/feed.atom`;
}

export function editionPageAddress(edition: EditionNumberParts): string {
  return `/t/${edition.bodyCode}/${editionPathSegment(edition.sequenceNumber, edition.year)}`;
}

export function publishedFileAddress(edition: EditionNumberParts, format: 'docx' | 'pdf'): string {
  return `${editionPageAddress(edition)}/document.${format}`;
}

export function editionImageAddress(edition: EditionNumberParts, imageId: string): string {
  return `${editionPageAddress(edition)}/images/${encodeURIComponent(imageId)}`;
}

export function commentTableAddress(edition: EditionNumberParts): string {
  return `${editionPageAddress(edition)}/comment-table.docx`;
}

export function reviewMinutesAddress(edition: EditionNumberParts): string {
  return `${editionPageAddress(edition)}/review-minutes`;
}

export function explanatoryStatementAddress(edition: EditionNumberParts, format: 'docx' | 'pdf'): string {
  return `${editionPageAddress(edition)}/explanatory-statement.${format}`;
}

/** The signed-in forms in the client app (implementation feedback 实施信息反馈 and complaints 投诉). */
export function feedbackFormAddress(edition: EditionNumberParts): string {
  return `/feedback/${edition.bodyCode}/${editionPathSegment(edition.sequenceNumber, edition.year)}`;
}

export function complaintFormAddress(edition: EditionNumberParts): string {
  return `/complaints/${edition.bodyCode}/${editionPathSegment(edition.sequenceNumber, edition.year)}`;
}
