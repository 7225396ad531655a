import { eq } from 'drizzle-orm';
import type { Database } from '../client';
import { stakeholderProfiles } from '../schema';

export type StakeholderProfileRecord = typeof stakeholderProfiles.$inferSelect;

export function findStakeholderProfile(database: Database, userId: string): StakeholderProfileRecord | undefined {
  return database.select().from(stakeholderProfiles).where(eq(stakeholderProfiles.userId, userId)).get();
}

export function saveStakeholderProfile(database: Database, profile: StakeholderProfileRecord): void {
  database
    .insert(stakeholderProfiles)
    .values(profile)
    .onConflictDoUpdate({ target: stakeholderProfiles.userId, set: { fullName: profile.fullName, organisation: profile.organisation, email: profile.email, phone: profile.phone, updatedAt: profile.updatedAt } })
    .run();
}
