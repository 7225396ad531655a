import type { SynchronousMode } from '../../db/client';
import type { UpdateLogStatements } from '../../db/repos/update-log-statements';

export interface ClauseEditEntry {
  clauseId: string;
  editedAt: number;
}

/** One acknowledged-to-be update: its bytes and the clause-history rows written with it. */
export interface UpdateLogEntry {
  kind: 'update';
  documentName: string;
  update: Uint8Array;
  userId: string | null;
  createdAt: number;
  clauseEdits: ClauseEditEntry[];
}

/** The whole state of a draft, which replaces the log entries up to the id it contains (compaction). */
export interface SnapshotEntry {
  kind: 'snapshot';
  documentName: string;
  state: Uint8Array;
  containsUpdatesThroughId: number | null;
  updatedAt: number;
}

export type LogWrite = UpdateLogEntry | SnapshotEntry;

export interface UpdateLogWorkerData {
  databasePath: string;
  synchronous: SynchronousMode;
  statements: UpdateLogStatements;
}

/** The writer thread's answer to one batch: the log id of each update (0 for a snapshot), in order, or why none was written. */
export type BatchResult = { ids: number[] } | { error: string };

export function isBatchResult(message: unknown): message is BatchResult {
  if (message === null || typeof message !== 'object') return false;
  if ('ids' in message) return Array.isArray(message.ids) && message.ids.every((id) => typeof id === 'number');
  return 'error' in message && typeof message.error === 'string';
}
