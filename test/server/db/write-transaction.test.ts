import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { sql } from 'drizzle-orm';
import { afterEach, expect, it } from 'vitest';
import type { Database } from '../../../server/db/client';
import { writeTransaction } from '../../../server/db/transactions';
import { openTestDatabase } from '../../helpers/test-database';

/** Another connection that commits a short write about every millisecond, as the update-log thread does while people type. */
const writerSource = `
const { workerData, parentPort } = require('node:worker_threads');
const Database = require(workerData.betterSqlitePath);
const sqlite = new Database(workerData.path);
sqlite.pragma('busy_timeout = 5000');
const insert = sqlite.prepare('INSERT INTO contention_scratch (written_by) VALUES (?)');
const pause = new Int32Array(new SharedArrayBuffer(4));
const stop = new Int32Array(workerData.stop);
let commits = 0;
while (Atomics.load(stop, 0) === 0) { insert.run('other connection'); commits += 1; Atomics.wait(pause, 0, 0, 1); }
sqlite.close();
parentPort.postMessage(commits);
`;

let cleanup: (() => void) | null = null;
afterEach(() => cleanup?.());

function spin(milliseconds: number): void {
  const until = performance.now() + milliseconds;
  while (performance.now() < until) {
    // Widens the gap between the read and the write so the other connection commits inside it.
  }
}

function readThenWrite(transaction: Database): void {
  transaction.get(sql`SELECT count(*) FROM contention_scratch`);
  spin(3);
  transaction.run(sql`INSERT INTO contention_scratch (written_by) VALUES ('this connection')`);
}

/** Drizzle wraps better-sqlite3's error; the SQLite code is on its cause. */
function sqliteCodeOf(error: unknown): string {
  for (let current: unknown = error; current instanceof Error; current = current.cause) {
    if ('code' in current && typeof current.code === 'string') return current.code;
  }
  return String(error);
}

function startOtherWriter(path: string): { stop(): Promise<number> } {
  const stopFlag = new SharedArrayBuffer(4);
  const worker = new Worker(writerSource, { eval: true, workerData: { path, betterSqlitePath: require.resolve('better-sqlite3'), stop: stopFlag } });
  const commits = new Promise<number>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  return {
    stop() {
      Atomics.store(new Int32Array(stopFlag), 0, 1);
      return commits;
    },
  };
}

async function waitForOtherCommits(connection: ReturnType<typeof openTestDatabase>): Promise<void> {
  const until = Date.now() + 10_000;
  while (Date.now() < until) {
    const row = connection.database.get<{ commits: number }>(sql`SELECT count(*) AS commits FROM contention_scratch`);
    if (row.commits > 20) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

it('a transaction that reads and then writes waits for another connection’s writes instead of failing with SQLITE_BUSY', async () => {
  const connection = openTestDatabase();
  cleanup = () => connection.remove();
  connection.database.run(sql`CREATE TABLE contention_scratch (id INTEGER PRIMARY KEY, written_by TEXT NOT NULL)`);
  const other = startOtherWriter(connection.path);
  await waitForOtherCommits(connection);

  // The control: the same work in a deferred transaction is refused, so the other connection really is in the way.
  let deferredRefusals = 0;
  const controlUntil = Date.now() + 3000;
  while (deferredRefusals === 0 && Date.now() < controlUntil) {
    try {
      connection.database.transaction((transaction) => readThenWrite(transaction));
    } catch (error) {
      expect(sqliteCodeOf(error)).toMatch(/^SQLITE_BUSY/);
      deferredRefusals += 1;
    }
    await new Promise((resolve) => setImmediate(resolve));
  }

  let written = 0;
  for (let round = 0; round < 150; round += 1) {
    writeTransaction(connection.database, (transaction) => readThenWrite(transaction));
    written += 1;
    if (round % 10 === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  const otherCommits = await other.stop();

  expect(deferredRefusals).toBe(1);
  expect(written).toBe(150);
  expect(otherCommits).toBeGreaterThan(20);
  const mine = connection.database.get<{ rows: number }>(sql`SELECT count(*) AS rows FROM contention_scratch WHERE written_by = 'this connection'`);
  expect(mine.rows).toBe(150);
}, 60_000);

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

it('every transaction on the server goes through writeTransaction or readTransaction', () => {
  const allowed = new Set([join('server', 'db', 'transactions.ts')]);
  const offenders = sourceFiles('server')
    .filter((path) => !allowed.has(path))
    .filter((path) => /\b(database|transaction|this\.database)\.transaction\(/.test(readFileSync(path, 'utf8')));
  expect(offenders).toEqual([]);
  expect(readFileSync(join('server', 'collab', 'update-log', 'update-log-thread.ts'), 'utf8')).toContain('writeBatch.immediate(');
});
