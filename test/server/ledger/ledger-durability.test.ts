import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../server/db/client';
import { listLedgerRecords } from '../../../server/ledger/read-ledger-records';
import { loadOrCreateLedgerSigningKey } from '../../../server/ledger/signing-key';
import { verifyLedger } from '../../../server/ledger/verify-ledger';
import { createTemporaryDirectory } from '../../helpers/temporary-directory';

const burstScript = join(import.meta.dirname, 'append-burst-process.ts');
const killRounds = Number(process.env.KILL_ROUNDS ?? 3);
const acknowledgementsBeforeKill = 150;

/** Starts the appending process and kills it with SIGKILL once `killAfter` commits were acknowledged (or lets it finish). */
function runBurst(databasePath: string, keyPath: string, first: number, killAfter: number): Promise<Map<number, string>> {
  const child = spawn(process.execPath, ['--import', 'tsx', burstScript, databasePath, keyPath, 'forever', String(first)], { stdio: ['ignore', 'pipe', 'pipe'] });
  const acknowledged = new Map<number, string>();
  let pending = '';
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => {
    errors += chunk.toString();
  });
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      pending += chunk.toString();
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        const [sequence, hash] = line.split(' ');
        if (sequence && hash) acknowledged.set(Number(sequence), hash);
      }
      if (acknowledged.size >= killAfter && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    });
    child.once('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve(acknowledged);
      else reject(new Error(`the appending process ended by itself (${code}): ${errors}`));
    });
  });
}

describe('the record log under kill -9', () => {
  const directory = createTemporaryDirectory();
  afterAll(() => directory.remove());

  it('keeps every acknowledged record, with an intact chain, round after round', async () => {
    const databasePath = join(directory.path, 'kill.db');
    const keyPath = join(directory.path, 'ledger-signing-key.pem');
    const allAcknowledged = new Map<number, string>();
    for (let round = 0; round < killRounds; round += 1) {
      const acknowledged = await runBurst(databasePath, keyPath, round * 100_000, acknowledgementsBeforeKill);
      expect(acknowledged.size).toBeGreaterThanOrEqual(acknowledgementsBeforeKill);
      for (const [sequence, hash] of acknowledged) allAcknowledged.set(sequence, hash);

      const connection = openDatabase(databasePath);
      try {
        const verification = verifyLedger(connection.database, loadOrCreateLedgerSigningKey(keyPath).publicKey);
        expect(verification.problem).toBeUndefined();
        expect(verification.ok).toBe(true);
        const stored = new Map(listLedgerRecords(connection.database).map(({ record, hash }) => [record.sequence, hash]));
        const missing = [...allAcknowledged].filter(([sequence, hash]) => stored.get(sequence) !== hash);
        expect(missing).toEqual([]);
        expect(verification.lastSequence).toBeGreaterThanOrEqual(Math.max(...allAcknowledged.keys()));
      } finally {
        connection.close();
      }
    }
  });
});

function straceWorks(): boolean {
  const probe = spawnSync('strace', ['-f', '-e', 'trace=fsync', 'true'], { stdio: 'ignore' });
  return probe.status === 0;
}

const hasStrace = straceWorks();

describe('fsync per ledger commit', () => {
  const directory = createTemporaryDirectory();
  afterAll(() => directory.remove());

  /** fsync and fdatasync calls on the database's files while appending `count` records, counted by strace. */
  function countDatabaseSyncs(name: string, count: number): number {
    const databasePath = join(directory.path, `${name}.db`);
    const tracePath = join(directory.path, `${name}.trace`);
    const result = spawnSync(
      'strace',
      ['-f', '-y', '-e', 'trace=fsync,fdatasync', '-o', tracePath, process.execPath, '--import', 'tsx', burstScript, databasePath, join(directory.path, 'key.pem'), String(count), '1'],
      { encoding: 'utf8' },
    );
    if (result.status !== 0) throw new Error(`the traced process failed: ${result.stderr}`);
    return readFileSync(tracePath, 'utf8')
      .split('\n')
      .filter((line) => /f(data)?sync\(\d+<[^>]*\.db(-wal)?>\)/.test(line)).length;
  }

  if (!hasStrace) console.warn('fsync check skipped: strace is not installed or cannot trace here (apt-get install -y strace).');

  it.skipIf(!hasStrace)('fsyncs the database at least once for every appended record (strace)', () => {
    const commits = 60;
    const withoutAppends = countDatabaseSyncs('baseline', 0);
    const withAppends = countDatabaseSyncs('appends', commits);
    // A checkpoint is signed every 40 records; it is one more commit.
    expect(withAppends - withoutAppends).toBeGreaterThanOrEqual(commits);
  });
});
