import { describe, expect, it } from 'vitest';
import { bodyDateKey, bodyDateTimeKey, endOfBodyDay, formatBodyDate, formatBodyDateTime, isValidTimeZone, startOfBodyDay } from '../../../shared/time/body-time';

const elevenPmInShanghaiOnTheSixth = new Date('2026-12-06T15:00:00Z');

describe('body time', () => {
  it('reads an instant as the date and time in the body zone, not in UTC', () => {
    expect(bodyDateKey(elevenPmInShanghaiOnTheSixth, 'Asia/Shanghai')).toBe('2026-12-06');
    expect(bodyDateKey(elevenPmInShanghaiOnTheSixth, 'UTC')).toBe('2026-12-06');
    expect(bodyDateKey(new Date('2026-12-06T16:30:00Z'), 'Asia/Shanghai')).toBe('2026-12-07');
    expect(bodyDateKey(new Date('2026-12-06T16:30:00Z'), 'America/New_York')).toBe('2026-12-06');
    expect(bodyDateTimeKey(elevenPmInShanghaiOnTheSixth, 'Asia/Shanghai')).toBe('2026-12-06 23:00');
    expect(formatBodyDate(elevenPmInShanghaiOnTheSixth, 'Asia/Shanghai', 'zh-CN')).toBe('2026年12月6日');
    expect(formatBodyDateTime(elevenPmInShanghaiOnTheSixth, 'Asia/Shanghai', 'zh-CN')).toBe('2026年12月6日 23:00');
    expect(formatBodyDate(elevenPmInShanghaiOnTheSixth, 'America/New_York', 'en')).toBe('Dec 6, 2026');
  });

  it('turns a date typed in a form into the start and end of that day in the zone', () => {
    expect(endOfBodyDay('2026-12-06', 'Asia/Shanghai')?.toISOString()).toBe('2026-12-06T15:59:59.000Z');
    expect(startOfBodyDay('2026-12-06', 'Asia/Shanghai')?.toISOString()).toBe('2026-12-05T16:00:00.000Z');
    expect(endOfBodyDay('2026-03-08', 'America/New_York')?.toISOString()).toBe('2026-03-09T03:59:59.000Z');
    expect(startOfBodyDay('2026-03-08', 'America/New_York')?.toISOString()).toBe('2026-03-08T05:00:00.000Z');
    expect(startOfBodyDay('2026-11-01', 'America/New_York')?.toISOString()).toBe('2026-11-01T04:00:00.000Z');
    expect(endOfBodyDay('2026-02-30', 'Asia/Shanghai')).toBeNull();
    expect(endOfBodyDay('', 'Asia/Shanghai')).toBeNull();
  });

  it('knows which zone names Intl accepts', () => {
    expect(isValidTimeZone('Asia/Shanghai')).toBe(true);
    expect(isValidTimeZone('America/New_York')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
  });
});
