import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { sql } from 'drizzle-orm';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, expect, it } from 'vitest';
import { writeTransaction } from '../../../server/db/transactions';
import { openTestDatabase } from '../../helpers/test-database';

/** Another connection in a worker: it takes the write lock, says so, holds it for a while and commits. */
const lockHolderSource = `
const { workerData } = require('node:worker_threads');
const Database = require(workerData.betterSqlitePath);
const sqlite = new Database(workerData.path);
const signal = new Int32Array(workerData.signal);
sqlite.exec('BEGIN IMMEDIATE');
sqlite.prepare('INSERT INTO contention_scratch (written_by) VALUES (?)').run('lock holder');
Atomics.store(signal, 0, 1);
Atomics.notify(signal, 0);
Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, workerData.holdMilliseconds);
sqlite.exec('COMMIT');
sqlite.close();
`;

let cleanup: (() => void) | null = null;
afterEach(() => cleanup?.());

/** Drizzle wraps better-sqlite3's error; the SQLite code is on its cause. */
function sqliteCodeOf(error: unknown): string {
  for (let current: unknown = error; current instanceof Error; current = current.cause) {
    if ('code' in current && typeof current.code === 'string') return current.code;
  }
  return String(error);
}

function openScratchDatabase() {
  const connection = openTestDatabase();
  cleanup = () => connection.remove();
  connection.database.run(sql`CREATE TABLE contention_scratch (id INTEGER PRIMARY KEY, written_by TEXT NOT NULL)`);
  return connection;
}

/** A second connection to the same file, as the update-log thread has, that does not wait for locks. */
function openOtherConnection(path: string): BetterSqlite3.Database {
  const other = new BetterSqlite3(path);
  other.pragma('busy_timeout = 0');
  return other;
}

function rowsWrittenBy(connection: ReturnType<typeof openTestDatabase>, writer: string): number {
  return connection.database.get<{ rows: number }>(sql`SELECT count(*) AS rows FROM contention_scratch WHERE written_by = ${writer}`).rows;
}

it('a deferred transaction that reads and then writes fails with SQLITE_BUSY when another connection wrote in between; writeTransaction keeps the other out instead', () => {
  const connection = openScratchDatabase();
  const other = openOtherConnection(connection.path);
  const otherInsert = other.prepare("INSERT INTO contention_scratch (written_by) VALUES ('other connection')");
  try {
    // The control: the other connection commits between this transaction's read and its write.
    let deferredError: unknown = null;
    try {
      connection.database.transaction((transaction) => {
        transaction.get(sql`SELECT count(*) FROM contention_scratch`);
        otherInsert.run();
        transaction.run(sql`INSERT INTO contention_scratch (written_by) VALUES ('this connection')`);
      });
    } catch (error) {
      deferredError = error;
    }
    expect(sqliteCodeOf(deferredError)).toMatch(/^SQLITE_BUSY/);

    let otherError: unknown = null;
    writeTransaction(connection.database, (transaction) => {
      transaction.get(sql`SELECT count(*) FROM contention_scratch`);
      try {
        otherInsert.run();
      } catch (error) {
        otherError = error;
      }
      transaction.run(sql`INSERT INTO contention_scratch (written_by) VALUES ('this connection')`);
    });
    expect(sqliteCodeOf(otherError)).toMatch(/^SQLITE_BUSY/);
    expect(rowsWrittenBy(connection, 'this connection')).toBe(1);
    expect(rowsWrittenBy(connection, 'other connection')).toBe(1);
  } finally {
    other.close();
  }
});

it('writeTransaction waits for another connection that holds the write lock, then commits', async () => {
  const connection = openScratchDatabase();
  const signal = new SharedArrayBuffer(4);
  const holdMilliseconds = 300;
  const worker = new Worker(lockHolderSource, { eval: true, workerData: { path: connection.path, betterSqlitePath: require.resolve('better-sqlite3'), signal, holdMilliseconds } });
  const exited = new Promise<number>((resolve, reject) => {
    worker.once('exit', resolve);
    worker.once('error', reject);
  });
  // Blocks this thread until the worker holds the lock; it never waits on this thread, so this cannot deadlock.
  expect(Atomics.wait(new Int32Array(signal), 0, 0, 30_000)).not.toBe('timed-out');
  writeTransaction(connection.database, (transaction) => {
    transaction.get(sql`SELECT count(*) FROM contention_scratch`);
    transaction.run(sql`INSERT INTO contention_scratch (written_by) VALUES ('this connection')`);
  });
  expect(await exited).toBe(0);
  const order = connection.database.all<{ writtenBy: string }>(sql`SELECT written_by AS writtenBy FROM contention_scratch ORDER BY id`);
  expect(order.map((row) => row.writtenBy)).toEqual(['lock holder', 'this connection']);
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
