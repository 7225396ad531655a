import type { Feedback, FeedbackListResponse } from '../../../shared/api/feedback';
import { tallyFeedback } from '../../../shared/domain/feedback-categories';
import type { Database } from '../../db/client';
import type { FeedbackRecord } from '../../db/repos/implementation-feedback';
import { findPublicationById } from '../../db/repos/publications';
import { findStandardById } from '../../db/repos/standards';
import { findUserById } from '../../db/repos/users';
import { numberOfPublication } from '../../feedback/published-edition';

function person(database: Database, userId: string): { id: string; displayName: string } {
  return { id: userId, displayName: findUserById(database, userId)?.displayName ?? userId };
}

/** One piece of feedback; `showContact` is the policy's answer for the viewer (the sender or the secretariat). */
export function presentFeedback(database: Database, feedback: FeedbackRecord, showContact: boolean): Feedback {
  const publication = findPublicationById(database, feedback.publicationId);
  return {
    id: feedback.id,
    standardId: feedback.standardId,
    standardNumber: publication ? numberOfPublication(publication) : '',
    standardTitle: findStandardById(database, feedback.standardId)?.title ?? '',
    clauseId: feedback.clauseId,
    clauseLabel: feedback.clauseLabel,
    quotedText: feedback.quotedText,
    category: feedback.category,
    text: feedback.text,
    organisation: feedback.organisation,
    contact: showContact ? feedback.contact : null,
    sender: person(database, feedback.submittedBy),
    submittedAt: feedback.submittedAt.toISOString(),
    answer: feedback.answer,
    answeredBy: feedback.answeredBy === null ? null : person(database, feedback.answeredBy),
    answeredAt: feedback.answeredAt?.toISOString() ?? null,
  };
}

/** The secretariat's list with the counts per category and per clause that feed the periodic review. */
export function presentFeedbackList(database: Database, feedback: readonly FeedbackRecord[]): FeedbackListResponse {
  const tally = tallyFeedback(feedback);
  const labels = new Map(feedback.flatMap((item) => (item.clauseId === null ? [] : [[item.clauseId, item.clauseLabel] as const])));
  const perClause = [...tally.perClause.entries()].map(([clauseId, count]) => ({ clauseId, clauseLabel: labels.get(clauseId) ?? null, count })).sort((first, second) => second.count - first.count);
  return {
    feedback: feedback.map((item) => presentFeedback(database, item, true)),
    counts: { total: tally.total, unanswered: tally.unanswered, perCategory: tally.perCategory, perClause },
  };
}
