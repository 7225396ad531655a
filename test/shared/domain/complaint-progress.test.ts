import { describe, expect, it } from 'vitest';
import { addDaysToDate, complaintStatuses, complaintStepStatuses, formatComplaintCaseNumber, isComplaintOverdue, nextComplaintStatus, refusalOfComplaintStep } from '../../../shared/domain/complaint-progress';

describe('the steps of a complaint', () => {
  it('allows exactly the next status and refuses every skipped, repeated or backward step', () => {
    const allowed = complaintStatuses.flatMap((from) => complaintStepStatuses.filter((to) => refusalOfComplaintStep(from, { status: to, answer: 'an answer' }) === null).map((to) => `${from}→${to}`));
    expect(allowed).toEqual(['received→under_review', 'under_review→answered', 'answered→closed']);
    expect(refusalOfComplaintStep('received', { status: 'answered', answer: 'x' })).toBe('step_out_of_order');
    expect(refusalOfComplaintStep('received', { status: 'closed' })).toBe('step_out_of_order');
    expect(refusalOfComplaintStep('closed', { status: 'closed' })).toBe('step_out_of_order');
    expect(nextComplaintStatus('closed')).toBeNull();
  });

  it('needs an answer for the answered step', () => {
    expect(refusalOfComplaintStep('under_review', { status: 'answered' })).toBe('answer_required');
    expect(refusalOfComplaintStep('under_review', { status: 'answered', answer: '   ' })).toBe('answer_required');
    expect(refusalOfComplaintStep('under_review', { status: 'answered', answer: '已答复' })).toBeNull();
  });

  it('is overdue only while it waits for the answer and only after the due date', () => {
    expect(isComplaintOverdue('received', '2026-03-31', '2026-03-31')).toBe(false);
    expect(isComplaintOverdue('received', '2026-03-31', '2026-04-01')).toBe(true);
    expect(isComplaintOverdue('under_review', '2026-03-31', '2027-01-01')).toBe(true);
    expect(isComplaintOverdue('answered', '2026-03-31', '2027-01-01')).toBe(false);
    expect(isComplaintOverdue('closed', '2026-03-31', '2027-01-01')).toBe(false);
  });

  it('numbers cases per body and year with four digits, and counts due dates in calendar days', () => {
    expect(formatComplaintCaseNumber('CWA', 2026, 1)).toBe('TS-CWA-2026-0001');
    expect(formatComplaintCaseNumber('XZYC', 2027, 123)).toBe('TS-XZYC-2027-0123');
    expect(addDaysToDate('2026-01-31', 30)).toBe('2026-03-02');
    expect(addDaysToDate('2028-02-15', 30)).toBe('2028-03-16');
    expect(addDaysToDate('2026-12-20', 30)).toBe('2027-01-19');
  });
});
