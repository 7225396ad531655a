/** The width of a sequence number when the body has handed out none yet: "001". */
export const defaultSequenceNumberWidth = 3;

/**
 * The next free sequence number of a body: one more than the highest it has handed out, as wide as the widest it
 * used (a body that writes "0055" keeps four digits), three digits when it has none.
 */
export function nextFreeSequenceNumber(takenSequenceNumbers: readonly string[]): string {
  const width = takenSequenceNumbers.reduce((widest, taken) => Math.max(widest, taken.length), defaultSequenceNumberWidth);
  const highest = takenSequenceNumbers.reduce((maximum, taken) => Math.max(maximum, Number.parseInt(taken, 10) || 0), 0);
  return String(highest + 1).padStart(width, '0');
}

/** "012" and "12" name the same sequence number; the body's written form is kept, the value compared. */
export function sameSequenceNumber(left: string, right: string): boolean {
  return Number.parseInt(left, 10) === Number.parseInt(right, 10);
}

const dateKeyPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether the text is a real calendar date written YYYY-MM-DD. */
export function isCalendarDate(text: string): boolean {
  const found = dateKeyPattern.exec(text);
  if (!found) return false;
  const [year, month, day] = [Number(found[1]), Number(found[2]), Number(found[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function utcDateOf(dateKey: string): Date {
  const [year, month, day] = dateKey.split('-').map(Number);
  return new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1));
}

/** The date `years` later; 29 February falls back to 28 February in a year without it. */
export function addYearsToDate(dateKey: string, years: number): string {
  const date = utcDateOf(dateKey);
  const target = new Date(Date.UTC(date.getUTCFullYear() + years, date.getUTCMonth(), 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return target.toISOString().slice(0, 10);
}

/** Whole days from one date to another (negative when `to` is earlier). */
export function daysBetweenDates(from: string, to: string): number {
  return Math.round((utcDateOf(to).getTime() - utcDateOf(from).getTime()) / 86_400_000);
}

/** How far ahead the 复审 dashboard looks. */
export const periodicReviewLookAheadDays = 90;

/** Due within the look-ahead or overdue. */
export function isPeriodicReviewDue(reviewDueOn: string, today: string, lookAheadDays: number = periodicReviewLookAheadDays): boolean {
  return daysBetweenDates(today, reviewDueOn) <= lookAheadDays;
}

/** What is wrong with the publication dates, or null: the implementation cannot come before the publication. */
export function publicationDatesProblem(publishedOn: string, implementedOn: string): 'invalid_published_on' | 'invalid_implemented_on' | 'implemented_before_published' | null {
  if (!isCalendarDate(publishedOn)) return 'invalid_published_on';
  if (!isCalendarDate(implementedOn)) return 'invalid_implemented_on';
  return implementedOn < publishedOn ? 'implemented_before_published' : null;
}
