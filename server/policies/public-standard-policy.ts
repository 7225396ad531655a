import type { ProcessDocumentKind } from '../../shared/api/publications';

/** What the public pages know about an edition when they decide what anyone may see. */
export interface PublicEditionFacts {
  publishedAt: Date | null;
  versionId: string | null;
  publishedProcessDocuments: readonly string[];
}

/** Only a published edition with its frozen version is public; a number assigned in 批准 is not, and neither is a draft. */
export function isPubliclyVisible(edition: PublicEditionFacts): boolean {
  return edition.publishedAt !== null && edition.versionId !== null;
}

/** A process document is public only when the body chose to publish it with the edition. */
export function isProcessDocumentPublic(edition: PublicEditionFacts, kind: ProcessDocumentKind): boolean {
  return isPubliclyVisible(edition) && edition.publishedProcessDocuments.includes(kind);
}

/** A figure's image is public when the edition is and the frozen text shows it. */
export function isEditionImagePublic(edition: PublicEditionFacts, figureImageIds: ReadonlySet<string>, imageId: string): boolean {
  return isPubliclyVisible(edition) && figureImageIds.has(imageId);
}
