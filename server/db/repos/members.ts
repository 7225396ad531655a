import { and, asc, eq } from 'drizzle-orm';
import type { Database } from '../client';
import { alias } from 'drizzle-orm/sqlite-core';
import { memberChanges, standardMembers, users } from '../schema';
import type { UserRecord } from './users';

export type MemberRecord = typeof standardMembers.$inferSelect;

export function findMembership(database: Database, standardId: string, userId: string): MemberRecord | undefined {
  return database
    .select()
    .from(standardMembers)
    .where(and(eq(standardMembers.standardId, standardId), eq(standardMembers.userId, userId)))
    .get();
}

export function insertMember(database: Database, member: MemberRecord): void {
  database.insert(standardMembers).values(member).run();
}

export function listMembersWithUsers(
  database: Database,
  standardId: string,
): Array<{ member: MemberRecord; user: UserRecord }> {
  return database
    .select({ member: standardMembers, user: users })
    .from(standardMembers)
    .innerJoin(users, eq(users.id, standardMembers.userId))
    .where(eq(standardMembers.standardId, standardId))
    .orderBy(asc(standardMembers.addedAt), asc(users.username))
    .all();
}

export type MemberChangeRecord = typeof memberChanges.$inferSelect;

export function updateMemberRole(database: Database, standardId: string, userId: string, role: string): void {
  database.update(standardMembers).set({ role }).where(and(eq(standardMembers.standardId, standardId), eq(standardMembers.userId, userId))).run();
}

export function deleteMember(database: Database, standardId: string, userId: string): void {
  database.delete(standardMembers).where(and(eq(standardMembers.standardId, standardId), eq(standardMembers.userId, userId))).run();
}

export function countMembersWithRole(database: Database, standardId: string, role: string): number {
  return database.select().from(standardMembers).where(and(eq(standardMembers.standardId, standardId), eq(standardMembers.role, role))).all().length;
}

export function insertMemberChange(database: Database, change: Omit<MemberChangeRecord, 'id'>): void {
  database.insert(memberChanges).values(change).run();
}

const changedMembers = alias(users, 'changed_members');

/** A standard's member changes, oldest first, with the member and the person who made the change. */
export function listMemberChanges(database: Database, standardId: string): Array<{ change: MemberChangeRecord; member: UserRecord; changer: UserRecord }> {
  return database
    .select({ change: memberChanges, member: changedMembers, changer: users })
    .from(memberChanges)
    .innerJoin(changedMembers, eq(changedMembers.id, memberChanges.userId))
    .innerJoin(users, eq(users.id, memberChanges.changedBy))
    .where(eq(memberChanges.standardId, standardId))
    .orderBy(asc(memberChanges.id))
    .all();
}
