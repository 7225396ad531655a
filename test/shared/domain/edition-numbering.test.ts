import { describe, expect, it } from 'vitest';
import { addYearsToDate, daysBetweenDates, isCalendarDate, isPeriodicReviewDue, nextFreeSequenceNumber, publicationDatesProblem, sameSequenceNumber } from '../../../shared/domain/edition-numbering';
import { editionPathSegment, formatStandardNumber, parseEditionPathSegment, publicationStatusOf, type EditionFacts } from '../../../shared/domain/publication-status';

describe('edition numbering', () => {
  it('offers one more than the highest sequence number, as wide as the body writes them, three digits at first', () => {
    expect(nextFreeSequenceNumber([])).toBe('001');
    expect(nextFreeSequenceNumber(['001', '012', '007'])).toBe('013');
    expect(nextFreeSequenceNumber(['0055'])).toBe('0056');
    expect(nextFreeSequenceNumber(['999'])).toBe('1000');
    expect(nextFreeSequenceNumber(['12'])).toBe('013');
  });

  it('compares sequence numbers by value, so 12 and 012 are the same number', () => {
    expect(sameSequenceNumber('012', '12')).toBe(true);
    expect(sameSequenceNumber('012', '0120')).toBe(false);
  });

  it('prints the number with the em dash and reads the public path segment back', () => {
    expect(formatStandardNumber('CWA', '012', 2026)).toBe('T/CWA 012—2026');
    expect(editionPathSegment('012', 2026)).toBe('012-2026');
    expect(parseEditionPathSegment('012-2026')).toEqual({ sequenceNumber: '012', year: 2026 });
    expect(parseEditionPathSegment('012-26')).toBeNull();
  });
});

describe('publication dates and the 复审 interval', () => {
  it('accepts real calendar dates only', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-2-1')).toBe(false);
  });

  it('refuses an implementation before the publication', () => {
    expect(publicationDatesProblem('2026-03-01', '2026-03-01')).toBeNull();
    expect(publicationDatesProblem('2026-03-01', '2026-02-28')).toBe('implemented_before_published');
    expect(publicationDatesProblem('', '2026-02-28')).toBe('invalid_published_on');
    expect(publicationDatesProblem('2026-03-01', '2026-13-01')).toBe('invalid_implemented_on');
  });

  it('adds years, falling back to 28 February from a leap day', () => {
    expect(addYearsToDate('2026-03-01', 5)).toBe('2031-03-01');
    expect(addYearsToDate('2028-02-29', 5)).toBe('2033-02-28');
    expect(addYearsToDate('2028-02-29', 4)).toBe('2032-02-29');
  });

  it('counts a review due within 90 days or overdue as due', () => {
    expect(daysBetweenDates('2026-12-08', '2027-03-08')).toBe(90);
    expect(isPeriodicReviewDue('2027-03-08', '2026-12-08')).toBe(true);
    expect(isPeriodicReviewDue('2027-03-09', '2026-12-08')).toBe(false);
    expect(isPeriodicReviewDue('2020-01-01', '2026-12-08')).toBe(true);
  });
});

describe('publication status', () => {
  const published = new Date('2026-01-01T00:00:00Z');
  const first: EditionFacts = { id: 'first', publishedAt: published, withdrawnOn: null, replacesPublicationId: null };
  const revision: EditionFacts = { id: 'second', publishedAt: null, withdrawnOn: null, replacesPublicationId: 'first' };

  it('is 现行 until a published revision replaces it; an unpublished number has no status', () => {
    expect(publicationStatusOf(first, [first, revision])).toBe('current');
    expect(publicationStatusOf(revision, [first, revision])).toBeNull();
    const publishedRevision = { ...revision, publishedAt: published };
    expect(publicationStatusOf(first, [first, publishedRevision])).toBe('replaced');
    expect(publicationStatusOf({ ...first, withdrawnOn: '2030-01-01' }, [first])).toBe('withdrawn');
  });
});
