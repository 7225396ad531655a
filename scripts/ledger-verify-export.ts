/**
 * `npm run ledger:verify-export -- <export.json> --public-key <pem|base64|file>`: checks a record-log export offline,
 * with no database: the checkpoint's signature, the records' chain and their Merkle root (or inclusion proofs).
 * Exit code 0 when it verifies, 1 when it does not, 2 when it could not run.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parseEd25519PublicKey } from '../server/ledger/public-key';
import { verifyLedgerExport } from '../server/ledger/verify-ledger-export';

const usage = 'Usage: npm run ledger:verify-export -- <export.json> --public-key <PEM, base64 key, or a file holding either>';

function main(): number {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { 'public-key': { type: 'string' } } });
  const [file] = positionals;
  const keyArgument = values['public-key'];
  if (!file || !keyArgument || positionals.length > 1) {
    console.error(usage);
    return 2;
  }
  const publicKey = parseEd25519PublicKey(existsSync(keyArgument) ? readFileSync(keyArgument, 'utf8') : keyArgument);
  let content: unknown;
  try {
    content = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    console.log(`NOT VERIFIED: ${file} is not a JSON file (${error instanceof Error ? error.message : String(error)}).`);
    return 1;
  }
  const result = verifyLedgerExport(content, publicKey);
  const checkpoint = result.export?.checkpoint;
  if (checkpoint) {
    const scope = result.export?.scope.kind === 'standard' ? `the records of standard ${result.export.scope.standardId}` : 'every record';
    console.log(`Export of ${scope}: ${result.records} records under a checkpoint over ${checkpoint.treeSize}, root ${checkpoint.rootHash}, signed ${checkpoint.timestamp}, checkpoint hash ${checkpoint.checkpointHash}`);
  }
  if (result.problem) {
    console.log(`NOT VERIFIED at record ${result.problem.sequence} (${result.problem.code}): ${result.problem.message}`);
    return 1;
  }
  console.log(`Verified: the checkpoint is signed by this key. Proven: ${result.proves ?? ''}`);
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(`ledger:verify-export could not run: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}
