import type { DueReview } from '../../../shared/api/publications';
import { daysBetweenDates, isPeriodicReviewDue } from '../../../shared/domain/edition-numbering';
import { formatStandardNumber, publicationStatusOf } from '../../../shared/domain/publication-status';
import { bodyDateKey } from '../../../shared/time/body-time';
import type { Database } from '../../db/client';
import { loadMembership } from '../../commands/load-membership';
import { countFeedbackPerStandard } from '../../db/repos/feedback-counts';
import { listEditionsOfPublishedStandards, listPublicationsOfStandard } from '../../db/repos/publications';
import { canManagePublications, dueReviewScope } from '../../policies/publication-policy';

export interface ListDueReviewsProps {
  database: Database;
  user: { id: string; isSiteAdministrator: boolean };
  now: Date;
  bodyTimeZone: string;
}

/** The published standards whose 复审 is due within the look-ahead or overdue: the person's as secretariat, or all for a site administrator. */
export function listDueReviews({ database, user, now, bodyTimeZone }: ListDueReviewsProps): DueReview[] {
  const today = bodyDateKey(now, bodyTimeZone);
  const due = listEditionsOfPublishedStandards(database).filter(({ edition, standard }) => {
    if (edition.reviewDueOn === null || !isPeriodicReviewDue(edition.reviewDueOn, today)) return false;
    if (publicationStatusOf(edition, listPublicationsOfStandard(database, standard.id)) !== 'current') return false;
    if (dueReviewScope(user) === 'all_standards') return true;
    return canManagePublications(loadMembership(database, standard.id, user.id));
  });
  const feedback = countFeedbackPerStandard(database, due.map(({ standard }) => standard.id));
  return due.map(({ edition, standard }) => ({
    standardId: standard.id,
    title: standard.title,
    number: formatStandardNumber(edition.bodyCode, edition.sequenceNumber, edition.year),
    publicationId: edition.id,
    reviewDueOn: edition.reviewDueOn ?? today,
    daysOverdue: daysBetweenDates(edition.reviewDueOn ?? today, today),
    feedbackCount: feedback.get(standard.id) ?? 0,
  }));
}
