import { afterEach, describe, expect, it } from 'vitest';
import type { LedgerExport } from '../../../shared/api/ledger';
import { buildStandardLedgerExport } from '../../../server/ledger/ledger-export';
import { verifyLedgerExport } from '../../../server/ledger/verify-ledger-export';
import { openLedgerTestLog, sampleTime, type LedgerTestLog } from './ledger-test-log';

/** Records 1..12 alternate between two standards: standard-odd holds log records 1, 3, 5, 7, 9, 11 (its records 1..6). */
describe('a standard’s record-log export is provably complete', () => {
  let log: LedgerTestLog | null = null;
  afterEach(() => log?.connection.remove());

  function oddExport(): { exported: LedgerExport; testLog: LedgerTestLog } {
    log = openLedgerTestLog(12);
    return { exported: buildStandardLedgerExport(log.connection.database, log.key, 'standard-odd', sampleTime(13)), testLog: log };
  }

  function verifyRecords(testLog: LedgerTestLog, exported: LedgerExport, keep: (index: number) => boolean) {
    return verifyLedgerExport({ ...exported, records: exported.records.filter((_, index) => keep(index)) }, testLog.key.publicKey);
  }

  it('says precisely what a complete export proves', () => {
    const { exported, testLog } = oddExport();
    const result = verifyLedgerExport(exported, testLog.key.publicKey);
    expect(result).toMatchObject({ ok: true, records: 6 });
    expect(result.proves).toBe(`Records 1..6 of standard standard-odd, complete up to checkpoint ${exported.checkpoint.checkpointHash} signed at ${exported.checkpoint.timestamp} over 12 records.`);
    expect(exported.standardHead).toMatchObject({ count: 6 });
  });

  it('fails when a record is deleted from the middle, naming the missing one', () => {
    const { exported, testLog } = oddExport();
    const result = verifyRecords(testLog, exported, (index) => index !== 2);
    expect(result).toMatchObject({ ok: false, proves: null, problem: { code: 'standard_record_missing', sequence: 7 } });
    expect(result.problem?.message).toBe("Standard standard-odd's record 3 is missing from the export: after its record 2 comes its record 4.");
  });

  it('fails when the first record is deleted', () => {
    const { exported, testLog } = oddExport();
    expect(verifyRecords(testLog, exported, (index) => index !== 0).problem).toMatchObject({
      code: 'standard_record_missing',
      message: "Standard standard-odd's record 1 is missing from the export: after its record 0 comes its record 2.",
    });
  });

  it('fails when the last record is deleted', () => {
    const { exported, testLog } = oddExport();
    expect(verifyRecords(testLog, exported, (index) => index < 5).problem).toMatchObject({
      code: 'standard_records_missing_at_end',
      message: 'The checkpoint signed 6 records of standard standard-odd but the export holds 5: its last record (record 6) is missing.',
    });
  });

  it('fails when the last two records are deleted', () => {
    const { exported, testLog } = oddExport();
    expect(verifyRecords(testLog, exported, (index) => index < 4).problem).toMatchObject({
      code: 'standard_records_missing_at_end',
      message: 'The checkpoint signed 6 records of standard standard-odd but the export holds 4: its records 5 to 6 are missing.',
    });
  });

  it('fails when every record is deleted', () => {
    const { exported, testLog } = oddExport();
    expect(verifyRecords(testLog, exported, () => false).problem).toMatchObject({
      code: 'standard_records_missing_at_end',
      message: 'The checkpoint signed 6 records of standard standard-odd but the export holds 0: its records 1 to 6 are missing.',
    });
  });

  it('fails when every record and the signed count are deleted, or the count is lowered', () => {
    const { exported, testLog } = oddExport();
    const { standardHead, ...withoutHead } = exported;
    expect(standardHead).toBeDefined();
    expect(verifyLedgerExport({ ...withoutHead, records: [] }, testLog.key.publicKey).problem).toMatchObject({ code: 'standard_head_missing', message: expect.stringContaining('cannot show that none was left out') });
    const lowered = { ...exported, records: exported.records.slice(0, 4), standardHead: { ...(standardHead as NonNullable<LedgerExport['standardHead']>), count: 4 } };
    expect(verifyLedgerExport(lowered, testLog.key.publicKey).problem).toMatchObject({ code: 'standard_head_invalid', message: expect.stringContaining('is not the one the checkpoint signed') });
  });

  it('fails when two records are swapped or one is repeated', () => {
    const { exported, testLog } = oddExport();
    const swapped = [...exported.records];
    [swapped[1], swapped[2]] = [swapped[2] as LedgerExport['records'][number], swapped[1] as LedgerExport['records'][number]];
    expect(verifyLedgerExport({ ...exported, records: swapped }, testLog.key.publicKey).problem).toMatchObject({ code: 'record_reordered', sequence: 5, message: "Standard standard-odd's record 3 comes before its record 2: the records are out of order." });
    const repeated = [...exported.records.slice(0, 3), exported.records[2] as LedgerExport['records'][number], ...exported.records.slice(3)];
    expect(verifyLedgerExport({ ...exported, records: repeated }, testLog.key.publicKey).problem).toMatchObject({ code: 'record_reordered' });
  });
});
