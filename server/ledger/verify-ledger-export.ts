import type { KeyObject } from 'node:crypto';
import { ledgerExportSchema, type LedgerExport, type LedgerProblem } from '../../shared/api/ledger';
import { checkRecordText } from './check-record-text';
import { checkpointSignatureIsValid } from './checkpoint-signature';
import { genesisHash } from './ledger-record';
import { MerkleFrontier, merkleLeafHash, verifyInclusionProof } from './merkle-tree';
import { publicKeyToBase64 } from './public-key';

export interface ExportVerificationResult {
  ok: boolean;
  /** What the export claims to be; null when it could not be read. */
  export: Pick<LedgerExport, 'scope' | 'checkpoint'> | null;
  records: number;
  problem?: LedgerProblem;
}

function failed(exported: LedgerExport | null, problem: LedgerProblem): ExportVerificationResult {
  return { ok: false, export: exported ? { scope: exported.scope, checkpoint: exported.checkpoint } : null, records: exported?.records.length ?? 0, problem };
}

function verifyAllRecords(exported: LedgerExport): LedgerProblem | null {
  const { checkpoint, records } = exported;
  const frontier = new MerkleFrontier();
  let previousHash = genesisHash;
  for (const [index, { canonical }] of records.entries()) {
    const position = index + 1;
    if (position > checkpoint.treeSize) return { code: 'record_inserted', sequence: position, message: `The export has more records than the ${checkpoint.treeSize} its checkpoint signed.` };
    const checked = checkRecordText(canonical, position, previousHash);
    if (!checked.ok) return checked.problem;
    previousHash = checked.hash;
    frontier.append(merkleLeafHash(canonical));
  }
  if (records.length < checkpoint.treeSize) {
    return { code: 'record_missing', sequence: records.length + 1, message: `Records ${records.length + 1} to ${checkpoint.treeSize} are missing: the checkpoint signed ${checkpoint.treeSize}.` };
  }
  if (frontier.root().toString('hex') !== checkpoint.rootHash) {
    return { code: 'record_differs_from_checkpoint', sequence: checkpoint.treeSize, message: 'The records do not add up to the signed root: records were changed and re-hashed after the checkpoint was signed.' };
  }
  return null;
}

/** The sequence number a record says it has, which is its position when the inclusion proof holds. */
function claimedSequence(canonical: string): number | null {
  try {
    const sequence = (JSON.parse(canonical) as { sequence?: unknown }).sequence;
    return typeof sequence === 'number' && Number.isInteger(sequence) && sequence > 0 ? sequence : null;
  } catch {
    return null;
  }
}

function verifyStandardRecords(exported: LedgerExport, standardId: string): LedgerProblem | null {
  const { checkpoint, records } = exported;
  const root = Buffer.from(checkpoint.rootHash, 'hex');
  let previous: { sequence: number; hash: string } | null = null;
  for (const { canonical, inclusionProof } of records) {
    const position: number = claimedSequence(canonical) ?? (previous?.sequence ?? 0) + 1;
    const linkedTo = previous && previous.sequence === position - 1 ? previous.hash : null;
    const checked = checkRecordText(canonical, position, position === 1 ? genesisHash : linkedTo);
    if (!checked.ok) return checked.problem;
    if (checked.record.standardId !== standardId) return { code: 'record_outside_export_scope', sequence: position, message: `Record ${position} belongs to another standard than the one this export is for.` };
    if (previous && position <= previous.sequence) return { code: 'record_reordered', sequence: position, message: `Record ${position} comes after record ${previous.sequence}: the records are out of order.` };
    const proof = (inclusionProof ?? []).map((hash) => Buffer.from(hash, 'hex'));
    if (inclusionProof === undefined || !verifyInclusionProof(merkleLeafHash(canonical), position - 1, checkpoint.treeSize, proof, root)) {
      return { code: 'inclusion_proof_invalid', sequence: position, message: `Record ${position} is not the record the checkpoint signed at that position: its inclusion proof fails.` };
    }
    previous = { sequence: position, hash: checked.hash };
  }
  return null;
}

/** Checks an export file offline: the checkpoint's signature against `publicKey`, then the records against the checkpoint. */
export function verifyLedgerExport(input: unknown, publicKey: KeyObject): ExportVerificationResult {
  const parsed = ledgerExportSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return failed(null, { code: 'export_malformed', sequence: 0, message: `This is not a record-log export: ${issue ? `${issue.path.join('.')}: ${issue.message}` : 'unreadable'}.` });
  }
  const exported = parsed.data;
  const { checkpoint } = exported;
  if (checkpoint.publicKey !== publicKeyToBase64(publicKey)) {
    return failed(exported, { code: 'checkpoint_signed_by_another_key', sequence: checkpoint.treeSize, message: `The checkpoint names the key ${checkpoint.publicKey}, not the one given.` });
  }
  if (!checkpointSignatureIsValid(checkpoint, publicKey)) {
    return failed(exported, { code: 'checkpoint_signature_invalid', sequence: checkpoint.treeSize, message: 'The checkpoint’s signature does not match its content for this key: the checkpoint was changed.' });
  }
  const problem = exported.scope.kind === 'all' ? verifyAllRecords(exported) : verifyStandardRecords(exported, exported.scope.standardId);
  if (problem) return failed(exported, problem);
  return { ok: true, export: { scope: exported.scope, checkpoint }, records: exported.records.length };
}
