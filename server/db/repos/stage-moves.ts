import { asc, eq } from 'drizzle-orm';
import type { Database } from '../client';
import { stageMoves, standards, users } from '../schema';
import type { UserRecord } from './users';

export type StageMoveRecord = typeof stageMoves.$inferSelect;

export function insertStageMove(database: Database, move: Omit<StageMoveRecord, 'id'>): void {
  database.insert(stageMoves).values(move).run();
}

export function updateStandardStage(database: Database, standardId: string, stage: string): void {
  database.update(standards).set({ stage }).where(eq(standards.id, standardId)).run();
}

export function listStageMoves(database: Database, standardId: string): Array<{ move: StageMoveRecord; mover: UserRecord }> {
  return database
    .select({ move: stageMoves, mover: users })
    .from(stageMoves)
    .innerJoin(users, eq(users.id, stageMoves.movedBy))
    .where(eq(stageMoves.standardId, standardId))
    .orderBy(asc(stageMoves.id))
    .all();
}
