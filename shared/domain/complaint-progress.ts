/**
 * A complaint (投诉) moves one step at a time: received → under_review → answered → closed. No step may be skipped,
 * so every closed case has been reviewed and answered, and each step names who took it.
 */
export const complaintStatuses = ['received', 'under_review', 'answered', 'closed'] as const;
export type ComplaintStatus = (typeof complaintStatuses)[number];

/** The statuses the secretariat sets; `received` is where every complaint starts. */
export const complaintStepStatuses = ['under_review', 'answered', 'closed'] as const;
export type ComplaintStepStatus = (typeof complaintStepStatuses)[number];

export const complaintSubjects = ['standard', 'process'] as const;
export type ComplaintSubject = (typeof complaintSubjects)[number];

/** The one status that may follow `status`; null once the case is closed. */
export function nextComplaintStatus(status: ComplaintStatus): ComplaintStepStatus | null {
  switch (status) {
    case 'received':
      return 'under_review';
    case 'under_review':
      return 'answered';
    case 'answered':
      return 'closed';
    case 'closed':
      return null;
  }
}

export type ComplaintStepRefusal = 'step_out_of_order' | 'answer_required';

/** Why the step may not be taken now, or null when it may: out of order, or an `answered` step without an answer. */
export function refusalOfComplaintStep(current: ComplaintStatus, step: { status: ComplaintStepStatus; answer?: string | null }): ComplaintStepRefusal | null {
  if (nextComplaintStatus(current) !== step.status) return 'step_out_of_order';
  if (step.status === 'answered' && (step.answer ?? '').trim() === '') return 'answer_required';
  return null;
}

/** A case still waiting for its answer after the due date (a calendar date, compared in the body's time zone). */
export function isComplaintOverdue(status: ComplaintStatus, answerDueOn: string, todayInBodyTimeZone: string): boolean {
  return (status === 'received' || status === 'under_review') && todayInBodyTimeZone > answerDueOn;
}

/** "TS-CWA-2026-0001": 投诉 (TS), the body code, the year of receipt and the case's number in that year. */
export function formatComplaintCaseNumber(bodyCode: string, year: number, sequence: number): string {
  return `TS-${bodyCode}-${year}-${String(sequence).padStart(4, '0')}`;
}

/** The calendar date `days` after `dateKey` (YYYY-MM-DD), without time-zone or daylight-saving effects. */
export function addDaysToDate(dateKey: string, days: number): string {
  const [year, month, day] = dateKey.split('-').map(Number);
  const date = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1));
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
