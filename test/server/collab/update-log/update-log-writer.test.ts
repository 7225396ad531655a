import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { UpdateLogEntry } from '../../../../server/collab/update-log/update-log-messages';
import { UpdateLogWriter } from '../../../../server/collab/update-log/update-log-writer';
import { listClauseEdits } from '../../../../server/db/repos/clause-edits';
import { readStoredDocument } from '../../../../server/db/repos/document-storage';
import { updateLogStatements } from '../../../../server/db/repos/update-log-statements';
import { insertTestUser, openTestDatabase } from '../../../helpers/test-database';

describe('UpdateLogWriter', () => {
  let connection: ReturnType<typeof openTestDatabase>;
  let writer: UpdateLogWriter;
  let userId: string;

  beforeEach(() => {
    connection = openTestDatabase();
    userId = insertTestUser(connection, 'drafter').id;
    writer = new UpdateLogWriter({ databasePath: connection.path, synchronous: 'FULL', statements: updateLogStatements(connection.database) });
  });

  afterEach(async () => {
    await writer.close();
    connection.remove();
  });

  const entry = (value: number, clauseIds: string[] = []): UpdateLogEntry => ({
    kind: 'update',
    documentName: 'standard:a',
    update: new Uint8Array([value]),
    userId,
    createdAt: Date.parse('2026-11-21T08:00:00Z') + value,
    clauseEdits: clauseIds.map((clauseId) => ({ clauseId, editedAt: Date.parse('2026-11-21T08:00:00Z') })),
  });
  const storedValues = (): number[][] => readStoredDocument(connection.database, 'standard:a').updates.map((update) => [...update]);

  it('writes each update with its clause-history rows from its own thread and answers with the log ids', async () => {
    const ids = await Promise.all([writer.append(entry(1, ['scope'])), writer.append(entry(2)), writer.append(entry(3, ['terms', 'scope']))]);
    expect(ids[0]).toBeLessThan(ids[1] ?? 0);
    expect(ids[1]).toBeLessThan(ids[2] ?? 0);
    expect(storedValues()).toEqual([[1], [2], [3]]);
    expect(readStoredDocument(connection.database, 'standard:a').lastUpdateId).toBe(ids[2]);
    expect(listClauseEdits(connection.database, 'standard:a', 'scope').map(({ edit }) => edit.editedAt.toISOString())).toEqual(['2026-11-21T08:00:00.000Z', '2026-11-21T08:00:00.000Z']);
  });

  it('commits the updates of one turn in one transaction: one that fails takes its batch with it, and later ones are written', async () => {
    const outside = new BetterSqlite3(connection.path);
    outside.exec(`CREATE TRIGGER refuse_marked_update BEFORE INSERT ON document_updates WHEN NEW."update" = X'FF' BEGIN SELECT RAISE(ABORT, 'refused'); END`);
    outside.close();
    const batch = [writer.append(entry(1)), writer.append(entry(0xff)), writer.append(entry(2))];
    for (const write of batch) await expect(write).rejects.toThrow('refused');
    expect(storedValues()).toEqual([]);

    await writer.append(entry(3));
    expect(storedValues()).toEqual([[3]]);
  });

  it('writes everything queued before it closes', async () => {
    const writes = Array.from({ length: 50 }, (_unused, index) => writer.append(entry(index)));
    await writer.close();
    await Promise.all(writes);
    expect(storedValues()).toHaveLength(50);
    await expect(writer.append(entry(60))).rejects.toThrow('closed');
  });

  it('writes a snapshot after the updates queued before it and deletes the log entries it contains, in order', async () => {
    const first = await writer.append(entry(1));
    const queuedBefore = writer.append(entry(2));
    const snapshot = writer.writeSnapshot({ kind: 'snapshot', documentName: 'standard:a', state: new Uint8Array([9, 9]), containsUpdatesThroughId: first, updatedAt: Date.parse('2026-11-21T09:00:00Z') });
    const queuedAfter = writer.append(entry(3));
    await Promise.all([queuedBefore, snapshot, queuedAfter]);
    const stored = readStoredDocument(connection.database, 'standard:a');
    expect(stored.snapshot && [...stored.snapshot]).toEqual([9, 9]);
    expect(storedValues()).toEqual([[2], [3]]);

    await writer.writeSnapshot({ kind: 'snapshot', documentName: 'standard:a', state: new Uint8Array([8]), containsUpdatesThroughId: null, updatedAt: Date.parse('2026-11-21T09:01:00Z') });
    const replaced = readStoredDocument(connection.database, 'standard:a');
    expect(replaced.snapshot && [...replaced.snapshot]).toEqual([8]);
    expect(storedValues()).toEqual([[2], [3]]);
  });
});
