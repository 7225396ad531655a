/**
 * `npm run ledger:verify [-- --public-key <pem|base64|file>] [--json]`: checks the whole record log in DATABASE_PATH
 * against the signing key at LEDGER_KEY_PATH. Exit code 0 when intact, 1 when a problem was found, 2 when it could not run.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { openExistingDatabase } from '../server/db/open-existing-database';
import { readEnvironment } from '../server/env';
import { parseEd25519PublicKey } from '../server/ledger/public-key';
import { readLedgerPublicKey } from '../server/ledger/signing-key';
import { verifyLedger } from '../server/ledger/verify-ledger';

function publicKeyArgument(value: string) {
  return parseEd25519PublicKey(existsSync(value) ? readFileSync(value, 'utf8') : value);
}

function main(): number {
  const { values } = parseArgs({ options: { 'public-key': { type: 'string' }, json: { type: 'boolean', default: false } } });
  const environment = readEnvironment();
  const publicKey = values['public-key'] ? publicKeyArgument(values['public-key']) : readLedgerPublicKey(environment.ledgerKeyPath);
  const connection = openExistingDatabase(environment.databasePath);
  try {
    const started = performance.now();
    const result = verifyLedger(connection.database, publicKey);
    const milliseconds = performance.now() - started;
    if (values.json) {
      console.log(JSON.stringify(result, null, 2));
      return result.ok ? 0 : 1;
    }
    console.log(`Database: ${environment.databasePath}`);
    if (!publicKey) console.log(`No signing key at ${environment.ledgerKeyPath}: checkpoints were checked against the key they name (${result.publicKey ?? 'none'}).`);
    console.log(`Records: ${result.entries}, last sequence ${result.lastSequence}, Merkle root ${result.root}`);
    const checkpoint = result.latestCheckpoint;
    console.log(checkpoint ? `Newest checkpoint: ${checkpoint.treeSize} records, root ${checkpoint.rootHash}, signed ${checkpoint.timestamp}, hash ${checkpoint.checkpointHash}` : 'No checkpoint has been signed yet.');
    console.log(`Public key: ${result.publicKey ?? 'unknown'}`);
    if (result.problem) {
      console.log(`NOT INTACT at record ${result.problem.sequence} (${result.problem.code}): ${result.problem.message}`);
      return 1;
    }
    console.log(`Intact (checked in ${milliseconds.toFixed(0)} ms).`);
    return 0;
  } finally {
    connection.close();
  }
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(`ledger:verify could not run: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}
