import { A } from '@solidjs/router';
import { For, Show, createSignal, createUniqueId } from 'solid-js';
import type { Feedback, PublicEditionOutlineResponse } from '../../../shared/api/feedback';
import { feedbackCategories, type FeedbackCategory } from '../../../shared/domain/feedback-categories';
import { submitFeedback } from '../../api/feedback';
import { feedbackCategoryName } from '../../i18n/feedback-names';
import { translate } from '../../i18n/translate';
import { ErrorNotice } from '../error-notice';
import { createReviewAction } from '../reviews/review-action';
import { TextAreaField } from '../text-area-field';
import { TextField } from '../text-field';
import { clauseOptionsOf } from './clause-options';

interface FeedbackFormProps {
  bodyCode: string;
  edition: string;
  outline: PublicEditionOutlineResponse;
}

/** Feedback on a published edition: a clause from its outline (or the whole standard), a category, the text and a private contact. */
export function FeedbackForm(props: FeedbackFormProps) {
  const clauseSelectId = createUniqueId();
  const [clauseId, setClauseId] = createSignal('');
  const [category, setCategory] = createSignal<FeedbackCategory>('technical_problem');
  const [text, setText] = createSignal('');
  const [quotedText, setQuotedText] = createSignal('');
  const [organisation, setOrganisation] = createSignal('');
  const [contact, setContact] = createSignal('');
  const [problem, setProblem] = createSignal<string | null>(null);
  const [sent, setSent] = createSignal<Feedback | null>(null);
  const action = createReviewAction();

  function reset(): void {
    setClauseId('');
    setText('');
    setQuotedText('');
    setSent(null);
  }

  async function submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (text().trim() === '') return void setProblem(translate('feedbackTextRequired'));
    setProblem(null);
    const optional = (value: string) => (value.trim() === '' ? undefined : value.trim());
    const done = await action.track(
      submitFeedback(props.bodyCode, props.edition, {
        clauseId: optional(clauseId()),
        quotedText: optional(quotedText()),
        category: category(),
        text: text().trim(),
        organisation: optional(organisation()),
        contact: optional(contact()),
      }),
    );
    if (done) setSent(done.result);
  }

  return (
    <Show
      when={sent() === null}
      fallback={
        <div class="nd-notice nd-notice--success" role="status" data-testid="feedback-sent">
          <p>{translate('feedbackSent')}</p>
          <A href="/my/feedback" data-testid="my-feedback-link">
            {translate('myFeedbackLink')}
          </A>
          <button type="button" class="nd-button nd-button--quiet" onClick={reset}>
            {translate('feedbackSendAnother')}
          </button>
        </div>
      }
    >
      <form class="nd-feedback-form" onSubmit={(event) => void submit(event)} data-testid="feedback-form" novalidate>
        <div class="nd-field">
          <label for={clauseSelectId}>{translate('feedbackClauseLabel')}</label>
          <select id={clauseSelectId} value={clauseId()} onChange={(event) => setClauseId(event.currentTarget.value)} data-testid="feedback-clause">
            <option value="">{translate('feedbackClauseWhole')}</option>
            <For each={clauseOptionsOf(props.outline)}>{(option) => <option value={option.id}>{option.label}</option>}</For>
          </select>
        </div>
        <TextField label={translate('feedbackQuotedTextLabel')} value={quotedText()} onValueChange={setQuotedText} testId="feedback-quoted-text" lang="zh-CN" />
        <fieldset class="nd-choice-group">
          <legend>{translate('feedbackCategoryLegend')}</legend>
          <For each={feedbackCategories}>
            {(option) => (
              <label class="nd-choice">
                <input type="radio" name="feedback-category" checked={category() === option} onChange={() => setCategory(option)} data-testid={`feedback-category-${option}`} />
                {feedbackCategoryName(option)}
              </label>
            )}
          </For>
        </fieldset>
        <TextAreaField label={translate('feedbackTextLabel')} value={text()} onValueChange={setText} testId="feedback-text" rows={5} required error={problem()} />
        <TextField label={translate('feedbackOrganisationLabel')} value={organisation()} onValueChange={setOrganisation} testId="feedback-organisation" lang="zh-CN" />
        <TextField label={translate('feedbackContactLabel')} value={contact()} onValueChange={setContact} testId="feedback-contact" hint={translate('feedbackContactHint')} autocomplete="email" />
        <Show when={action.failure() !== undefined}>
          <ErrorNotice error={action.failure()} />
        </Show>
        <div>
          <button type="submit" class="nd-button nd-button--primary" disabled={action.busy()} data-testid="feedback-submit">
            {translate('feedbackSubmit')}
          </button>
        </div>
      </form>
    </Show>
  );
}
