import { For, Show, createSignal, createUniqueId } from 'solid-js';
import type { Reply } from '../../../shared/api/comments';
import { replyRequestSchema, replyVisibilities } from '../../../shared/api/comments';
import type { ReplyVisibility } from '../../api/comment-threads';
import { replyToComment } from '../../api/comment-threads';
import { translate } from '../../i18n/translate';
import { ErrorNotice } from '../error-notice';
import { TextAreaField } from '../text-area-field';

const visibilityLabels = { internal: ['replyInternal', 'replyInternalHint'], public: ['replyPublic', 'replyPublicHint'] } as const;

/** An internal note for the working group, or a public reply the commenter reads. */
export function ReplyForm(props: { commentId: string; onReplied: (reply: Reply) => void }) {
  const groupName = createUniqueId();
  const [visibility, setVisibility] = createSignal<ReplyVisibility>('internal');
  const [body, setBody] = createSignal('');
  const [invalid, setInvalid] = createSignal(false);
  const [sending, setSending] = createSignal(false);
  const [failure, setFailure] = createSignal<unknown>();

  async function send(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const parsed = replyRequestSchema.safeParse({ body: body(), visibility: visibility() });
    setInvalid(!parsed.success);
    if (!parsed.success) return;
    setSending(true);
    setFailure(undefined);
    try {
      const reply = await replyToComment(props.commentId, parsed.data.body, parsed.data.visibility);
      setBody('');
      props.onReplied(reply);
    } catch (error) {
      setFailure(error);
    } finally {
      setSending(false);
    }
  }

  return (
    <form class="nd-form nd-reply-form" onSubmit={(event) => void send(event)} noValidate>
      <fieldset class="nd-reply-form__visibility">
        <legend>{translate('replyVisibilityLabel')}</legend>
        <For each={replyVisibilities}>
          {(choice) => (
            <label class="nd-reply-form__choice">
              <input
                type="radio"
                name={groupName}
                value={choice}
                checked={visibility() === choice}
                onChange={() => setVisibility(choice)}
                data-testid={`reply-visibility-${choice}`}
              />
              <span>{translate(visibilityLabels[choice][0])}</span>
              <span class="nd-muted">（{translate(visibilityLabels[choice][1])}）</span>
            </label>
          )}
        </For>
      </fieldset>
      <TextAreaField
        label={translate('replyTextLabel')}
        value={body()}
        onValueChange={setBody}
        testId="reply-text"
        rows={2}
        error={invalid() ? translate('replyTextRule') : null}
        required
      />
      <div>
        <button type="submit" class="nd-button nd-button--primary" data-testid="reply-submit" disabled={sending()}>
          {translate('replySubmit')}
        </button>
      </div>
      <Show when={failure() !== undefined}>
        <ErrorNotice error={failure()} />
      </Show>
    </form>
  );
}
