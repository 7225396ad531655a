import { For, Show, createSignal, createUniqueId } from 'solid-js';
import type { Reaction } from '../../../shared/api/dispositions';
import { reactToDisposition } from '../../api/dispositions';
import { translate } from '../../i18n/translate';
import { ErrorNotice } from '../error-notice';
import { TextAreaField } from '../text-area-field';

const verdicts = [
  { satisfied: true, label: 'reactionSatisfied', testId: 'reaction-satisfied' },
  { satisfied: false, label: 'reactionNotSatisfied', testId: 'reaction-not-satisfied' },
] as const;

interface ReactionFormProps {
  commentId: string;
  /** The answer given before, when the commenter changes it. */
  previous: Reaction | null;
  onReacted: (reaction: Reaction) => void;
  onCancel?: () => void;
}

/** The commenter's answer to the working group's final decision: 满意 or 不满意, with a note. */
export function ReactionForm(props: ReactionFormProps) {
  const groupName = createUniqueId();
  const [satisfied, setSatisfied] = createSignal<boolean | null>(null);
  const [note, setNote] = createSignal('');
  const [attempted, setAttempted] = createSignal(false);
  const [sending, setSending] = createSignal(false);
  const [failure, setFailure] = createSignal<unknown>();
  const verdictMissing = () => attempted() && satisfied() === null;

  async function submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    setAttempted(true);
    const chosen = satisfied();
    if (chosen === null) return;
    setSending(true);
    setFailure(undefined);
    try {
      props.onReacted(await reactToDisposition(props.commentId, chosen, note()));
    } catch (error) {
      setFailure(error);
    } finally {
      setSending(false);
    }
  }

  return (
    <form class="nd-form nd-reaction-form" data-testid="reaction-form" onSubmit={(event) => void submit(event)} noValidate>
      <fieldset class="nd-reaction-form__verdicts">
        <legend>{translate('reactionLegend')}</legend>
        <For each={verdicts}>
          {(verdict) => (
            <label class="nd-reaction-form__choice">
              <input
                type="radio"
                name={groupName}
                checked={satisfied() === verdict.satisfied}
                onChange={() => setSatisfied(verdict.satisfied)}
                data-testid={verdict.testId}
              />
              <span>{translate(verdict.label)}</span>
            </label>
          )}
        </For>
        <Show when={verdictMissing()}>
          <p class="nd-field__error" role="alert" data-testid="reaction-verdict-error">
            {translate('reactionVerdictRule')}
          </p>
        </Show>
      </fieldset>
      <TextAreaField
        label={translate(satisfied() === false ? 'reactionNoteUnhappyLabel' : 'reactionNoteLabel')}
        value={note()}
        onValueChange={setNote}
        testId="reaction-note-input"
        rows={2}
      />
      <Show when={failure() !== undefined}>
        <ErrorNotice error={failure()} />
      </Show>
      <div class="nd-reaction-form__actions">
        <button type="submit" class="nd-button nd-button--primary" data-testid="reaction-submit" disabled={sending()}>
          {translate(props.previous === null ? 'reactionSubmit' : 'reactionSubmitChange')}
        </button>
        <Show when={props.onCancel}>
          {(cancel) => (
            <button type="button" class="nd-button" data-testid="reaction-cancel" onClick={() => cancel()()}>
              {translate('dispositionCancel')}
            </button>
          )}
        </Show>
      </div>
    </form>
  );
}
