import type { ClauseEditEntry } from './update-log-messages';

/** One history entry per person and clause per minute is enough to say who edited what, and when. */
const coalescingWindowMilliseconds = 60 * 1000;

export interface ClauseEditsWorthRecordingProps {
  documentName: string;
  clauseIds: ReadonlySet<string>;
  userId: string;
  now: Date;
  /** Last recorded time per `documentName|clauseId|userId`, kept by the caller between calls. */
  lastRecorded: Map<string, number>;
}

/** Past this many remembered keys, the ones outside the window are forgotten, so a long-running server does not grow. */
const rememberedKeysLimit = 10_000;

function forgetOldKeys(lastRecorded: Map<string, number>, now: Date): void {
  if (lastRecorded.size <= rememberedKeysLimit) return;
  for (const [key, time] of lastRecorded) {
    if (now.getTime() - time >= coalescingWindowMilliseconds) lastRecorded.delete(key);
  }
}

/** The clause-history rows an update adds: the clauses this person has not been recorded editing within the window. */
export function clauseEditsWorthRecording({ documentName, clauseIds, userId, now, lastRecorded }: ClauseEditsWorthRecordingProps): ClauseEditEntry[] {
  forgetOldKeys(lastRecorded, now);
  return [...clauseIds].flatMap((clauseId) => {
    const key = `${documentName}|${clauseId}|${userId}`;
    const previous = lastRecorded.get(key);
    if (previous !== undefined && now.getTime() - previous < coalescingWindowMilliseconds) return [];
    lastRecorded.set(key, now.getTime());
    return [{ clauseId, editedAt: now.getTime() }];
  });
}
