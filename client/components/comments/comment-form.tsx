import { For, Show, createSignal, createUniqueId } from 'solid-js';
import type { CommentType } from '../../../shared/api/comments';
import { commentTypes, submitCommentRequestSchema } from '../../../shared/api/comments';
import { submitComment } from '../../api/comments';
import { commentTypeName } from '../../i18n/comment-names';
import { translate } from '../../i18n/translate';
import { ErrorNotice } from '../error-notice';
import { TextAreaField } from '../text-area-field';
import { TextField } from '../text-field';
import type { CommentTarget } from './comment-target';

interface CommentFormProps {
  periodId: string;
  target: CommentTarget | null;
  /** "5.2 试验步骤": the target clause as the person sees it. */
  targetName: string | null;
  onSubmitted: () => void;
}

const optional = (value: string) => (value.trim() === '' ? undefined : value);

/** A comment on the chosen clause: its type, the comment, a proposed change and, optionally, a reason and an element. */
export function CommentForm(props: CommentFormProps) {
  const typeId = createUniqueId();
  const [type, setType] = createSignal<CommentType>('te');
  const [text, setText] = createSignal('');
  const [proposal, setProposal] = createSignal('');
  const [reason, setReason] = createSignal('');
  const [element, setElement] = createSignal('');
  const [textInvalid, setTextInvalid] = createSignal(false);
  const [sending, setSending] = createSignal(false);
  const [failure, setFailure] = createSignal<unknown>();
  const [submitted, setSubmitted] = createSignal(false);

  async function submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const target = props.target;
    if (!target) return;
    const parsed = submitCommentRequestSchema.safeParse({
      clauseId: target.clauseId,
      type: type(),
      comment: text(),
      proposedChange: optional(proposal()),
      reason: optional(reason()),
      elementReference: optional(element()),
      passage: target.passage ?? undefined,
    });
    setTextInvalid(!parsed.success);
    if (!parsed.success) return;
    setSending(true);
    setFailure(undefined);
    setSubmitted(false);
    try {
      await submitComment(props.periodId, parsed.data);
      setText('');
      setProposal('');
      setReason('');
      setElement('');
      setSubmitted(true);
      props.onSubmitted();
    } catch (error) {
      setFailure(error);
    } finally {
      setSending(false);
    }
  }

  return (
    <section class="nd-comment-panel" aria-labelledby="comment-form-heading">
      <h2 id="comment-form-heading">{translate('commentFormHeading')}</h2>
      <p class="nd-comment-target" data-testid="comment-target" aria-live="polite">
        {props.targetName === null ? translate('commentTargetNone') : props.targetName}
      </p>
      <Show when={props.target?.passage?.quote}>
        {(quote) => <p class="nd-comment-target__quote">{translate('commentTargetQuote', { quote: quote() })}</p>}
      </Show>
      <form class="nd-form" onSubmit={(event) => void submit(event)} noValidate>
        <div class="nd-form__row">
          <div class="nd-field">
            <label for={typeId}>{translate('commentTypeLabel')}</label>
            <select id={typeId} data-testid="comment-type" value={type()} onChange={(event) => setType(event.currentTarget.value as CommentType)}>
              <For each={commentTypes}>{(option) => <option value={option}>{commentTypeName(option)}</option>}</For>
            </select>
          </div>
          <TextField
            label={translate('commentElementLabel')}
            value={element()}
            onValueChange={(value) => {
            setSubmitted(false);
            setElement(value);
          }}
            testId="comment-element"
            hint={translate('commentElementHint')}
            lang="zh-CN"
          />
        </div>
        <TextAreaField
          label={translate('commentTextLabel')}
          value={text()}
          onValueChange={(value) => {
            setSubmitted(false);
            setText(value);
          }}
          testId="comment-text"
          error={textInvalid() ? translate('commentTextRule') : null}
          required
        />
        <TextAreaField label={translate('commentProposalLabel')} value={proposal()} onValueChange={(value) => {
            setSubmitted(false);
            setProposal(value);
          }} testId="comment-proposal" />
        <TextAreaField label={translate('commentReasonLabel')} value={reason()} onValueChange={(value) => {
            setSubmitted(false);
            setReason(value);
          }} testId="comment-reason" rows={2} />
        <div>
          <button type="submit" class="nd-button nd-button--primary" data-testid="comment-submit" disabled={sending() || props.target === null}>
            {translate('commentSubmit')}
          </button>
        </div>
        <Show when={submitted()}>
          <p class="nd-notice nd-notice--success" role="status" data-testid="comment-submitted">
            {translate('commentSubmitted')}
          </p>
        </Show>
        <Show when={failure() !== undefined}>
          <ErrorNotice error={failure()} />
        </Show>
      </form>
    </section>
  );
}
