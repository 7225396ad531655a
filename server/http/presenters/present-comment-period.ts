import type { CommentPeriod } from '../../../shared/api/comments';
import { formatStandardNumber } from '../../../shared/domain/standard-number';
import type { CommentPeriodClosureRecord, CommentPeriodRecord } from '../../db/repos/comment-periods';
import type { StandardRecord } from '../../db/repos/standards';
import type { VersionRecord } from '../../db/repos/versions';
import { isCommentPeriodOpen } from '../../policies/comment-policy';

export function presentCommentPeriod(period: CommentPeriodRecord, standard: StandardRecord, version: VersionRecord, now: Date, closure?: CommentPeriodClosureRecord): CommentPeriod {
  return {
    id: period.id,
    standardId: standard.id,
    standardTitle: standard.title,
    standardNumber: formatStandardNumber(standard.bodyCode, standard.sequenceNumber),
    versionId: version.id,
    versionName: version.name,
    startsAt: period.startsAt.toISOString(),
    endsAt: period.endsAt.toISOString(),
    isOpen: isCommentPeriodOpen(period, now),
    closedEarly: closure ? { reason: closure.reason, closedAt: closure.closedAt.toISOString(), scheduledEndsAt: closure.scheduledEndsAt.toISOString() } : null,
  };
}
