import { createSignal } from 'solid-js';
import { defaultBodyTimeZone, isValidTimeZone } from '../../shared/time/body-time';
import { fetchMeta } from '../api/meta';

/**
 * The body's time zone, as the server is configured (BODY_TIME_ZONE): every date shown is a date there, whatever
 * zone the reader's computer is in, so the screen, the tables and the exports agree on "the 6th".
 */
const [bodyTimeZone, setBodyTimeZone] = createSignal(defaultBodyTimeZone);

export { bodyTimeZone };

/** Asks the server once at start; until it answers (or if it cannot), the default zone is used. */
export async function loadBodyTimeZone(): Promise<void> {
  try {
    const { timeZone } = await fetchMeta();
    if (isValidTimeZone(timeZone)) setBodyTimeZone(timeZone);
  } catch {
    // The default zone stays; the dates are still the body's unless the server was set to another zone.
  }
}
