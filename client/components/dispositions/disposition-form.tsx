import { For, Show, createSignal, createUniqueId } from 'solid-js';
import type { Disposition, DispositionDecision } from '../../../shared/api/dispositions';
import { decisionNeedsReason, dispositionDecisions } from '../../../shared/api/dispositions';
import { recordDisposition } from '../../api/dispositions';
import { decisionHint, decisionName } from '../../i18n/disposition-names';
import { translate } from '../../i18n/translate';
import { ErrorNotice } from '../error-notice';
import type { ChangeReferenceChoice } from './change-reference-choice';
import { changeReferenceRequest, hasHalfAComparison, noChangeReference } from './change-reference-choice';
import { ChangeReferenceFields } from './change-reference-fields';

interface DispositionFormProps {
  commentId: string;
  /** Without it the form cannot offer clauses and versions, and records the decision alone. */
  standardId: string | undefined;
  /** The decision in force, which the new one will supersede; null for the first. */
  current: Disposition | null;
  onRecorded: (disposition: Disposition) => void;
  onCancel: () => void;
}

/** Records a decision on one comment: 采纳, 部分采纳, 不采纳 or 待定, why, and where the change was made. */
export function DispositionForm(props: DispositionFormProps) {
  const groupName = createUniqueId();
  const reasonFieldId = createUniqueId();
  const [decision, setDecision] = createSignal<DispositionDecision | null>(null);
  const [reason, setReason] = createSignal('');
  const [changeReference, setChangeReference] = createSignal<ChangeReferenceChoice>(noChangeReference);
  const [attempted, setAttempted] = createSignal(false);
  const [sending, setSending] = createSignal(false);
  const [failure, setFailure] = createSignal<unknown>();

  const decisionMissing = () => attempted() && decision() === null;
  const reasonMissing = () => {
    const chosen = decision();
    return attempted() && chosen !== null && decisionNeedsReason(chosen) && reason().trim() === '';
  };
  const versionPairIncomplete = () => attempted() && hasHalfAComparison(changeReference());
  const reasonRequired = () => {
    const chosen = decision();
    return chosen !== null && decisionNeedsReason(chosen);
  };

  async function submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    setAttempted(true);
    const chosen = decision();
    if (chosen === null || reasonMissing() || versionPairIncomplete()) return;
    setSending(true);
    setFailure(undefined);
    try {
      const trimmedReason = reason().trim();
      const recorded = await recordDisposition(props.commentId, {
        decision: chosen,
        ...(trimmedReason === '' ? {} : { reason: trimmedReason }),
        ...(props.standardId === undefined ? {} : { changeRef: changeReferenceRequest(changeReference()) }),
      });
      props.onRecorded(recorded);
    } catch (error) {
      setFailure(error);
    } finally {
      setSending(false);
    }
  }

  return (
    <form class="nd-form nd-disposition-form" data-testid="disposition-form" onSubmit={(event) => void submit(event)} noValidate>
      <fieldset class="nd-disposition-form__decisions" aria-invalid={decisionMissing() ? 'true' : undefined}>
        <legend>{translate(props.current === null ? 'dispositionDecisionLegend' : 'dispositionChangeDecisionLegend')}</legend>
        <For each={dispositionDecisions}>
          {(choice) => (
            <label class="nd-disposition-form__choice">
              <input
                type="radio"
                name={groupName}
                value={choice}
                checked={decision() === choice}
                onChange={() => setDecision(choice)}
                data-testid={`disposition-decision-${choice}`}
              />
              <span class={`nd-decision nd-decision--${choice}`}>{decisionName(choice)}</span>
              <span class="nd-muted">{decisionHint(choice)}</span>
            </label>
          )}
        </For>
        <Show when={decisionMissing()}>
          <p class="nd-field__error" role="alert" data-testid="disposition-decision-error">
            {translate('dispositionDecisionRule')}
          </p>
        </Show>
      </fieldset>
      <div class="nd-field">
        <label for={reasonFieldId}>
          {translate(reasonRequired() ? 'dispositionReasonRequiredLabel' : 'dispositionReasonOptionalLabel')}
        </label>
        <textarea
          id={reasonFieldId}
          rows={3}
          value={reason()}
          onInput={(event) => setReason(event.currentTarget.value)}
          data-testid="disposition-reason-input"
          lang="zh-CN"
          required={reasonRequired()}
          aria-invalid={reasonMissing() ? 'true' : undefined}
          aria-describedby={reasonMissing() ? `${reasonFieldId}-error` : undefined}
        />
        <Show when={reasonMissing()}>
          <p id={`${reasonFieldId}-error`} class="nd-field__error" role="alert" data-testid="disposition-reason-error">
            {translate('dispositionReasonRule', { decision: decisionName(decision() ?? 'not_accepted') })}
          </p>
        </Show>
      </div>
      <Show when={props.standardId}>
        {(standardId) => (
          <ChangeReferenceFields
            standardId={standardId()}
            value={changeReference()}
            onChange={setChangeReference}
            versionPairError={versionPairIncomplete()}
          />
        )}
      </Show>
      <Show when={failure() !== undefined}>
        <ErrorNotice error={failure()} />
      </Show>
      <div class="nd-disposition-form__actions">
        <button type="submit" class="nd-button nd-button--primary" data-testid="disposition-submit" disabled={sending()}>
          {translate(props.current === null ? 'dispositionSubmit' : 'dispositionSubmitChange')}
        </button>
        <button type="button" class="nd-button" data-testid="disposition-cancel" onClick={() => props.onCancel()}>
          {translate('dispositionCancel')}
        </button>
      </div>
    </form>
  );
}
