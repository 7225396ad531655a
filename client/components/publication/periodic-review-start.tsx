import { Show, createSignal, createUniqueId } from 'solid-js';
import type { Edition } from '../../../shared/api/publications';
import { startPeriodicReview } from '../../api/publications';
import { translate } from '../../i18n/translate';
import { ErrorNotice } from '../error-notice';
import { createReviewAction } from '../reviews/review-action';

/** 开始复审 of the edition in force, with an optional note. */
export function PeriodicReviewStart(props: { standardId: string; edition: Edition; onStarted: () => void }) {
  const noteId = createUniqueId();
  const [note, setNote] = createSignal('');
  const action = createReviewAction();

  async function start(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (await action.track(startPeriodicReview(props.standardId, note()))) props.onStarted();
  }

  return (
    <form class="nd-periodic-review" onSubmit={(event) => void start(event)} data-testid="periodic-review-start">
      <h3>{translate('periodicReviewHeading')}</h3>
      <p class="nd-muted">{translate('periodicReviewStartExplanation')}</p>
      <Show when={props.edition.reviewDueOn}>{(date) => <p data-testid="periodic-review-due">{translate('periodicReviewDue', { date: date() })}</p>}</Show>
      <div class="nd-field">
        <label for={noteId}>{translate('periodicReviewStartNote')}</label>
        <textarea id={noteId} rows={2} maxLength={2000} value={note()} onInput={(event) => setNote(event.currentTarget.value)} data-testid="periodic-review-start-note" lang="zh-CN" />
      </div>
      <Show when={action.failure() !== undefined}>
        <ErrorNotice error={action.failure()} />
      </Show>
      <button type="submit" class="nd-button nd-button--primary" disabled={action.busy()} data-testid="periodic-review-start-submit">
        {translate('periodicReviewStart')}
      </button>
    </form>
  );
}
