/** The status a published edition shows on its public page and in the catalogue (现行 / 被代替 / 废止). */
export const publicationStatuses = ['current', 'replaced', 'withdrawn'] as const;
export type PublicationStatus = (typeof publicationStatuses)[number];

export const publicationStatusNamesInChinese: Record<PublicationStatus, string> = {
  current: '现行',
  replaced: '被代替',
  withdrawn: '废止',
};

export interface EditionFacts {
  id: string;
  publishedAt: Date | null;
  withdrawnOn: string | null;
  replacesPublicationId: string | null;
}

/**
 * An edition is replaced once a later published edition names it as the one it replaces, and withdrawn once its
 * standard is withdrawn; null while it is not published.
 */
export function publicationStatusOf(edition: EditionFacts, editionsOfTheStandard: readonly EditionFacts[]): PublicationStatus | null {
  if (edition.publishedAt === null) return null;
  if (edition.withdrawnOn !== null) return 'withdrawn';
  const replaced = editionsOfTheStandard.some((other) => other.replacesPublicationId === edition.id && other.publishedAt !== null);
  return replaced ? 'replaced' : 'current';
}

/** "T/CWA 012—2026": the body code, the sequence number and the year, with the em dash GB/T 1.1 prints. */
export function formatStandardNumber(bodyCode: string, sequenceNumber: string, year: number): string {
  return `T/${bodyCode} ${sequenceNumber}—${year}`;
}

/** The path segment of an edition's public page, "012-2026". */
export function editionPathSegment(sequenceNumber: string, year: number): string {
  return `${sequenceNumber}-${year}`;
}

/** Reads "012-2026" back; null when it is not a sequence number and a four-digit year. */
export function parseEditionPathSegment(segment: string): { sequenceNumber: string; year: number } | null {
  const found = /^(\d{1,6})-(\d{4})$/.exec(segment);
  if (!found) return null;
  return { sequenceNumber: found[1] ?? '', year: Number(found[2]) };
}
