import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { LedgerExport } from '../../../shared/api/ledger';
import { buildLedgerExport, buildStandardLedgerExport } from '../../../server/ledger/ledger-export';
import { composeLedgerRecord } from '../../../server/ledger/ledger-record';
import { loadOrCreateLedgerSigningKey } from '../../../server/ledger/signing-key';
import { verifyLedgerExport } from '../../../server/ledger/verify-ledger-export';
import { listLedgerRecords } from '../../../server/ledger/read-ledger-records';
import { openLedgerTestLog, sampleEvent, sampleTime, StandardRelinker, tamperWith, type LedgerTestLog } from './ledger-test-log';

const repositoryRoot = join(import.meta.dirname, '..', '..', '..');

function runScript(script: string, args: string[], environment: Record<string, string> = {}): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(repositoryRoot, 'scripts', script), ...args], {
    cwd: repositoryRoot,
    env: { ...process.env, ...environment },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('npm run ledger:verify', () => {
  let log: LedgerTestLog | null = null;
  afterEach(() => log?.connection.remove());

  it('exits 0 for an intact log and non-zero, naming the record, for a changed one', () => {
    log = openLedgerTestLog(12, [12]);
    const environment = { DATABASE_PATH: log.connection.path };
    const intact = runScript('ledger-verify.ts', [], environment);
    expect(intact.output).toContain('Intact');
    expect(intact.output).toContain('Records: 12');
    expect(intact.status).toBe(0);

    tamperWith(log.connection.path, (sqlite) => sqlite.prepare('DELETE FROM ledger_records WHERE sequence = 7').run());
    const broken = runScript('ledger-verify.ts', [], environment);
    expect(broken.output).toContain('NOT INTACT at record 7 (record_missing)');
    expect(broken.status).toBe(1);
  });

  it('exits 2 when there is no database to check', () => {
    const result = runScript('ledger-verify.ts', [], { DATABASE_PATH: join(repositoryRoot, 'no-such-folder', 'none.db') });
    expect(result.status).toBe(2);
    expect(result.output).toContain('There is no database');
  });
});

describe('npm run ledger:verify-export (offline)', () => {
  let log: LedgerTestLog | null = null;
  afterEach(() => log?.connection.remove());

  function writeExport(exported: LedgerExport, name: string): string {
    const path = join(dirname(log?.connection.path ?? ''), name);
    writeFileSync(path, JSON.stringify(exported, null, 2));
    return path;
  }

  it('verifies a good export with the public key as base64 or as a PEM file, and refuses a modified one or a wrong key', () => {
    log = openLedgerTestLog(15, [6]);
    const exported = buildLedgerExport(log.connection.database, log.key, sampleTime(20));
    expect(exported.checkpoint.treeSize).toBe(15);
    const good = writeExport(exported, 'good.json');
    const withBase64 = runScript('ledger-verify-export.ts', [good, '--public-key', log.key.publicKeyBase64]);
    expect(withBase64.output).toContain('Verified');
    expect(withBase64.status).toBe(0);
    const pemPath = join(dirname(log.connection.path), 'public.pem');
    writeFileSync(pemPath, log.key.publicKeyPem);
    expect(runScript('ledger-verify-export.ts', [good, '--public-key', pemPath]).status).toBe(0);

    const changedRecords = exported.records.map((entry, index) => (index === 9 ? { canonical: entry.canonical.replace('5.10', '5.11') } : entry));
    const modified = runScript('ledger-verify-export.ts', [writeExport({ ...exported, records: changedRecords }, 'modified.json'), '--public-key', log.key.publicKeyBase64]);
    // Record 10 still reads as a record; record 11 no longer links to it.
    expect(modified.output).toContain('NOT VERIFIED at record 11 (chain_broken): Record 11 does not follow record 10');
    expect(modified.status).toBe(1);

    const stranger = loadOrCreateLedgerSigningKey(join(dirname(log.connection.path), 'stranger.pem'));
    const wrongKey = runScript('ledger-verify-export.ts', [good, '--public-key', stranger.publicKeyBase64]);
    expect(wrongKey.output).toContain('checkpoint_signed_by_another_key');
    expect(wrongKey.status).toBe(1);
  });
});

describe('verifyLedgerExport', () => {
  let log: LedgerTestLog | null = null;
  afterEach(() => log?.connection.remove());

  it('names the first record of a re-hashed rewrite, a removed record, an extra record and a forged signature', () => {
    log = openLedgerTestLog(10);
    const exported = buildLedgerExport(log.connection.database, log.key, sampleTime(11));
    expect(verifyLedgerExport(exported, log.key.publicKey)).toMatchObject({ ok: true, records: 10 });

    const rewritten = [...exported.records];
    let previousHash = (JSON.parse(rewritten[6]?.canonical ?? '{}') as { previousHash: string }).previousHash;
    const relinker = new StandardRelinker(listLedgerRecords(log.connection.database).slice(0, 6));
    for (let sequence = 7; sequence <= 10; sequence += 1) {
      const event = sampleEvent(sequence);
      const link = relinker.next(event.standardId);
      const record = composeLedgerRecord(sequence === 7 ? { ...event, payload: { decision: 'not_accepted' } } : event, sequence, previousHash, sampleTime(sequence), link);
      relinker.wrote(event.standardId, link, record.hash);
      rewritten[sequence - 1] = { canonical: record.canonical };
      previousHash = record.hash;
    }
    expect(verifyLedgerExport({ ...exported, records: rewritten }, log.key.publicKey)).toMatchObject({ ok: false, problem: { code: 'record_differs_from_checkpoint' } });
    expect(verifyLedgerExport({ ...exported, records: exported.records.filter((_, index) => index !== 3) }, log.key.publicKey)).toMatchObject({ ok: false, problem: { code: 'record_reordered', sequence: 4 } });
    expect(verifyLedgerExport({ ...exported, records: exported.records.slice(0, 8) }, log.key.publicKey)).toMatchObject({ ok: false, problem: { code: 'record_missing', sequence: 9 } });
    expect(verifyLedgerExport({ ...exported, checkpoint: { ...exported.checkpoint, treeSize: 9 } }, log.key.publicKey)).toMatchObject({ ok: false, problem: { code: 'checkpoint_signature_invalid' } });
    expect(verifyLedgerExport({ format: 'something else' }, log.key.publicKey)).toMatchObject({ ok: false, problem: { code: 'export_malformed' } });
  });

  it('checks a standard’s export by inclusion proofs and refuses a record of another standard or a changed one', () => {
    log = openLedgerTestLog(11);
    const exported = buildStandardLedgerExport(log.connection.database, log.key, 'standard-odd', sampleTime(12));
    expect(exported.records.map(({ canonical }) => (JSON.parse(canonical) as { sequence: number }).sequence)).toEqual([1, 3, 5, 7, 9, 11]);
    expect(verifyLedgerExport(exported, log.key.publicKey)).toMatchObject({ ok: true, records: 6 });

    const changed = exported.records.map((entry, index) => (index === 2 ? { ...entry, canonical: entry.canonical.replace('"5.5"', '"5.6"') } : entry));
    expect(verifyLedgerExport({ ...exported, records: changed }, log.key.publicKey)).toMatchObject({ ok: false, problem: { code: 'inclusion_proof_invalid', sequence: 5 } });

    const other = buildStandardLedgerExport(log.connection.database, log.key, 'standard-even', sampleTime(12));
    const mixed = [...exported.records, ...other.records.slice(-1)];
    expect(verifyLedgerExport({ ...exported, records: mixed }, log.key.publicKey)).toMatchObject({ ok: false, problem: { code: 'record_outside_export_scope', sequence: 10 } });
  });
});
