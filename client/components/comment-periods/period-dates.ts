import { bodyDateKey, endOfBodyDay } from '../../../shared/time/body-time';
import { bodyTimeZone } from '../../i18n/body-time-zone';

/** A date as the value of an `<input type="date">`: the calendar date in the body's time zone. */
export function dateInputValue(date: Date): string {
  return bodyDateKey(date, bodyTimeZone());
}

/** The end of the chosen day in the body's time zone, or null when the date is missing or not after `notBefore`. */
export function endOfDay(value: string, notBefore: Date = new Date()): string | null {
  const end = endOfBodyDay(value, bodyTimeZone());
  if (end === null || end.getTime() <= notBefore.getTime()) return null;
  return end.toISOString();
}
