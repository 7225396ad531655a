import type { Version } from '../../../shared/api/versions';
import { draftLabels } from '../../../shared/domain/stages';

/**
 * The version a new comment period is offered on: the newest one named 征求意见稿 (the move to 征求意见 freezes one),
 * else the newest version. Versions come newest first.
 */
export function suggestedPeriodVersion(versions: readonly Version[]): Version | null {
  const label = draftLabels.public_comment ?? '';
  return versions.find((version) => version.name.startsWith(label)) ?? versions[0] ?? null;
}
