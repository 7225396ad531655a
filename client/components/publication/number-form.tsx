import { Show, createResource, createSignal, createUniqueId } from 'solid-js';
import type { Edition } from '../../../shared/api/publications';
import { formatStandardNumber } from '../../../shared/domain/publication-status';
import { isApiError } from '../../api/api-error';
import { assignNumber, fetchNextNumber } from '../../api/publications';
import { translate } from '../../i18n/translate';
import { ErrorNotice } from '../error-notice';
import { createReviewAction } from '../reviews/review-action';

interface NumberFormProps {
  standardId: string;
  canManage: boolean;
  /** The number already assigned in 批准, if any. */
  assigned: Edition | null;
  onAssigned: () => void;
}

const sequencePattern = /^[0-9]{1,6}$/;

/** 编号: prefilled with the next free number (or the one assigned); a number taken by another standard is refused with a way out. */
export function NumberForm(props: NumberFormProps) {
  const sequenceId = createUniqueId();
  const yearId = createUniqueId();
  const [suggestion, { refetch }] = createResource(() => (props.canManage ? props.standardId : null), fetchNextNumber);
  const [sequence, setSequence] = createSignal<string | null>(null);
  const [year, setYear] = createSignal<string | null>(null);
  const [problem, setProblem] = createSignal<string | null>(null);
  const action = createReviewAction();
  const [refusedNumber, setRefusedNumber] = createSignal('');
  const sequenceValue = () => sequence() ?? suggestion()?.sequenceNumber ?? '';
  const yearValue = () => year() ?? String(suggestion()?.year ?? '');
  const bodyCode = () => suggestion()?.bodyCode ?? props.assigned?.bodyCode ?? '';
  const preview = () => formatStandardNumber(bodyCode(), sequenceValue() || '×××', Number(yearValue()) || 0);
  const refusedAsTaken = () => isApiError(action.failure()) && (action.failure() as { code: string }).code === 'number_taken';

  async function submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (!sequencePattern.test(sequenceValue()) || Number(sequenceValue()) === 0) return void setProblem(translate('numberSequenceInvalid'));
    if (!/^\d{4}$/.test(yearValue())) return void setProblem(translate('numberYearInvalid'));
    setProblem(null);
    const done = await action.track(assignNumber(props.standardId, sequenceValue(), Number(yearValue())));
    if (done) {
      setSequence(null);
      setYear(null);
      void refetch();
      props.onAssigned();
    } else if (refusedAsTaken()) {
      // The suggestion is worked out again: someone else may just have taken the number it offered.
      setRefusedNumber(preview());
      void refetch();
    }
  }

  return (
    <div class="nd-number" data-testid="number-section">
      <h3>{translate('numberHeading')}</h3>
      <p class="nd-muted">{translate('numberExplanation')}</p>
      <Show when={props.assigned}>
        {(edition) => (
          <p class="nd-notice nd-notice--success" role="status" data-testid="number-assigned">
            {translate('numberAssigned', { number: edition().number })}
          </p>
        )}
      </Show>
      <Show when={!props.assigned && !props.canManage}>
        <p class="nd-muted">{translate('numberNotYet')}</p>
      </Show>
      <Show when={props.canManage} fallback={<p class="nd-muted">{translate('numberOnlySecretariat')}</p>}>
        <Show when={suggestion.state === 'errored'}>
          <ErrorNotice error={suggestion.error} />
        </Show>
        <Show when={suggestion()}>
          {(next) => (
            <form class="nd-number__form" onSubmit={(event) => void submit(event)} data-testid="number-form">
              <p class="nd-muted" data-testid="number-suggestion">
                {next().revision && next().replaces
                  ? translate('numberRevision', { replaces: next().replaces?.number ?? '', sequence: next().sequenceNumber })
                  : translate('numberSuggested', { sequence: next().sequenceNumber })}
              </p>
              <div class="nd-number__fields">
                <span class="nd-number__prefix">T/{next().bodyCode}</span>
                <div class="nd-field">
                  <label for={sequenceId}>{translate('numberSequenceLabel')}</label>
                  <input id={sequenceId} inputMode="numeric" maxLength={6} value={sequenceValue()} onInput={(event) => setSequence(event.currentTarget.value.trim())} data-testid="number-sequence" />
                </div>
                <span class="nd-number__dash">—</span>
                <div class="nd-field">
                  <label for={yearId}>{translate('numberYearLabel')}</label>
                  <input id={yearId} inputMode="numeric" maxLength={4} value={yearValue()} onInput={(event) => setYear(event.currentTarget.value.trim())} data-testid="number-year" />
                </div>
              </div>
              <p class="nd-number__preview" data-testid="number-preview">
                {translate('numberPreview', { number: preview() })}
              </p>
              <Show when={problem()}>{(text) => <p class="nd-field__error" role="alert">{text()}</p>}</Show>
              <Show when={action.failure() !== undefined}>
                <div class="nd-number__conflict" data-testid="number-conflict">
                  <Show when={refusedAsTaken()}>
                    <strong data-testid="number-refused">{translate('numberRefused', { number: refusedNumber() })}</strong>
                  </Show>
                  <ErrorNotice error={action.failure()} />
                  <Show when={refusedAsTaken() && suggestion()}>
                    {(fresh) => (
                      <button type="button" class="nd-button" onClick={() => setSequence(fresh().sequenceNumber)} data-testid="number-use-suggestion">
                        {translate('numberUseSuggestion', { number: formatStandardNumber(fresh().bodyCode, fresh().sequenceNumber, Number(yearValue()) || fresh().year) })}
                      </button>
                    )}
                  </Show>
                </div>
              </Show>
              <button type="submit" class="nd-button nd-button--primary" disabled={action.busy()} data-testid="number-submit">
                {props.assigned ? translate('numberReassignSubmit') : translate('numberAssignSubmit')}
              </button>
            </form>
          )}
        </Show>
      </Show>
    </div>
  );
}
