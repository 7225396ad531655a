import { afterAll, describe, expect, it } from 'vitest';
import { recordClauseEdits } from '../../../server/commands/record-clause-edits';
import { listClauseEdits } from '../../../server/db/repos/clause-edits';
import { insertTestUser, openTestDatabase } from '../../helpers/test-database';

describe('recordClauseEdits', () => {
  const connection = openTestDatabase();
  const user = insertTestUser(connection, 'drafter');
  afterAll(() => connection.remove());

  it('keeps one entry per person and clause per minute, and forgets old keys once it remembers many', () => {
    const lastRecorded = new Map<string, number>();
    const start = new Date('2026-11-21T08:00:00Z');
    const at = (seconds: number): Date => new Date(start.getTime() + seconds * 1000);
    const record = (clauseIds: string[], seconds: number) =>
      recordClauseEdits({ database: connection.database, documentName: 'standard:a', clauseIds: new Set(clauseIds), userId: user.id, now: at(seconds), lastRecorded });

    record(['scope'], 0);
    record(['scope', 'terms'], 30);
    record(['scope'], 61);
    expect(listClauseEdits(connection.database, 'standard:a', 'scope')).toHaveLength(2);
    expect(listClauseEdits(connection.database, 'standard:a', 'terms')).toHaveLength(1);

    for (let index = 0; index < 10_001; index += 1) lastRecorded.set(`standard:old|clause-${index}|${user.id}`, start.getTime());
    record(['scope'], 200);
    expect(lastRecorded.size).toBeLessThan(10);
  });
});
