import { and, asc, desc, eq, isNotNull, isNull } from 'drizzle-orm';
import type { Database } from '../client';
import { publications, standardSequenceNumbers } from '../publication-schema';
import { standards } from '../schema';

export type PublicationRecord = typeof publications.$inferSelect;
export type SequenceNumberRecord = typeof standardSequenceNumbers.$inferSelect;

/** The editions of a standard, newest first (a number assigned in 批准 and not yet published is the newest). */
export function listPublicationsOfStandard(database: Database, standardId: string): PublicationRecord[] {
  return database.select().from(publications).where(eq(publications.standardId, standardId)).orderBy(desc(publications.assignedAt), desc(publications.id)).all();
}

export function findPublicationOfStandard(database: Database, standardId: string, publicationId: string): PublicationRecord | undefined {
  return database
    .select()
    .from(publications)
    .where(and(eq(publications.standardId, standardId), eq(publications.id, publicationId)))
    .get();
}

export function findPublicationById(database: Database, publicationId: string): PublicationRecord | undefined {
  return database.select().from(publications).where(eq(publications.id, publicationId)).get();
}

/** A published edition by its number, for the public pages; undefined for a number not (yet) published. */
export function findPublishedEdition(database: Database, bodyCode: string, sequenceNumber: string, year: number): PublicationRecord | undefined {
  return database
    .select()
    .from(publications)
    .where(and(eq(publications.bodyCode, bodyCode), eq(publications.sequenceNumber, sequenceNumber), eq(publications.year, year), isNotNull(publications.publishedAt)))
    .get();
}

/** Every published edition of a body (all bodies when `bodyCode` is left out), newest publication first. */
export function listPublishedEditions(database: Database, bodyCode?: string): PublicationRecord[] {
  const published = isNotNull(publications.publishedAt);
  return database
    .select()
    .from(publications)
    .where(bodyCode === undefined ? published : and(published, eq(publications.bodyCode, bodyCode)))
    .orderBy(desc(publications.publishedAt), desc(publications.id))
    .all();
}

export function insertPublication(database: Database, publication: PublicationRecord): void {
  database.insert(publications).values(publication).run();
}

/** Changes the number of an edition that is not published yet (the trigger refuses it for a published one). */
export function renumberUnpublishedEdition(database: Database, publicationId: string, change: { sequenceNumber: string; year: number; assignedBy: string; assignedAt: Date }): void {
  database
    .update(publications)
    .set(change)
    .where(and(eq(publications.id, publicationId), isNull(publications.publishedAt)))
    .run();
}

export interface PublishedEditionFacts {
  versionId: string;
  publishedOn: string;
  implementedOn: string;
  publishedBy: string;
  publishedAt: Date;
  docx: Buffer;
  docxSha256: string;
  pdf: Buffer;
  pdfSha256: string;
  publishedProcessDocuments: string[];
  reviewDueOn: string;
}

export function markEditionPublished(database: Database, publicationId: string, facts: PublishedEditionFacts): void {
  database.update(publications).set(facts).where(eq(publications.id, publicationId)).run();
}

export function setEditionReviewDueOn(database: Database, publicationId: string, reviewDueOn: string): void {
  database.update(publications).set({ reviewDueOn }).where(eq(publications.id, publicationId)).run();
}

export function markEditionWithdrawn(database: Database, publicationId: string, withdrawnOn: string, withdrawnAt: Date): void {
  database.update(publications).set({ withdrawnOn, withdrawnAt }).where(eq(publications.id, publicationId)).run();
}

/** The sequence numbers a body has handed out, with the standard that holds each. */
export function listSequenceNumbersOfBody(database: Database, bodyCode: string): SequenceNumberRecord[] {
  return database.select().from(standardSequenceNumbers).where(eq(standardSequenceNumbers.bodyCode, bodyCode)).orderBy(asc(standardSequenceNumbers.sequenceNumber)).all();
}

export function insertSequenceNumber(database: Database, record: SequenceNumberRecord): void {
  database.insert(standardSequenceNumbers).values(record).run();
}

/** Gives back a number that was assigned in 批准 and changed before anything was published under it. */
export function releaseSequenceNumber(database: Database, bodyCode: string, sequenceNumber: string, standardId: string): void {
  database
    .delete(standardSequenceNumbers)
    .where(and(eq(standardSequenceNumbers.bodyCode, bodyCode), eq(standardSequenceNumbers.sequenceNumber, sequenceNumber), eq(standardSequenceNumbers.standardId, standardId)))
    .run();
}

/** The project record prints the assigned sequence number on the cover. */
export function setStandardSequenceNumber(database: Database, standardId: string, sequenceNumber: string): void {
  database.update(standards).set({ sequenceNumber }).where(eq(standards.id, standardId)).run();
}

/** Published editions not withdrawn, of standards now in 发布, with their standard: where 复审 due dates are looked for. */
export function listEditionsOfPublishedStandards(database: Database): Array<{ edition: PublicationRecord; standard: typeof standards.$inferSelect }> {
  return database
    .select({ edition: publications, standard: standards })
    .from(publications)
    .innerJoin(standards, eq(standards.id, publications.standardId))
    .where(and(isNotNull(publications.publishedAt), isNull(publications.withdrawnOn), eq(standards.stage, 'published')))
    .orderBy(asc(publications.reviewDueOn), asc(publications.id))
    .all();
}
