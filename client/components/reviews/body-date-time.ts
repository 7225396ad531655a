import { bodyDateTimeKey, instantOfBodyTime } from '../../../shared/time/body-time';
import { bodyTimeZone } from '../../i18n/body-time-zone';

/**
 * The value of an `<input type="datetime-local">` for an instant: the wall-clock time in the body's time zone, so
 * the secretariat types "14:00" meaning 14:00 where the body is, whatever zone their computer is in.
 */
export function dateTimeInputValue(date: Date): string {
  return bodyDateTimeKey(date, bodyTimeZone()).replace(' ', 'T');
}

/** The instant a `datetime-local` value means in the body's time zone, as ISO text; null when it is not a time. */
export function instantOfDateTimeInput(value: string): string | null {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?/u.exec(value);
  if (!match || match[1] === undefined) return null;
  const instant = instantOfBodyTime(match[1], { hour: Number(match[2]), minute: Number(match[3]), second: Number(match[4] ?? '0') }, bodyTimeZone());
  return instant === null ? null : instant.toISOString();
}
