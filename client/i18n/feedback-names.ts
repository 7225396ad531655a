import type { ComplaintStatus, ComplaintSubject } from '../../shared/domain/complaint-progress';
import type { FeedbackCategory } from '../../shared/domain/feedback-categories';
import type { MessageKey } from './chinese';
import { translate } from './translate';

const categoryKeys: Record<FeedbackCategory, MessageKey> = {
  technical_problem: 'feedbackCategoryTechnicalProblem',
  unclear_wording: 'feedbackCategoryUnclearWording',
  conflict: 'feedbackCategoryConflict',
  suggestion: 'feedbackCategorySuggestion',
};

const statusKeys: Record<ComplaintStatus, MessageKey> = {
  received: 'complaintStatusReceived',
  under_review: 'complaintStatusUnderReview',
  answered: 'complaintStatusAnswered',
  closed: 'complaintStatusClosed',
};

const subjectKeys: Record<ComplaintSubject, MessageKey> = {
  standard: 'complaintAboutStandard',
  process: 'complaintAboutProcess',
};

export function feedbackCategoryName(category: FeedbackCategory): string {
  return translate(categoryKeys[category]);
}

export function complaintStatusName(status: ComplaintStatus): string {
  return translate(statusKeys[status]);
}

export function complaintSubjectName(subject: ComplaintSubject): string {
  return translate(subjectKeys[subject]);
}
