import type { CommentPeriod } from '../../../shared/api/comments';
import type { CommentPeriodRecord } from '../../db/repos/comment-periods';
import type { StandardRecord } from '../../db/repos/standards';
import type { VersionRecord } from '../../db/repos/versions';
import { isCommentPeriodOpen } from '../../policies/comment-policy';

export function presentCommentPeriod(period: CommentPeriodRecord, standard: StandardRecord, version: VersionRecord, now: Date): CommentPeriod {
  return {
    id: period.id,
    standardId: standard.id,
    standardTitle: standard.title,
    versionId: version.id,
    versionName: version.name,
    startsAt: period.startsAt.toISOString(),
    endsAt: period.endsAt.toISOString(),
    isOpen: isCommentPeriodOpen(period, now),
  };
}
