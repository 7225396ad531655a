import { and, asc, eq } from 'drizzle-orm';
import type { Database } from '../client';
import { standardMembers, users } from '../schema';
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
