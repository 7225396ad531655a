import { Show } from 'solid-js';
import type { Review } from '../../../shared/api/reviews';
import { recordAttendance } from '../../api/reviews';
import { formatDateTime, translate } from '../../i18n/translate';
import { currentUser } from '../../session/session-state';
import { ErrorNotice } from '../error-notice';
import { createReviewAction } from './review-action';

/** Matches the server: members check themselves in from two hours before the meeting. */
const checkInOpensBeforeMilliseconds = 2 * 60 * 60 * 1000;

/** A panel member checks in to (or out of) the meeting from their own device. */
export function AttendanceCheckIn(props: { review: Review; concluded: boolean; onChanged: (review: Review) => void }) {
  const action = createReviewAction();
  const me = () => props.review.panel.find((member) => member.userId === currentUser()?.id);
  const checkInOpensAt = () => (props.review.startsAt ? Date.parse(props.review.startsAt) - checkInOpensBeforeMilliseconds : Number.NEGATIVE_INFINITY);
  async function toggle(username: string, present: boolean): Promise<void> {
    const done = await action.track(recordAttendance(props.review.id, username, present));
    if (done) props.onChanged(done.result);
  }
  const notYet = () => !props.review.myAccess.chair && Date.now() < checkInOpensAt();

  return (
    <Show when={me()}>
      {(member) => (
        <div class="nd-check-in" data-testid="check-in" data-present={member().present ? 'true' : 'false'}>
          <p class="nd-check-in__state" data-testid="check-in-state">
            {member().present ? translate('checkInPresent') : translate('checkInAbsent')}
          </p>
          <Show when={!props.concluded} fallback={<p class="nd-muted">{translate('checkInFinal')}</p>}>
            <Show when={!notYet()} fallback={<p class="nd-muted">{translate('checkInNotYet', { time: formatDateTime(new Date(checkInOpensAt()).toISOString()) })}</p>}>
              <button
                type="button"
                class="nd-button"
                classList={{ 'nd-button--primary': !member().present }}
                disabled={action.busy()}
                onClick={() => void toggle(member().username, !member().present)}
                data-testid={member().present ? 'check-out' : 'check-in-button'}
              >
                {member().present ? translate('checkOut') : translate('checkInButton')}
              </button>
            </Show>
          </Show>
          <Show when={action.failure() !== undefined}>
            <ErrorNotice error={action.failure()} />
          </Show>
        </div>
      )}
    </Show>
  );
}
