/**
 * Run as its own process by the kill and fsync tests: appends `count` records (or keeps going until killed), one
 * transaction each, and after each commit writes "<sequence> <hash>" to stdout: that line is the acknowledgement.
 * Arguments: <database path> <key path> <count, or "forever"> <first event number>.
 */
import { writeSync } from 'node:fs';
import { openDatabase } from '../../../server/db/client';
import { appendLedgerRecord } from '../../../server/ledger/append-ledger-record';
import { latestSignedCheckpoint } from '../../../server/ledger/latest-checkpoint';
import { loadOrCreateLedgerSigningKey } from '../../../server/ledger/signing-key';
import { sampleEvent } from './ledger-test-log';

const [databasePath, keyPath, countArgument, firstArgument] = process.argv.slice(2);
if (!databasePath || !keyPath || !countArgument || !firstArgument) throw new Error('usage: append-burst-process <database> <key> <count|forever> <first>');
const count = countArgument === 'forever' ? Number.POSITIVE_INFINITY : Number(countArgument);
const first = Number(firstArgument);

const connection = openDatabase(databasePath);
const key = loadOrCreateLedgerSigningKey(keyPath);
writeSync(1, 'ready\n');
for (let index = 0; index < count; index += 1) {
  const stored = connection.database.transaction((transaction) => appendLedgerRecord(transaction, sampleEvent(first + index), new Date()));
  writeSync(1, `${stored.record.sequence} ${stored.hash}\n`);
  if (stored.record.sequence % 40 === 0) latestSignedCheckpoint(connection.database, key, new Date());
}
connection.close();
