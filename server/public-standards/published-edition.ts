import { formatStandardNumber, parseEditionPathSegment, publicationStatusOf, type PublicationStatus } from '../../shared/domain/publication-status';
import type { Database } from '../db/client';
import { findFrozenVersion, findPublishedEditionByNumber, listPublishedEditionsOfStandard, type PublicEditionRow } from '../db/repos/public-standards';
import { isPubliclyVisible } from '../policies/public-standard-policy';
import { frozenEditionText, type FrozenEditionText } from './frozen-edition-text';

/** A published edition with what its page shows: its status among the standard's editions and its frozen text. */
export interface PublishedEdition {
  row: PublicEditionRow;
  number: string;
  status: PublicationStatus;
  replaces: PublicEditionRow | null;
  replacedBy: PublicEditionRow | null;
  text: FrozenEditionText;
}

/** Reads an edition for the public; null when it is not published (or not at all). */
export function publishedEditionOf(database: Database, row: PublicEditionRow): PublishedEdition | null {
  const { versionId } = row;
  if (!isPubliclyVisible(row) || versionId === null) return null;
  const text = frozenEditionText(versionId, () => findFrozenVersion(database, versionId));
  if (!text) return null;
  const editions = listPublishedEditionsOfStandard(database, row.standardId);
  const status = publicationStatusOf(row, editions);
  if (status === null) return null;
  return {
    row,
    number: formatStandardNumber(row.bodyCode, row.sequenceNumber, row.year),
    status,
    replaces: editions.find((other) => other.id === row.replacesPublicationId) ?? null,
    replacedBy: editions.find((other) => other.replacesPublicationId === row.id) ?? null,
    text,
  };
}

/** The edition `T/<bodyCode> <sequence>—<year>` named by the path segment "012-2026"; null when it is not public. */
export function findPublishedEdition(database: Database, bodyCode: string, editionSegment: string): PublishedEdition | null {
  const parsed = parseEditionPathSegment(editionSegment);
  if (!parsed) return null;
  const row = findPublishedEditionByNumber(database, bodyCode, parsed.sequenceNumber, parsed.year);
  return row ? publishedEditionOf(database, row) : null;
}
