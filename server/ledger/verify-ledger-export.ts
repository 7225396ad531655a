import type { KeyObject } from 'node:crypto';
import { ledgerExportSchema, type LedgerExport, type LedgerProblem } from '../../shared/api/ledger';
import { checkRecordText } from './check-record-text';
import { checkpointSignatureIsValid } from './checkpoint-signature';
import { genesisHash } from './ledger-record';
import { MerkleFrontier, merkleLeafHash, verifyInclusionProof } from './merkle-tree';
import { publicKeyToBase64 } from './public-key';
import { StandardChains } from './standard-chains';
import { standardHeadLeafHash } from './standard-heads';

export interface ExportVerificationResult {
  ok: boolean;
  /** What the export claims to be; null when it could not be read. */
  export: Pick<LedgerExport, 'scope' | 'checkpoint'> | null;
  records: number;
  /** What a successful verification proves, in one sentence; null when it failed. */
  proves: string | null;
  problem?: LedgerProblem;
}

function failed(exported: LedgerExport | null, problem: LedgerProblem): ExportVerificationResult {
  return { ok: false, export: exported ? { scope: exported.scope, checkpoint: exported.checkpoint } : null, records: exported?.records.length ?? 0, proves: null, problem };
}

function verifyAllRecords(exported: LedgerExport): LedgerProblem | null {
  const { checkpoint, records } = exported;
  const frontier = new MerkleFrontier();
  let previousHash = genesisHash;
  const chains = new StandardChains();
  for (const [index, { canonical }] of records.entries()) {
    const position = index + 1;
    if (position > checkpoint.treeSize) return { code: 'record_inserted', sequence: position, message: `The export has more records than the ${checkpoint.treeSize} its checkpoint signed.` };
    const checked = checkRecordText(canonical, position, previousHash);
    if (!checked.ok) return checked.problem;
    const linkProblem = chains.follow(checked.record, checked.hash);
    if (linkProblem) return linkProblem;
    previousHash = checked.hash;
    frontier.append(merkleLeafHash(canonical));
  }
  if (records.length < checkpoint.treeSize) {
    return { code: 'record_missing', sequence: records.length + 1, message: `Records ${records.length + 1} to ${checkpoint.treeSize} are missing: the checkpoint signed ${checkpoint.treeSize}.` };
  }
  if (frontier.root().toString('hex') !== checkpoint.rootHash) {
    return { code: 'record_differs_from_checkpoint', sequence: checkpoint.treeSize, message: 'The records do not add up to the signed root: records were changed and re-hashed after the checkpoint was signed.' };
  }
  if (checkpoint.standardHeadsRoot !== undefined && chains.headsRootHash() !== checkpoint.standardHeadsRoot) {
    return { code: 'standard_head_invalid', sequence: checkpoint.treeSize, message: 'The standards’ record counts the checkpoint signed are not those of these records.' };
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

function claimedStandardSequence(canonical: string): number | null {
  try {
    const { standardSequence } = JSON.parse(canonical) as { standardSequence?: unknown };
    return typeof standardSequence === 'number' ? standardSequence : null;
  } catch {
    return null;
  }
}

function standardProblem(code: LedgerProblem['code'], sequence: number, message: string): LedgerProblem {
  return { code, sequence, message };
}

/** Each record links to the one before it among its standard's records: numbered 1, 2, 3 ... with no gap or swap. */
function checkStandardLink(
  record: { sequence: number; standardSequence: number; previousStandardHash: string },
  expectedNumber: number,
  previousHash: string,
  standardId: string,
  comesLater: (standardSequence: number) => boolean,
): LedgerProblem | null {
  if (record.standardSequence === expectedNumber && record.previousStandardHash === previousHash) return null;
  if (record.standardSequence > expectedNumber && comesLater(expectedNumber)) {
    return standardProblem('record_reordered', record.sequence, `Standard ${standardId}'s record ${record.standardSequence} comes before its record ${expectedNumber}: the records are out of order.`);
  }
  if (record.standardSequence > expectedNumber) {
    const missing = expectedNumber === record.standardSequence - 1 ? `record ${expectedNumber}` : `records ${expectedNumber} to ${record.standardSequence - 1}`;
    return standardProblem('standard_record_missing', record.sequence, `Standard ${standardId}'s ${missing} ${expectedNumber === record.standardSequence - 1 ? 'is' : 'are'} missing from the export: after its record ${expectedNumber - 1} comes its record ${record.standardSequence}.`);
  }
  if (record.standardSequence < expectedNumber) {
    return standardProblem('record_reordered', record.sequence, `Standard ${standardId}'s record ${record.standardSequence} comes after its record ${expectedNumber - 1}: the records are out of order or repeated.`);
  }
  return standardProblem('chain_broken', record.sequence, `Standard ${standardId}'s record ${record.standardSequence} does not follow its record ${expectedNumber - 1}: its previousStandardHash is another record's hash.`);
}

/** The standard's head must be in the signed heads tree, and the export must end exactly at it. */
function checkStandardHead(exported: LedgerExport, standardId: string, count: number, lastHash: string): LedgerProblem | null {
  const { checkpoint, standardHead } = exported;
  if (checkpoint.standardHeadsRoot === undefined || checkpoint.standardCount === undefined) {
    return standardProblem('standard_head_missing', checkpoint.treeSize, 'The checkpoint was signed before checkpoints named each standard’s record count (format v1), so this export cannot show that none of the standard’s records was left out.');
  }
  if (standardHead === undefined) {
    return standardProblem('standard_head_missing', checkpoint.treeSize, `The export does not carry the number of standard ${standardId}'s records the checkpoint signed, so it cannot show that none was left out${count === 0 ? ' (its records may all have been removed)' : ''}.`);
  }
  const leafHash = standardHeadLeafHash({ standardId, count: standardHead.count, lastHash: standardHead.lastHash });
  const proof = standardHead.inclusionProof.map((hash) => Buffer.from(hash, 'hex'));
  if (!verifyInclusionProof(leafHash, standardHead.leafIndex, checkpoint.standardCount, proof, Buffer.from(checkpoint.standardHeadsRoot, 'hex'))) {
    return standardProblem('standard_head_invalid', checkpoint.treeSize, `The count of standard ${standardId}'s records given with the export (${standardHead.count}) is not the one the checkpoint signed: the export was changed.`);
  }
  if (count < standardHead.count) {
    const missing = count + 1 === standardHead.count ? `its last record (record ${standardHead.count}) is` : `its records ${count + 1} to ${standardHead.count} are`;
    return standardProblem('standard_records_missing_at_end', checkpoint.treeSize, `The checkpoint signed ${standardHead.count} records of standard ${standardId} but the export holds ${count}: ${missing} missing.`);
  }
  if (count > standardHead.count || lastHash !== standardHead.lastHash) {
    return standardProblem('standard_head_invalid', checkpoint.treeSize, `The export's last record of standard ${standardId} is not the last one the checkpoint signed.`);
  }
  return null;
}

function verifyStandardRecords(exported: LedgerExport, standardId: string): LedgerProblem | null {
  const { checkpoint, records } = exported;
  const root = Buffer.from(checkpoint.rootHash, 'hex');
  let previous: { sequence: number; hash: string } | null = null;
  let standardNumber = 0;
  let previousStandardHash = genesisHash;
  const claimedNumbers = records.map(({ canonical }) => claimedStandardSequence(canonical));
  for (const [index, { canonical, inclusionProof }] of records.entries()) {
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
    const linkProblem = checkStandardLink(checked.record, standardNumber + 1, previousStandardHash, standardId, (number) => claimedNumbers.indexOf(number, index + 1) !== -1);
    if (linkProblem) return linkProblem;
    standardNumber = checked.record.standardSequence;
    previousStandardHash = checked.hash;
    previous = { sequence: position, hash: checked.hash };
  }
  return checkStandardHead(exported, standardId, standardNumber, previousStandardHash);
}

function provenScope(exported: LedgerExport): string {
  const { checkpoint, records } = exported;
  const range = records.length === 0 ? 'no records' : `records 1..${records.length}`;
  const subject = exported.scope.kind === 'standard' ? `${range} of standard ${exported.scope.standardId}` : `${range} of the whole log`;
  return `${subject.charAt(0).toUpperCase()}${subject.slice(1)}, complete up to checkpoint ${checkpoint.checkpointHash} signed at ${checkpoint.timestamp} over ${checkpoint.treeSize} records.`;
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
  return { ok: true, export: { scope: exported.scope, checkpoint }, records: exported.records.length, proves: provenScope(exported) };
}
