import type { HealthCheck, HealthResponse } from '../../../shared/api/health';
import type { Database } from '../../db/client';
import { databaseAnswers } from '../../db/repos/database-answers';
import type { RunningCheckpointSigner } from '../../ledger/checkpoint-signer';

/** Past this many entries waiting for the update-log thread, edits are arriving faster than they reach the disk. */
export const updateLogBacklogBound = 5000;

export interface UpdateLogStatusSource {
  status(): { threadAlive: boolean; closed: boolean; backlog: number };
}

export interface HealthSources {
  database: Database;
  updateLog: UpdateLogStatusSource;
  checkpointSigner: Pick<RunningCheckpointSigner, 'status'>;
}

function check(problem: string | null): HealthCheck {
  return problem === null ? { ok: true } : { ok: false, problem };
}

function updateLogProblem({ threadAlive, closed, backlog }: ReturnType<UpdateLogStatusSource['status']>): string | null {
  if (closed) return 'the update log is closed';
  if (!threadAlive) return 'the update-log thread is not running';
  if (backlog > updateLogBacklogBound) return `${backlog} entries wait for the update-log thread (more than ${updateLogBacklogBound})`;
  return null;
}

function recordLogProblem({ running, lastFailure }: ReturnType<RunningCheckpointSigner['status']>): string | null {
  if (!running) return 'the record-log checkpoint signer is stopped';
  return lastFailure === null ? null : `the last record-log checkpoint could not be signed: ${lastFailure}`;
}

/** What GET /api/health answers: each part of the server that must work for edits and records to be kept. */
export function readServerHealth({ database, updateLog, checkpointSigner }: HealthSources): HealthResponse {
  const checks = {
    database: check(databaseAnswers(database).problem),
    updateLog: check(updateLogProblem(updateLog.status())),
    recordLog: check(recordLogProblem(checkpointSigner.status())),
  };
  return { ok: checks.database.ok && checks.updateLog.ok && checks.recordLog.ok, checks };
}
