import type { KeyObject } from 'node:crypto';
import type { LedgerProblem, SignedCheckpoint } from '../../shared/api/ledger';
import type { Database } from '../db/client';
import { listLedgerCheckpointRows } from '../db/repos/ledger-checkpoints';
import { readLedgerRecordRowsAfter, type LedgerRecordRow } from '../db/repos/ledger-records';
import { checkRecordText } from './check-record-text';
import { followCheckpointTrail, type CheckpointTrail } from './checkpoint-trail';
import { genesisHash, hashOfCanonicalRecord } from './ledger-record';
import { MerkleFrontier, merkleLeafHash } from './merkle-tree';
import { StandardChains } from './standard-chains';
import { compareTablesWithLedger } from './compare-tables-with-ledger';
import { ExpectedTableRows } from './expected-table-rows';

export interface LedgerVerificationResult {
  ok: boolean;
  entries: number;
  lastSequence: number;
  /** RFC 6962 root over every row as stored now, hex. */
  root: string;
  publicKey: string | null;
  latestCheckpoint: SignedCheckpoint | null;
  problem?: LedgerProblem;
}

const pageSize = 2000;
const hashLength = 32;

/** The row at `position` holds the original record position-1, which follows the record at position-2: a row was slipped in before it. */
function isInsertedBefore(row: LedgerRecordRow, position: number, hashBeforePrevious: string | null): boolean {
  try {
    const record = JSON.parse(row.canonical) as { sequence?: unknown; previousHash?: unknown };
    return record.sequence === position - 1 && record.previousHash === hashBeforePrevious;
  } catch {
    return false;
  }
}

class LogWalk {
  private position = 0;
  private previousHash = genesisHash;
  private hashBeforePrevious: string | null = null;
  /** A mismatch with a checkpoint waits one row: the next row can show that this one was inserted. */
  private pendingMismatch: LedgerProblem | null = null;
  private readonly chains = new StandardChains();
  /** The comment tables' rows as the records say they must be. */
  readonly expectedRows = new ExpectedTableRows();
  problem: LedgerProblem | null = null;

  constructor(
    private readonly trail: CheckpointTrail,
    /** The standards' heads root each v2 checkpoint signed, by its tree size. */
    private readonly signedHeadsRoots: ReadonlyMap<number, string>,
  ) {}

  visit(row: LedgerRecordRow, leafHash: Buffer): void {
    if (this.problem) return;
    this.position += 1;
    const found = this.checkRow(row, leafHash);
    const insertedBefore = found !== null && isInsertedBefore(row, this.position, this.hashBeforePrevious);
    if (this.pendingMismatch) {
      this.problem = insertedBefore ? this.insertedAt(this.position - 1) : this.pendingMismatch;
      return;
    }
    if (insertedBefore) this.problem = this.insertedAt(this.position - 1);
    else if (found?.code === 'record_differs_from_checkpoint') this.pendingMismatch = found;
    else if (found) this.problem = found;
    this.hashBeforePrevious = this.previousHash;
    this.previousHash = row.hash;
  }

  finish(rowCount: number): LedgerProblem | null {
    if (this.problem) return this.problem;
    if (this.pendingMismatch) return this.pendingMismatch;
    if (rowCount < this.trail.claimedSize) {
      return { code: 'records_removed_after_checkpoint', sequence: rowCount + 1, message: `Records ${rowCount + 1} to ${this.trail.claimedSize} were removed: a signed checkpoint covers ${this.trail.claimedSize} records.` };
    }
    return null;
  }

  private insertedAt(sequence: number): LedgerProblem {
    return { code: 'record_inserted', sequence, message: `A record was inserted at position ${sequence}: the record now at ${sequence + 1} is the original record ${sequence}.` };
  }

