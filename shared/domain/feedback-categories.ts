/** What implementation feedback (标准实施信息反馈) is about. */
export const feedbackCategories = ['technical_problem', 'unclear_wording', 'conflict', 'suggestion'] as const;
export type FeedbackCategory = (typeof feedbackCategories)[number];

export interface FeedbackTally {
  total: number;
  unanswered: number;
  perCategory: Record<FeedbackCategory, number>;
  /** Keyed by clause id; feedback on the whole standard is not in it. */
  perClause: Map<string, number>;
}

/** Counts a standard's feedback per category and per clause, for the secretariat's list and the periodic review. */
export function tallyFeedback(feedback: readonly { category: FeedbackCategory; clauseId: string | null; answer: string | null }[]): FeedbackTally {
  const perCategory: Record<FeedbackCategory, number> = { technical_problem: 0, unclear_wording: 0, conflict: 0, suggestion: 0 };
  const perClause = new Map<string, number>();
  let unanswered = 0;
  for (const item of feedback) {
    perCategory[item.category] += 1;
    if (item.clauseId !== null) perClause.set(item.clauseId, (perClause.get(item.clauseId) ?? 0) + 1);
    if (item.answer === null) unanswered += 1;
  }
  return { total: feedback.length, unanswered, perCategory, perClause };
}
