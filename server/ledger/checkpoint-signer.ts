import type { Database } from '../db/client';
import { latestSignedCheckpoint } from './latest-checkpoint';
import type { LedgerSigningKey } from './signing-key';

/** How long a new record may wait for a signed checkpoint when nobody asks for one. */
export const checkpointIntervalMilliseconds = 10_000;

/**
 * Signs a checkpoint now and then every `intervalMilliseconds` when records were appended since, so that a record is
 * covered by a signature soon after it is written even when nobody asks for a checkpoint.
 */
export interface RunningCheckpointSigner {
  stop(): void;
  /** Whether the signer still runs and its last signing worked (for GET /api/health). */
  status(): { running: boolean; lastFailure: string | null };
}

export function startCheckpointSigner(database: Database, key: LedgerSigningKey, intervalMilliseconds: number, onError: (error: unknown) => void): RunningCheckpointSigner {
  let lastFailure = '';
  let running = true;
  const sign = () => {
    try {
      latestSignedCheckpoint(database, key, new Date());
      lastFailure = '';
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (message !== lastFailure) onError(error);
      lastFailure = message;
    }
  };
  sign();
  const timer = setInterval(sign, intervalMilliseconds);
  timer.unref();
  return {
    stop: () => {
      running = false;
      clearInterval(timer);
    },
    status: () => ({ running, lastFailure: lastFailure === '' ? null : lastFailure }),
  };
}
