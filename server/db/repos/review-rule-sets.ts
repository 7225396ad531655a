import { asc, eq } from 'drizzle-orm';
import type { Database } from '../client';
import { reviewRuleSets, siteSettings } from '../review-schema';

export type StoredRuleSetRecord = typeof reviewRuleSets.$inferSelect;

export function insertCustomRuleSet(database: Database, record: StoredRuleSetRecord): void {
  database.insert(reviewRuleSets).values(record).run();
}

export function listCustomRuleSets(database: Database): StoredRuleSetRecord[] {
  return database.select().from(reviewRuleSets).orderBy(asc(reviewRuleSets.createdAt)).all();
}

export function findCustomRuleSet(database: Database, id: string): StoredRuleSetRecord | undefined {
  return database.select().from(reviewRuleSets).where(eq(reviewRuleSets.id, id)).get();
}

export function readSiteSetting(database: Database, key: string): string | undefined {
  return database.select().from(siteSettings).where(eq(siteSettings.key, key)).get()?.value;
}

export function writeSiteSetting(database: Database, key: string, value: string, updatedBy: string, updatedAt: Date): void {
  database
    .insert(siteSettings)
    .values({ key, value, updatedBy, updatedAt })
    .onConflictDoUpdate({ target: siteSettings.key, set: { value, updatedBy, updatedAt } })
    .run();
}
