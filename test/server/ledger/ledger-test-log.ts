import { dirname, join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { DatabaseConnection } from '../../../server/db/client';
import { appendLedgerRecord } from '../../../server/ledger/append-ledger-record';
import { latestSignedCheckpoint } from '../../../server/ledger/latest-checkpoint';
import { genesisHash, type LedgerEvent, type StandardLink } from '../../../server/ledger/ledger-record';
import { loadOrCreateLedgerSigningKey, type LedgerSigningKey } from '../../../server/ledger/signing-key';
import { openTestDatabase } from '../../helpers/test-database';

export interface LedgerTestLog {
  connection: DatabaseConnection & { path: string; remove(): void };
  key: LedgerSigningKey;
  keyPath: string;
}

export function sampleEvent(index: number): LedgerEvent {
  return {
    kind: index % 3 === 0 ? 'disposition.recorded' : 'comment.submitted',
    actor: { userId: `user-${index % 4}`, username: `drafter${index % 4}` },
    standardId: index % 2 === 0 ? 'standard-even' : 'standard-odd',
    subjectId: `comment-${index}`,
    payload: { clause: `5.${index}`, text: `第 ${index} 条意见：把“应”改为“宜”。`, reason: index % 3 === 0 ? null : '理由 €😀', weight: index / 7 },
  };
}

export function sampleTime(index: number): Date {
  return new Date(Date.UTC(2026, 10, 21, 8, 0, index));
}

/** A real database file with `recordCount` records, and a signed checkpoint after each record number in `checkpointsAfter`. */
export function openLedgerTestLog(recordCount: number, checkpointsAfter: readonly number[] = []): LedgerTestLog {
  const connection = openTestDatabase();
  const keyPath = join(dirname(connection.path), 'ledger-signing-key.pem');
  const key = loadOrCreateLedgerSigningKey(keyPath);
  for (let index = 1; index <= recordCount; index += 1) {
    connection.database.transaction((transaction) => appendLedgerRecord(transaction, sampleEvent(index), sampleTime(index)));
    if (checkpointsAfter.includes(index)) latestSignedCheckpoint(connection.database, key, sampleTime(index));
  }
  return { connection, key, keyPath };
}

/** Changes the file the way someone with write access to it would: with plain SQL, after dropping the triggers. */
export function tamperWith(databasePath: string, change: (sqlite: BetterSqlite3.Database) => void): void {
  const sqlite = new BetterSqlite3(databasePath);
  try {
    for (const trigger of ['ledger_records_refuse_update', 'ledger_records_refuse_delete', 'ledger_checkpoints_refuse_update', 'ledger_checkpoints_refuse_delete']) {
      sqlite.exec(`DROP TRIGGER IF EXISTS ${trigger}`);
    }
    change(sqlite);
  } finally {
    sqlite.close();
  }
}

/** The link a stored record carries to the previous record of its standard, to keep when forging a replacement. */
export function standardLinkOf(canonical: string): StandardLink {
  const { standardSequence, previousStandardHash } = JSON.parse(canonical) as StandardLink;
  return { standardSequence, previousStandardHash };
}

/** Hands out the standard links a forger re-chaining a stretch of records would give them, starting from `before`. */
export class StandardRelinker {
  private readonly heads = new Map<string, StandardLink>();

  constructor(before: ReadonlyArray<{ canonical: string; hash: string }>) {
    for (const { canonical, hash } of before) {
      const { standardId, standardSequence } = JSON.parse(canonical) as { standardId: string; standardSequence: number };
      this.heads.set(standardId, { standardSequence: standardSequence + 1, previousStandardHash: hash });
    }
  }

  next(standardId: string): StandardLink {
    return this.heads.get(standardId) ?? { standardSequence: 1, previousStandardHash: genesisHash };
  }

  wrote(standardId: string, link: StandardLink, hash: string): void {
    this.heads.set(standardId, { standardSequence: link.standardSequence + 1, previousStandardHash: hash });
  }
}