  private checkRow(row: LedgerRecordRow, leafHash: Buffer): LedgerProblem | null {
    const position = this.position;
    if (row.sequence > position) return { code: 'record_missing', sequence: position, message: `Record ${position} is missing: after record ${position - 1} comes record ${row.sequence}.` };
    if (row.sequence < position) return { code: 'record_inserted', sequence: position, message: `A row numbered ${row.sequence} was inserted at position ${position}.` };
    if (hashOfCanonicalRecord(row.canonical) !== row.hash) return { code: 'record_changed', sequence: position, message: `Record ${position} was changed: its text no longer has its stored hash.` };
    const checked = checkRecordText(row.canonical, position, this.previousHash);
    if (!checked.ok) return checked.problem;
    const { record } = checked;
    if (row.kind !== record.kind || row.standardId !== record.standardId || row.subjectId !== record.subjectId || row.actorUserId !== (record.actor?.userId ?? null)) {
      return { code: 'record_changed', sequence: position, message: `Record ${position} was changed: its columns no longer match its text.` };
    }
    const linkProblem = this.chains.follow(record, checked.hash);
    if (linkProblem) return linkProblem;
    try {
      this.expectedRows.apply(record);
    } catch {
      // A payload that is not what its kind carries creates no expected row; a table row with its id is then unrecorded.
    }
    if (position <= this.trail.coveredSize && !this.trail.leafHashes.subarray((position - 1) * hashLength, position * hashLength).equals(leafHash)) {
      return { code: 'record_differs_from_checkpoint', sequence: position, message: `Record ${position} is not the record that was signed: the checkpoint over ${this.trail.coveredSize} records no longer matches its root, and this is the first record that differs.` };
    }
    const signedHeadsRoot = this.signedHeadsRoots.get(position);
    if (signedHeadsRoot !== undefined && this.chains.headsRootHash() !== signedHeadsRoot) {
      return { code: 'standard_head_invalid', sequence: position, message: `The checkpoint over ${position} records signed other per-standard record counts than records 1..${position} hold.` };
    }
    return null;
  }
}

/**
 * Walks the whole log and reports the first problem with its position: a changed byte, a removed, reordered or
 * inserted row, or a rewritten and re-hashed stretch that signed checkpoints no longer match. When the log is intact,
 * also checks that every comment, public reply, disposition, reaction and comment-period row agrees with the records
 * that created it, and names the first row (table, id, field) that does not. `publicKey` is this
 * server's key; without one, all checkpoints must carry the key of the first.
 */
export function verifyLedger(database: Database, publicKey: KeyObject | null): LedgerVerificationResult {
  const checkpointRows = listLedgerCheckpointRows(database);
  const trail = followCheckpointTrail(checkpointRows, publicKey);
  const signedHeadsRoots = new Map(checkpointRows.flatMap((row) => (row.standardHeadsRoot === null ? [] : [[row.treeSize, row.standardHeadsRoot] as const])));
  const walk = new LogWalk(trail, signedHeadsRoots);
  const frontier = new MerkleFrontier();
  let lastSequence = 0;
  let cursor = Number.MIN_SAFE_INTEGER;
  for (;;) {
    const rows = readLedgerRecordRowsAfter(database, cursor, pageSize);
    for (const row of rows) {
      const leafHash = merkleLeafHash(row.canonical);
      frontier.append(leafHash);
      walk.visit(row, leafHash);
      cursor = row.sequence;
      lastSequence = row.sequence;
    }
    if (rows.length < pageSize) break;
  }
  const walkProblem = walk.finish(frontier.size);
  const logProblem = walkProblem && (!trail.problem || walkProblem.sequence <= trail.problem.sequence) ? walkProblem : trail.problem;
  // Only an intact log can say what the tables must hold.
  const problem = logProblem ?? compareTablesWithLedger(database, walk.expectedRows.rows());
  return {
    ok: problem === null,
    entries: frontier.size,
    lastSequence,
    root: frontier.root().toString('hex'),
    publicKey: trail.publicKey,
    latestCheckpoint: trail.latest,
    ...(problem ? { problem } : {}),
  };
}
