import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { appendLedgerRecord } from '../../../server/ledger/append-ledger-record';
import { canonicalJson } from '../../../server/ledger/canonical-json';
import { genesisHash } from '../../../server/ledger/ledger-record';
import { listLedgerRecords, listLedgerRecordsOfStandard, listLedgerRecordsOfSubject } from '../../../server/ledger/read-ledger-records';
import { sha256Hex } from '../../../server/ledger/sha256';
import { openDatabase } from '../../../server/db/client';
import { createTemporaryDirectory } from '../../helpers/temporary-directory';
import { openLedgerTestLog, sampleEvent, sampleTime, type LedgerTestLog } from './ledger-test-log';

describe('appendLedgerRecord', () => {
  let log: LedgerTestLog | null = null;
  afterEach(() => log?.connection.remove());

  it('numbers records 1, 2, 3 and links each to the SHA-256 of the previous canonical text', () => {
    log = openLedgerTestLog(3);
    const records = listLedgerRecords(log.connection.database);
    expect(records.map(({ record }) => record.sequence)).toEqual([1, 2, 3]);
    expect(records[0]?.record.previousHash).toBe(genesisHash);
    expect(records[1]?.record.previousHash).toBe(sha256Hex(records[0]?.canonical ?? ''));
    expect(records[2]?.record.previousHash).toBe(records[1]?.hash);
    for (const { record, canonical, hash } of records) {
      expect(canonicalJson(JSON.parse(canonical))).toBe(canonical);
      expect(hash).toBe(sha256Hex(canonical));
      expect(Object.keys(JSON.parse(canonical) as object)).toEqual(['actor', 'kind', 'payload', 'previousHash', 'previousStandardHash', 'sequence', 'standardId', 'standardSequence', 'subjectId', 'timestamp']);
      expect(record.timestamp).toBe(sampleTime(record.sequence).toISOString());
    }
    expect(records[0]?.record).toEqual({ ...sampleEvent(1), sequence: 1, timestamp: sampleTime(1).toISOString(), previousHash: genesisHash, standardSequence: 1, previousStandardHash: genesisHash });
    // Records 1 and 3 belong to standard-odd, 2 to standard-even: each standard's records form their own chain.
    expect(records[1]?.record).toMatchObject({ standardSequence: 1, previousStandardHash: genesisHash });
    expect(records[2]?.record).toMatchObject({ standardSequence: 2, previousStandardHash: records[0]?.hash });
  });

  it('returns the record as stored and reads back by standard and by subject', () => {
    log = openLedgerTestLog(4);
    const appended = log.connection.database.transaction((transaction) =>
      appendLedgerRecord(transaction, { kind: 'comment_period.closed', actor: null, standardId: 'standard-odd', subjectId: 'period-1', payload: { endsAt: '2026-12-01T00:00:00.000Z' } }, sampleTime(5)),
    );
    expect(appended.record).toMatchObject({ sequence: 5, actor: null, kind: 'comment_period.closed' });
    expect(listLedgerRecordsOfStandard(log.connection.database, 'standard-odd').map(({ record }) => record.sequence)).toEqual([1, 3, 5]);
    expect(listLedgerRecordsOfStandard(log.connection.database, 'standard-odd', 3).map(({ record }) => record.sequence)).toEqual([1, 3]);
    expect(listLedgerRecordsOfSubject(log.connection.database, 'period-1')).toEqual([appended]);
  });

  it('rolls back with the transaction it is part of', () => {
    log = openLedgerTestLog(2);
    const database = log.connection.database;
    expect(() =>
      database.transaction((transaction) => {
        appendLedgerRecord(transaction, sampleEvent(3), sampleTime(3));
        throw new Error('the change being recorded failed');
      }),
    ).toThrow('the change being recorded failed');
    expect(listLedgerRecords(database)).toHaveLength(2);
    database.transaction((transaction) => appendLedgerRecord(transaction, sampleEvent(3), sampleTime(3)));
    expect(listLedgerRecords(database).map(({ record }) => record.sequence)).toEqual([1, 2, 3]);
  });

  it('must be called inside the caller’s transaction', () => {
    log = openLedgerTestLog(0);
    expect(() => appendLedgerRecord(log?.connection.database as never, sampleEvent(1), sampleTime(1))).toThrow('inside the transaction');
  });

  it('refuses a connection that does not fsync every commit (synchronous below FULL)', () => {
    const directory = createTemporaryDirectory();
    const connection = openDatabase(`${directory.path}/normal.db`, 'NORMAL');
    try {
      expect(() => connection.database.transaction((transaction) => appendLedgerRecord(transaction, sampleEvent(1), sampleTime(1)))).toThrow('synchronous=FULL');
    } finally {
      connection.close();
      directory.remove();
    }
  });

  it('refuses payloads JSON cannot carry exactly', () => {
    log = openLedgerTestLog(0);
    const database = log.connection.database;
    expect(() => database.transaction((transaction) => appendLedgerRecord(transaction, { ...sampleEvent(1), payload: { weight: Number.NaN } }, sampleTime(1)))).toThrow();
    expect(listLedgerRecords(database)).toHaveLength(0);
  });

  it('the database refuses to change or delete a record or a checkpoint (triggers)', () => {
    log = openLedgerTestLog(3, [3]);
    const sqlite = new BetterSqlite3(log.connection.path);
    try {
      expect(() => sqlite.prepare("UPDATE ledger_records SET canonical = '{}' WHERE sequence = 2").run()).toThrow('records of the record log cannot be changed');
      expect(() => sqlite.prepare('DELETE FROM ledger_records WHERE sequence = 3').run()).toThrow('records of the record log cannot be deleted');
      expect(() => sqlite.prepare("UPDATE ledger_checkpoints SET root_hash = 'x'").run()).toThrow('signed checkpoints cannot be changed');
      expect(() => sqlite.prepare('DELETE FROM ledger_checkpoints').run()).toThrow('signed checkpoints cannot be deleted');
      expect(sqlite.prepare('SELECT count(*) AS rows FROM ledger_records').get()).toEqual({ rows: 3 });
    } finally {
      sqlite.close();
    }
  });
});
