import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GroupCommit } from '../../../server/collab/group-commit';
import type { Database } from '../../../server/db/client';
import { prepareDocumentUpdateAppender, readStoredDocument } from '../../../server/db/repos/document-storage';
import { openTestDatabase } from '../../helpers/test-database';

describe('GroupCommit', () => {
  let connection: ReturnType<typeof openTestDatabase>;

  beforeEach(() => {
    connection = openTestDatabase();
  });
  afterEach(() => {
    connection.remove();
  });

  it('commits the writes queued in one turn together, and settles each promise only after the commit', async () => {
    const groupCommit = new GroupCommit(connection.database);
    const appendDocumentUpdate = prepareDocumentUpdateAppender(connection.database);
    const transactionsSeen = new Set<Database>();
    const settledBeforeCommit: boolean[] = [];
    const writes = [1, 2, 3].map((value) =>
      groupCommit.enqueue((transaction) => {
        transactionsSeen.add(transaction);
        appendDocumentUpdate('standard:a', new Uint8Array([value]), null);
      }),
    );
    expect(readStoredDocument(connection.database, 'standard:a').updates).toHaveLength(0);
    void Promise.race(writes).then(() => settledBeforeCommit.push(readStoredDocument(connection.database, 'standard:a').updates.length < 3));
    await Promise.all(writes);
    expect(transactionsSeen.size).toBe(1);
    expect(settledBeforeCommit).toEqual([false]);
    expect(readStoredDocument(connection.database, 'standard:a').updates.map((update) => [...update])).toEqual([[1], [2], [3]]);

    await groupCommit.enqueue(() => appendDocumentUpdate('standard:a', new Uint8Array([4]), null));
    expect(readStoredDocument(connection.database, 'standard:a').updates).toHaveLength(4);
  });

  it('rejects every write of a batch that fails, and keeps none of them, also those written by a prepared statement', async () => {
    const groupCommit = new GroupCommit(connection.database);
    const appendDocumentUpdate = prepareDocumentUpdateAppender(connection.database);
    const good = groupCommit.enqueue(() => appendDocumentUpdate('standard:b', new Uint8Array([1]), null));
    const bad = groupCommit.enqueue(() => {
      throw new Error('disk full');
    });
    await expect(good).rejects.toThrow('disk full');
    await expect(bad).rejects.toThrow('disk full');
    expect(readStoredDocument(connection.database, 'standard:b').updates).toHaveLength(0);
  });
});
