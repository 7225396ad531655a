import { afterEach, describe, expect, it } from 'vitest';
import { latestSignedCheckpoint } from '../../../server/ledger/latest-checkpoint';
import { appendLedgerRecord } from '../../../server/ledger/append-ledger-record';
import { composeLedgerRecord, hashOfCanonicalRecord, type LedgerEvent } from '../../../server/ledger/ledger-record';
import { merkleLeafHash, merkleTreeHash } from '../../../server/ledger/merkle-tree';
import { listLedgerRecords } from '../../../server/ledger/read-ledger-records';
import { loadOrCreateLedgerSigningKey } from '../../../server/ledger/signing-key';
import { verifyLedger } from '../../../server/ledger/verify-ledger';
import { createTemporaryDirectory } from '../../helpers/temporary-directory';
import { openLedgerTestLog, sampleEvent, sampleTime, StandardRelinker, standardLinkOf, tamperWith, type LedgerTestLog } from './ledger-test-log';

interface StoredRow {
  sequence: number;
  kind: string;
  standard_id: string;
  subject_id: string;
  actor_user_id: string | null;
  canonical: string;
  hash: string;
}

describe('verifyLedger', () => {
  let log: LedgerTestLog | null = null;
  afterEach(() => log?.connection.remove());

  function openLog(recordCount: number, checkpointsAfter: readonly number[] = []): LedgerTestLog {
    log = openLedgerTestLog(recordCount, checkpointsAfter);
    return log;
  }

  function verify(testLog: LedgerTestLog) {
    return verifyLedger(testLog.connection.database, testLog.key.publicKey);
  }

  it('finds an intact log intact and reports its size, root and key', () => {
    const testLog = openLog(12, [5, 12]);
    const result = verify(testLog);
    const leaves = listLedgerRecords(testLog.connection.database).map(({ canonical }) => merkleLeafHash(canonical));
    expect(result).toMatchObject({ ok: true, entries: 12, lastSequence: 12, root: merkleTreeHash(leaves).toString('hex'), publicKey: testLog.key.publicKeyBase64 });
    expect(result.problem).toBeUndefined();
    expect(result.latestCheckpoint).toMatchObject({ treeSize: 12, rootHash: result.root });
  });

  it('finds an empty log intact', () => {
    const result = verify(openLog(0));
    expect(result).toMatchObject({ ok: true, entries: 0, lastSequence: 0, root: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', latestCheckpoint: null });
  });

  it('names the record whose byte was flipped', () => {
    const testLog = openLog(10, [10]);
    tamperWith(testLog.connection.path, (sqlite) => {
      const row = sqlite.prepare('SELECT canonical FROM ledger_records WHERE sequence = 6').get() as { canonical: string };
      const flipped = row.canonical.replace('5.6', '5.7');
      expect(flipped).not.toBe(row.canonical);
      sqlite.prepare('UPDATE ledger_records SET canonical = ? WHERE sequence = 6').run(flipped);
    });
    expect(verify(testLog)).toMatchObject({ ok: false, problem: { code: 'record_changed', sequence: 6 } });
  });

  it('names the record whose raw bytes were flipped even when the text is no longer JSON', () => {
    const testLog = openLog(5);
    tamperWith(testLog.connection.path, (sqlite) => {
      const row = sqlite.prepare('SELECT canonical FROM ledger_records WHERE sequence = 3').get() as { canonical: string };
      const bytes = Buffer.from(row.canonical, 'utf8');
      bytes[0] = (bytes[0] ?? 0) ^ 0x01;
      sqlite.prepare('UPDATE ledger_records SET canonical = ? WHERE sequence = 3').run(bytes.toString('latin1'));
    });
    expect(verify(testLog)).toMatchObject({ ok: false, problem: { code: 'record_changed', sequence: 3 } });
  });

  it('notices a changed record whose hash column was fixed too: at the broken link, or exactly when a checkpoint covers it', () => {
    function changeRecordFour(testLog: LedgerTestLog): void {
      tamperWith(testLog.connection.path, (sqlite) => {
        const row = sqlite.prepare('SELECT canonical FROM ledger_records WHERE sequence = 4').get() as { canonical: string };
        const event = sampleEvent(4);
        const changed = composeLedgerRecord({ ...event, payload: { ...event.payload, text: '改过的意见' } }, 4, (JSON.parse(row.canonical) as { previousHash: string }).previousHash, sampleTime(4), standardLinkOf(row.canonical));
        sqlite.prepare('UPDATE ledger_records SET canonical = ?, hash = ? WHERE sequence = 4').run(changed.canonical, changed.hash);
      });
    }
    const uncovered = openLog(8);
    changeRecordFour(uncovered);
    expect(verify(uncovered)).toMatchObject({ ok: false, problem: { code: 'chain_broken', sequence: 5 } });
    uncovered.connection.remove();

    const covered = openLog(8, [8]);
    changeRecordFour(covered);
    expect(verify(covered)).toMatchObject({ ok: false, problem: { code: 'record_differs_from_checkpoint', sequence: 4 } });
  });

  it('names a record whose text is no longer canonical even though its hash was recomputed', () => {
    const testLog = openLog(4);
    tamperWith(testLog.connection.path, (sqlite) => {
      const row = sqlite.prepare('SELECT canonical FROM ledger_records WHERE sequence = 2').get() as { canonical: string };
      const spaced = row.canonical.replace('"kind":', '"kind": ');
      sqlite.prepare('UPDATE ledger_records SET canonical = ?, hash = ? WHERE sequence = 2').run(spaced, hashOfCanonicalRecord(spaced));
    });
    expect(verify(testLog)).toMatchObject({ ok: false, problem: { code: 'record_not_canonical', sequence: 2 } });
  });

  it('names a record whose query columns were changed', () => {
    const testLog = openLog(4);
    tamperWith(testLog.connection.path, (sqlite) => sqlite.prepare("UPDATE ledger_records SET standard_id = 'another' WHERE sequence = 3").run());
    expect(verify(testLog)).toMatchObject({ ok: false, problem: { code: 'record_changed', sequence: 3 } });
  });

  it('names a deleted row', () => {
    const testLog = openLog(10, [10]);
    tamperWith(testLog.connection.path, (sqlite) => sqlite.prepare('DELETE FROM ledger_records WHERE sequence = 4').run());
    expect(verify(testLog)).toMatchObject({ ok: false, problem: { code: 'record_missing', sequence: 4 } });
  });

  it('names the first of two swapped rows', () => {
    const testLog = openLog(10, [10]);
    tamperWith(testLog.connection.path, (sqlite) => {
      const read = sqlite.prepare('SELECT * FROM ledger_records WHERE sequence = ?');
      const third = read.get(3) as StoredRow;
      const seventh = read.get(7) as StoredRow;
      const write = sqlite.prepare('UPDATE ledger_records SET kind = ?, standard_id = ?, subject_id = ?, actor_user_id = ?, canonical = ?, hash = ? WHERE sequence = ?');
      write.run(seventh.kind, seventh.standard_id, seventh.subject_id, seventh.actor_user_id, seventh.canonical, seventh.hash, 3);
      write.run(third.kind, third.standard_id, third.subject_id, third.actor_user_id, third.canonical, third.hash, 7);
    });
    expect(verify(testLog)).toMatchObject({ ok: false, problem: { code: 'record_reordered', sequence: 3 } });
  });

  it('names a record whose link to its standard’s previous record is wrong although the log’s own chain holds', () => {
    const testLog = openLog(6);
    tamperWith(testLog.connection.path, (sqlite) => {
      const rows = sqlite.prepare('SELECT canonical, hash FROM ledger_records ORDER BY sequence').all() as Array<{ canonical: string; hash: string }>;
      // Record 5 (standard-odd's record 3) is made to claim it is the standard's record 2, after record 1: record 3 vanishes from the standard's chain.
      const event = sampleEvent(5);
      const forged = composeLedgerRecord(event, 5, rows[3]?.hash ?? '', sampleTime(5), { standardSequence: 2, previousStandardHash: rows[0]?.hash ?? '' });
      sqlite.prepare('UPDATE ledger_records SET canonical = ?, hash = ? WHERE sequence = 5').run(forged.canonical, forged.hash);
      const next = composeLedgerRecord(sampleEvent(6), 6, forged.hash, sampleTime(6), standardLinkOf(rows[5]?.canonical ?? ''));
      sqlite.prepare('UPDATE ledger_records SET canonical = ?, hash = ? WHERE sequence = 6').run(next.canonical, next.hash);
    });
    expect(verify(testLog)).toMatchObject({ ok: false, problem: { code: 'chain_broken', sequence: 5, message: expect.stringContaining('does not follow the previous record of standard standard-odd') } });
  });

  it('names a row inserted into the middle, even one that chains correctly to the record before it', () => {
    const testLog = openLog(10, [10]);
    tamperWith(testLog.connection.path, (sqlite) => {
      const before = sqlite.prepare('SELECT hash FROM ledger_records WHERE sequence = 5').get() as { hash: string };
      const earlier = sqlite.prepare('SELECT canonical, hash FROM ledger_records WHERE sequence <= 5 ORDER BY sequence').all() as Array<{ canonical: string; hash: string }>;
      sqlite.prepare('UPDATE ledger_records SET sequence = -(sequence + 1) WHERE sequence >= 6').run();
      sqlite.prepare('UPDATE ledger_records SET sequence = -sequence WHERE sequence < 0').run();
      const forged = composeLedgerRecord(forgedEvent(), 6, before.hash, sampleTime(6), new StandardRelinker(earlier).next(forgedEvent().standardId));
      sqlite
        .prepare('INSERT INTO ledger_records (sequence, kind, standard_id, subject_id, actor_user_id, canonical, hash) VALUES (?, ?, ?, ?, ?, ?, ?)')
        .run(6, forged.record.kind, forged.record.standardId, forged.record.subjectId, forged.record.actor?.userId ?? null, forged.canonical, forged.hash);
    });
    expect(verify(testLog)).toMatchObject({ ok: false, problem: { code: 'record_inserted', sequence: 6 } });
  });

  it('names the first record of a tail that was rewritten and re-hashed without the key', () => {
    const testLog = openLog(20, [8, 20]);
    rewriteTailFrom(testLog, 14);
    const result = verify(testLog);
    expect(result).toMatchObject({ ok: false, problem: { code: 'record_differs_from_checkpoint', sequence: 14 } });
  });

  it('names the rewritten record when only the last record was rewritten', () => {
    const testLog = openLog(6, [6]);
    rewriteTailFrom(testLog, 6);
    expect(verify(testLog)).toMatchObject({ ok: false, problem: { code: 'record_differs_from_checkpoint', sequence: 6 } });
  });

  it('names the first removed record when the end of the log was cut off after a checkpoint', () => {
    const testLog = openLog(10, [10]);
    tamperWith(testLog.connection.path, (sqlite) => sqlite.prepare('DELETE FROM ledger_records WHERE sequence > 7').run());
    expect(verify(testLog)).toMatchObject({ ok: false, problem: { code: 'records_removed_after_checkpoint', sequence: 8 } });
  });

  it('notices a checkpoint whose root was changed, one that was removed, and one signed by another key', () => {
    const changed = openLog(6, [3, 6]);
    tamperWith(changed.connection.path, (sqlite) => sqlite.prepare("UPDATE ledger_checkpoints SET root_hash = ? WHERE tree_size = 6").run('0'.repeat(64)));
    expect(verify(changed)).toMatchObject({ ok: false, problem: { code: 'checkpoint_signature_invalid', sequence: 6 } });
    changed.connection.remove();

    const removed = openLog(6, [2, 4, 6]);
    tamperWith(removed.connection.path, (sqlite) => sqlite.prepare('DELETE FROM ledger_checkpoints WHERE tree_size = 4').run());
    expect(verify(removed)).toMatchObject({ ok: false, problem: { code: 'checkpoint_removed', sequence: 3 } });
    removed.connection.remove();

    const otherKey = openLog(4, [4]);
    const directory = createTemporaryDirectory();
    try {
      const stranger = loadOrCreateLedgerSigningKey(`${directory.path}/other.pem`);
      expect(verifyLedger(otherKey.connection.database, stranger.publicKey)).toMatchObject({ ok: false, problem: { code: 'checkpoint_signed_by_another_key', sequence: 4 } });
    } finally {
      directory.remove();
    }
  });

  it('notices leaf hashes kept with a checkpoint that were changed to match a rewrite', () => {
    const testLog = openLog(8, [8]);
    rewriteTailFrom(testLog, 5);
    tamperWith(testLog.connection.path, (sqlite) => {
      const leaves = Buffer.concat(listLedgerRecords(testLog.connection.database).map(({ canonical }) => merkleLeafHash(canonical)));
      sqlite.prepare('UPDATE ledger_checkpoints SET new_leaf_hashes = ? WHERE tree_size = 8').run(leaves);
    });
    expect(verify(testLog)).toMatchObject({ ok: false, problem: { code: 'checkpoint_altered', sequence: 1 } });
  });

  it('signs a new checkpoint only when the log grew, extending the previous one', () => {
    const testLog = openLog(3);
    const database = testLog.connection.database;
    const first = latestSignedCheckpoint(database, testLog.key, sampleTime(10));
    expect(latestSignedCheckpoint(database, testLog.key, sampleTime(11))).toEqual(first);
    database.transaction((transaction) => appendLedgerRecord(transaction, sampleEvent(4), sampleTime(4)));
    const second = latestSignedCheckpoint(database, testLog.key, sampleTime(12));
    expect(second.treeSize).toBe(4);
    expect(second.rootHash).toBe(merkleTreeHash(listLedgerRecords(database).map(({ canonical }) => merkleLeafHash(canonical))).toString('hex'));
    expect(verify(testLog).ok).toBe(true);
  });
});

function forgedEvent(): LedgerEvent {
  return { kind: 'disposition.recorded', actor: { userId: 'user-1', username: 'drafter1' }, standardId: 'standard-odd', subjectId: 'comment-forged', payload: { decision: 'accepted' } };
}

/** Replaces records from `first` on with changed ones, each chained and hashed correctly: all that is missing is the key. */
function rewriteTailFrom(testLog: LedgerTestLog, first: number): void {
  const records = listLedgerRecords(testLog.connection.database);
  tamperWith(testLog.connection.path, (sqlite) => {
    let previousHash = records[first - 2]?.hash ?? '0'.repeat(64);
    const relinker = new StandardRelinker(records.slice(0, first - 1));
    for (const { record } of records.slice(first - 1)) {
      const event = sampleEvent(record.sequence);
      const link = relinker.next(event.standardId);
      const rewritten = composeLedgerRecord(record.sequence === first ? { ...event, payload: { ...event.payload, text: '事后改写的意见' } } : event, record.sequence, previousHash, new Date(record.timestamp), link);
      relinker.wrote(event.standardId, link, rewritten.hash);
      sqlite.prepare('UPDATE ledger_records SET canonical = ?, hash = ? WHERE sequence = ?').run(rewritten.canonical, rewritten.hash, record.sequence);
      previousHash = rewritten.hash;
    }
  });
}
