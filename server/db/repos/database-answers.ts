import { sql } from 'drizzle-orm';
import type { Database } from '../client';

/** Runs a trivial query: whether the database file can still be read through this connection. */
export function databaseAnswers(database: Database): { answers: boolean; problem: string | null } {
  try {
    const row = database.get<{ one: number }>(sql`select 1 as one`);
    return row.one === 1 ? { answers: true, problem: null } : { answers: false, problem: 'select 1 answered something else' };
  } catch (error) {
    return { answers: false, problem: error instanceof Error ? error.message : String(error) };
  }
}
