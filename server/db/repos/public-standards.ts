import { and, desc, eq, isNotNull, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { publications } from '../publication-schema';
import { images, standardVersions } from '../schema';
import type { VersionRecord } from './versions';

/** The columns the public pages read: everything but the stored files, which only the downloads load. */
const editionColumns = {
  id: publications.id,
  standardId: publications.standardId,
  bodyCode: publications.bodyCode,
  sequenceNumber: publications.sequenceNumber,
  year: publications.year,
  replacesPublicationId: publications.replacesPublicationId,
  versionId: publications.versionId,
  publishedOn: publications.publishedOn,
  implementedOn: publications.implementedOn,
  publishedAt: publications.publishedAt,
  docxSha256: publications.docxSha256,
  pdfSha256: publications.pdfSha256,
  publishedProcessDocuments: publications.publishedProcessDocuments,
  withdrawnOn: publications.withdrawnOn,
};

export interface PublicEditionRow {
  id: string;
  standardId: string;
  bodyCode: string;
  sequenceNumber: string;
  year: number;
  replacesPublicationId: string | null;
  versionId: string | null;
  publishedOn: string | null;
  implementedOn: string | null;
  publishedAt: Date | null;
  docxSha256: string | null;
  pdfSha256: string | null;
  publishedProcessDocuments: string[];
  withdrawnOn: string | null;
}

/** A published edition by its number; undefined for an unknown number or one that is assigned but not published. */
export function findPublishedEditionByNumber(database: Database, bodyCode: string, sequenceNumber: string, year: number): PublicEditionRow | undefined {
  return database
    .select(editionColumns)
    .from(publications)
    .where(and(eq(publications.bodyCode, bodyCode), eq(publications.sequenceNumber, sequenceNumber), eq(publications.year, year), isNotNull(publications.publishedAt)))
    .get();
}

/** The published editions of a standard, newest publication first: what replaces what. */
export function listPublishedEditionsOfStandard(database: Database, standardId: string): PublicEditionRow[] {
  return database
    .select(editionColumns)
    .from(publications)
    .where(and(eq(publications.standardId, standardId), isNotNull(publications.publishedAt)))
    .orderBy(desc(publications.publishedAt), desc(publications.id))
    .all();
}

/** Every published edition (of one body when `bodyCode` is given), newest publication first. */
export function listPublicEditions(database: Database, bodyCode: string | undefined): PublicEditionRow[] {
  const published = isNotNull(publications.publishedAt);
  return database
    .select(editionColumns)
    .from(publications)
    .where(bodyCode === undefined ? published : and(published, eq(publications.bodyCode, bodyCode)))
    .orderBy(desc(publications.publishedAt), desc(publications.id))
    .all();
}

export type PublishedFileFormat = 'docx' | 'pdf';

/** The stored bytes of a published edition's file, as kept at publication. */
export function readPublishedFile(database: Database, publicationId: string, format: PublishedFileFormat): Buffer | null {
  const row = database
    .select({ docx: publications.docx, pdf: publications.pdf })
    .from(publications)
    .where(and(eq(publications.id, publicationId), isNotNull(publications.publishedAt)))
    .get();
  return row?.[format] ?? null;
}

/** The byte sizes of both published files, without loading them. */
export function publishedFileSizes(database: Database, publicationId: string): { docx: number; pdf: number } {
  const row = database
    .select({ docx: sql<number | null>`length(${publications.docx})`, pdf: sql<number | null>`length(${publications.pdf})` })
    .from(publications)
    .where(eq(publications.id, publicationId))
    .get();
  return { docx: row?.docx ?? 0, pdf: row?.pdf ?? 0 };
}

export function findFrozenVersion(database: Database, versionId: string): VersionRecord | undefined {
  return database.select().from(standardVersions).where(eq(standardVersions.id, versionId)).get() as VersionRecord | undefined;
}

/** An image of this standard; undefined for another standard's image. */
export function findImageOfStandard(database: Database, standardId: string, imageId: string): { contentType: string; bytes: Buffer } | undefined {
  return database
    .select({ contentType: images.contentType, bytes: images.bytes })
    .from(images)
    .where(and(eq(images.id, imageId), eq(images.standardId, standardId)))
    .get();
}

/** Whether the standard has an image with this id, without loading its bytes. */
export function standardHasImage(database: Database, standardId: string, imageId: string): boolean {
  return database.select({ id: images.id }).from(images).where(and(eq(images.id, imageId), eq(images.standardId, standardId))).get() !== undefined;
}
