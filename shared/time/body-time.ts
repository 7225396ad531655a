/**
 * Dates as people read them: in the standards body's time zone (a setting, Asia/Shanghai by default), never in the
 * reader's or the server's own zone, so a comment made at 23:00 in Shanghai on the 6th is "the 6th" in the browser,
 * the tables, their file names and every export alike. Pure: only `Intl`.
 */

export const defaultBodyTimeZone = 'Asia/Shanghai';

/** Whether `Intl` knows this IANA time-zone name. */
export function isValidTimeZone(timeZone: string): boolean {
  if (timeZone.trim() === '') return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone }).format(0);
    return true;
  } catch {
    return false;
  }
}

const dateKeyFormats = new Map<string, Intl.DateTimeFormat>();

function dateKeyFormat(timeZone: string): Intl.DateTimeFormat {
  let format = dateKeyFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
    dateKeyFormats.set(timeZone, format);
  }
  return format;
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallClock(date: Date, timeZone: string): WallClock {
  const parts = Object.fromEntries(dateKeyFormat(timeZone).formatToParts(date).map((part) => [part.type, part.value]));
  return { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day), hour: Number(parts.hour), minute: Number(parts.minute), second: Number(parts.second) };
}

const pad = (value: number): string => String(value).padStart(2, '0');

/** The calendar date in the zone, `yyyy-mm-dd`: for file names, tables and `<input type="date">`. */
export function bodyDateKey(date: Date, timeZone: string): string {
  const clock = wallClock(date, timeZone);
  return `${clock.year}-${pad(clock.month)}-${pad(clock.day)}`;
}

/** The date and time in the zone, `yyyy-mm-dd hh:mm`. */
export function bodyDateTimeKey(date: Date, timeZone: string): string {
  const clock = wallClock(date, timeZone);
  return `${bodyDateKey(date, timeZone)} ${pad(clock.hour)}:${pad(clock.minute)}`;
}

/** A date in the reader's language, in the zone (`2026年12月6日`, `Dec 6, 2026`). */
export function formatBodyDate(date: Date, timeZone: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'medium' }).format(date);
}

/** A date and time in the reader's language, in the zone. */
export function formatBodyDateTime(date: Date, timeZone: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

function offsetMilliseconds(instant: number, timeZone: string): number {
  const clock = wallClock(new Date(instant), timeZone);
  const asUtc = Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/** The instant at which the zone's clocks show this wall-clock time (the earlier one when a shift repeats it). */
export function instantOfBodyTime(dateKey: string, time: { hour: number; minute: number; second: number }, timeZone: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(dateKey);
  if (!match) return null;
  const wall = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), time.hour, time.minute, time.second);
  if (Number.isNaN(wall) || new Date(wall).toISOString().slice(0, 10) !== dateKey) return null;
  let instant = wall - offsetMilliseconds(wall, timeZone);
  instant = wall - offsetMilliseconds(instant, timeZone);
  return new Date(instant);
}

/** The first second of the day in the zone. */
export function startOfBodyDay(dateKey: string, timeZone: string): Date | null {
  return instantOfBodyTime(dateKey, { hour: 0, minute: 0, second: 0 }, timeZone);
}

/** The last second of the day in the zone (23:59:59). */
export function endOfBodyDay(dateKey: string, timeZone: string): Date | null {
  return instantOfBodyTime(dateKey, { hour: 23, minute: 59, second: 59 }, timeZone);
}
