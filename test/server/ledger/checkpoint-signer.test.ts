import { afterEach, describe, expect, it } from 'vitest';
import { startCheckpointSigner } from '../../../server/ledger/checkpoint-signer';
import { checkpointSignatureIsValid } from '../../../server/ledger/checkpoint-signature';
import { verifyLedger } from '../../../server/ledger/verify-ledger';
import { openLedgerTestLog, tamperWith, type LedgerTestLog } from './ledger-test-log';

describe('startCheckpointSigner', () => {
  let log: LedgerTestLog | null = null;
  afterEach(() => log?.connection.remove());

  it('signs a checkpoint over every record as soon as it starts', () => {
    log = openLedgerTestLog(7);
    const errors: unknown[] = [];
    const signer = startCheckpointSigner(log.connection.database, log.key, 60_000, (error) => errors.push(error));
    signer.stop();
    const { latestCheckpoint } = verifyLedger(log.connection.database, log.key.publicKey);
    expect(latestCheckpoint?.treeSize).toBe(7);
    expect(latestCheckpoint && checkpointSignatureIsValid(latestCheckpoint, log.key.publicKey)).toBe(true);
    expect(errors).toEqual([]);
  });

  it('reports a log it cannot sign instead of signing over the damage', () => {
    log = openLedgerTestLog(7, [7]);
    tamperWith(log.connection.path, (sqlite) => sqlite.prepare('DELETE FROM ledger_records WHERE sequence > 5').run());
    const errors: unknown[] = [];
    startCheckpointSigner(log.connection.database, log.key, 60_000, (error) => errors.push(error)).stop();
    expect(errors).toHaveLength(1);
    expect(String(errors[0])).toContain('covers 7 records but the log ends at 5');
    expect(verifyLedger(log.connection.database, log.key.publicKey).latestCheckpoint?.treeSize).toBe(7);
  });
});
