import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Database } from '../client';
import { reviewAttachments, reviewAttendance, reviewPanelMembers, reviews } from '../review-schema';
import { users } from '../schema';
import type { UserRecord } from './users';

export type ReviewRecord = typeof reviews.$inferSelect;
export type PanelMemberRecord = typeof reviewPanelMembers.$inferSelect;
export type AttendanceRecord = typeof reviewAttendance.$inferSelect;
export type AttachmentRecord = typeof reviewAttachments.$inferSelect;

export function insertReview(database: Database, review: ReviewRecord): void {
  database.insert(reviews).values(review).run();
}

export function findReview(database: Database, reviewId: string): ReviewRecord | undefined {
  return database.select().from(reviews).where(eq(reviews.id, reviewId)).get();
}

/** A standard's reviews, newest first. */
export function listReviewsOfStandard(database: Database, standardId: string): ReviewRecord[] {
  return database.select().from(reviews).where(eq(reviews.standardId, standardId)).orderBy(desc(reviews.createdAt), desc(reviews.id)).all();
}

/** Reviews whose panel names the user, newest first. */
export function listReviewsOfPanelMember(database: Database, userId: string): ReviewRecord[] {
  return database
    .select({ review: reviews })
    .from(reviewPanelMembers)
    .innerJoin(reviews, eq(reviews.id, reviewPanelMembers.reviewId))
    .where(eq(reviewPanelMembers.userId, userId))
    .orderBy(desc(reviews.createdAt))
    .all()
    .map((row) => row.review);
}

export function markMaterialsPublished(database: Database, reviewId: string, publishedAt: Date, checkpointHash: string): void {
  database.update(reviews).set({ materialsPublishedAt: publishedAt, materialsCheckpointHash: checkpointHash }).where(eq(reviews.id, reviewId)).run();
}

export function replacePanel(database: Database, reviewId: string, members: readonly PanelMemberRecord[]): void {
  database.delete(reviewPanelMembers).where(eq(reviewPanelMembers.reviewId, reviewId)).run();
  if (members.length > 0) database.insert(reviewPanelMembers).values([...members]).run();
}

export function listPanel(database: Database, reviewId: string): Array<{ seat: PanelMemberRecord; user: UserRecord }> {
  return database
    .select({ seat: reviewPanelMembers, user: users })
    .from(reviewPanelMembers)
    .innerJoin(users, eq(users.id, reviewPanelMembers.userId))
    .where(eq(reviewPanelMembers.reviewId, reviewId))
    .orderBy(asc(reviewPanelMembers.ordinal))
    .all();
}

export function findPanelSeat(database: Database, reviewId: string, userId: string): PanelMemberRecord | undefined {
  return database
    .select()
    .from(reviewPanelMembers)
    .where(and(eq(reviewPanelMembers.reviewId, reviewId), eq(reviewPanelMembers.userId, userId)))
    .get();
}

export function insertAttendance(database: Database, entry: AttendanceRecord): void {
  database.insert(reviewAttendance).values(entry).run();
}

/** Who is present now: each member's latest attendance entry. */
export function presentUserIds(database: Database, reviewId: string): Set<string> {
  const latest = new Map<string, boolean>();
  const entries = database.select().from(reviewAttendance).where(eq(reviewAttendance.reviewId, reviewId)).orderBy(asc(reviewAttendance.recordedAt)).all();
  for (const entry of entries) latest.set(entry.userId, entry.present);
  return new Set([...latest].filter(([, present]) => present).map(([userId]) => userId));
}

export function insertAttachment(database: Database, attachment: AttachmentRecord): void {
  database.insert(reviewAttachments).values(attachment).run();
}

/** The attachments without their content. */
export function listAttachments(database: Database, reviewId: string): Array<Omit<AttachmentRecord, 'content'>> {
  return database
    .select({
      id: reviewAttachments.id,
      reviewId: reviewAttachments.reviewId,
      filename: reviewAttachments.filename,
      contentType: reviewAttachments.contentType,
      size: reviewAttachments.size,
      sha256: reviewAttachments.sha256,
      uploadedBy: reviewAttachments.uploadedBy,
      uploadedAt: reviewAttachments.uploadedAt,
    })
    .from(reviewAttachments)
    .where(eq(reviewAttachments.reviewId, reviewId))
    .orderBy(asc(reviewAttachments.uploadedAt))
    .all();
}

export function findAttachment(database: Database, reviewId: string, attachmentId: string): AttachmentRecord | undefined {
  return database
    .select()
    .from(reviewAttachments)
    .where(and(eq(reviewAttachments.reviewId, reviewId), eq(reviewAttachments.id, attachmentId)))
    .get();
}

export function countAttachments(database: Database, reviewId: string): number {
  return database.select({ id: reviewAttachments.id }).from(reviewAttachments).where(eq(reviewAttachments.reviewId, reviewId)).all().length;
}

export function findUsersByIds(database: Database, userIds: readonly string[]): Map<string, UserRecord> {
  if (userIds.length === 0) return new Map();
  return new Map(database.select().from(users).where(inArray(users.id, [...new Set(userIds)])).all().map((user) => [user.id, user]));
}
