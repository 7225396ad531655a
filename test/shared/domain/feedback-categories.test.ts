import { describe, expect, it } from 'vitest';
import { tallyFeedback } from '../../../shared/domain/feedback-categories';

describe('the tally of implementation feedback', () => {
  it('counts per category and per clause, leaves feedback on the whole standard out of the clauses, and counts the unanswered', () => {
    const tally = tallyFeedback([
      { category: 'technical_problem', clauseId: 'clause-5', answer: null },
      { category: 'unclear_wording', clauseId: 'clause-5', answer: '已答复' },
      { category: 'conflict', clauseId: 'clause-7', answer: null },
      { category: 'suggestion', clauseId: null, answer: null },
    ]);
    expect(tally.total).toBe(4);
    expect(tally.unanswered).toBe(3);
    expect(tally.perCategory).toEqual({ technical_problem: 1, unclear_wording: 1, conflict: 1, suggestion: 1 });
    expect([...tally.perClause.entries()]).toEqual([
      ['clause-5', 2],
      ['clause-7', 1],
    ]);
  });

  it('is all zeros for a standard without feedback', () => {
    expect(tallyFeedback([])).toMatchObject({ total: 0, unanswered: 0, perCategory: { technical_problem: 0, unclear_wording: 0, conflict: 0, suggestion: 0 } });
  });
});
