import type { KeyObject } from 'node:crypto';
import { openReadOnlyDatabase } from '../../db/open-read-only-database';
import { verifyLedger, type LedgerVerificationResult } from '../../ledger/verify-ledger';

export interface DatabaseFileCheck {
  ok: boolean;
  /** What `PRAGMA integrity_check` answered: `['ok']` for a sound file. */
  integrity: string[];
  ledger: LedgerVerificationResult;
}

/** Opens the file read-only and checks it: `PRAGMA integrity_check`, then the whole record log against `publicKey`. */
export function checkDatabaseFile(path: string, publicKey: KeyObject): DatabaseFileCheck {
  const connection = openReadOnlyDatabase(path);
  try {
    const integrityLines = connection.integrityCheck();
    const integrityOk = integrityLines.length === 1 && integrityLines[0] === 'ok';
    const ledger = verifyLedger(connection.database, publicKey);
    return { ok: integrityOk && ledger.ok, integrity: integrityLines, ledger };
  } finally {
    connection.close();
  }
}

/** The check in a few lines, for the commands' output and the server's log. */
export function describeDatabaseFileCheck(check: DatabaseFileCheck): string[] {
  const { ledger } = check;
  const lines = [`integrity_check: ${check.integrity.join('; ')}`];
  if (ledger.problem) lines.push(`record log: NOT INTACT at record ${ledger.problem.sequence} (${ledger.problem.code}): ${ledger.problem.message}`);
  else lines.push(`record log: intact, ${ledger.entries} records, Merkle root ${ledger.root}, verified with public key ${ledger.publicKey ?? 'unknown'}`);
  const checkpoint = ledger.latestCheckpoint;
  lines.push(checkpoint ? `newest signed checkpoint: ${checkpoint.treeSize} records, signed ${checkpoint.timestamp}` : 'no checkpoint signed yet: the records were checked, but no signature by the key covers them');
  return lines;
}
