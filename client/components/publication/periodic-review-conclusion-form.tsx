import { For, Show, createSignal, createUniqueId } from 'solid-js';
import { periodicReviewConclusions, type Edition, type PeriodicReview, type PeriodicReviewConclusion } from '../../../shared/api/publications';
import { bodyDateKey } from '../../../shared/time/body-time';
import { concludePeriodicReview } from '../../api/publications';
import { bodyTimeZone } from '../../i18n/body-time-zone';
import type { MessageKey } from '../../i18n/chinese';
import { formatDate, translate } from '../../i18n/translate';
import { ErrorNotice } from '../error-notice';
import { createReviewAction } from '../reviews/review-action';
import { conclusionName } from './publication-names';

const explanationKeys: Record<PeriodicReviewConclusion, MessageKey> = {
  continue: 'periodicReviewContinueExplanation',
  revise: 'periodicReviewReviseExplanation',
  withdraw: 'periodicReviewWithdrawExplanation',
};

interface ConclusionFormProps {
  standardId: string;
  review: PeriodicReview;
  editions: readonly Edition[];
  onConcluded: () => void;
}

/** The conclusion of the 复审 in progress: 继续有效, 修订 or 废止, with the reasons and, for 废止, the date. */
export function PeriodicReviewConclusionForm(props: ConclusionFormProps) {
  const noteId = createUniqueId();
  const dateId = createUniqueId();
  const [conclusion, setConclusion] = createSignal<PeriodicReviewConclusion>('continue');
  const [note, setNote] = createSignal('');
  const [withdrawnOn, setWithdrawnOn] = createSignal(bodyDateKey(new Date(), bodyTimeZone()));
  const [problem, setProblem] = createSignal<string | null>(null);
  const action = createReviewAction();
  const edition = () => props.editions.find((candidate) => candidate.id === props.review.publicationId);

  async function submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (note().trim() === '') return void setProblem(translate('periodicReviewNoteRequired'));
    setProblem(null);
    const request = { conclusion: conclusion(), note: note().trim(), ...(conclusion() === 'withdraw' && withdrawnOn() !== '' ? { withdrawnOn: withdrawnOn() } : {}) };
    if (await action.track(concludePeriodicReview(props.standardId, props.review.id, request))) props.onConcluded();
  }

  return (
    <form class="nd-periodic-review" onSubmit={(event) => void submit(event)} data-testid="periodic-review-conclusion-form">
      <h3>{translate('periodicReviewConclusionHeading')}</h3>
      <p class="nd-muted">{translate('periodicReviewStarted', { name: props.review.startedBy.displayName, date: formatDate(props.review.startedAt), number: edition()?.number ?? '' })}</p>
      <fieldset class="nd-choice-group">
        <legend>{translate('periodicReviewConclusionLegend')}</legend>
        <For each={periodicReviewConclusions}>
          {(choice) => (
            <label class="nd-choice nd-periodic-review__choice">
              <input type="radio" name={`conclusion-${props.review.id}`} checked={conclusion() === choice} onChange={() => setConclusion(choice)} data-testid="periodic-review-conclusion" data-conclusion={choice} />
              <span>
                <strong>{conclusionName(choice)}</strong>
                <span class="nd-muted"> {translate(explanationKeys[choice])}</span>
              </span>
            </label>
          )}
        </For>
      </fieldset>
      <Show when={conclusion() === 'withdraw'}>
        <div class="nd-field">
          <label for={dateId}>{translate('periodicReviewWithdrawnOnLabel')}</label>
          <input id={dateId} type="date" value={withdrawnOn()} onInput={(event) => setWithdrawnOn(event.currentTarget.value)} data-testid="periodic-review-withdrawn-on" />
        </div>
      </Show>
      <div class="nd-field">
        <label for={noteId}>{translate('periodicReviewNoteLabel')}</label>
        <textarea id={noteId} rows={3} maxLength={2000} value={note()} onInput={(event) => {
            setNote(event.currentTarget.value);
            setProblem(null);
          }} data-testid="periodic-review-note" lang="zh-CN" />
      </div>
      <Show when={problem()}>{(text) => <p class="nd-field__error" role="alert">{text()}</p>}</Show>
      <Show when={action.failure() !== undefined}>
        <ErrorNotice error={action.failure()} />
      </Show>
      <button type="submit" class="nd-button nd-button--primary" disabled={action.busy()} data-testid="periodic-review-conclude">
        {translate('periodicReviewConcludeSubmit')}
      </button>
    </form>
  );
}
