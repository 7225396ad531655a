import { formatBodyDate } from '../../../shared/time/body-time';
import { currentLanguage } from '../../i18n/language';

/** A calendar date the server already fixed in the body's time zone (YYYY-MM-DD), in the reader's language, unshifted. */
export function formatCalendarDate(dateKey: string): string {
  const noon = new Date(`${dateKey}T12:00:00Z`);
  if (Number.isNaN(noon.getTime())) return dateKey;
  return formatBodyDate(noon, 'UTC', currentLanguage());
}
