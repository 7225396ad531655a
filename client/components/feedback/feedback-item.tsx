import { Show, type JSX } from 'solid-js';
import type { Feedback } from '../../../shared/api/feedback';
import { feedbackCategoryName } from '../../i18n/feedback-names';
import { formatDateTime, translate } from '../../i18n/translate';

/** One piece of feedback as its sender and the secretariat read it; `children` is the secretariat's answer form. */
export function FeedbackItem(props: { feedback: Feedback; showStandard?: boolean; children?: JSX.Element }) {
  const organisation = () => (props.feedback.organisation ? `（${props.feedback.organisation}）` : '');
  return (
    <li class="nd-feedback-item" data-testid="feedback-item" data-feedback-id={props.feedback.id}>
      <div class="nd-feedback-item__head">
        <Show when={props.showStandard}>
          <span class="nd-feedback-item__title">
            {props.feedback.standardNumber} {props.feedback.standardTitle}
          </span>
        </Show>
        <span class="nd-feedback-tag">{feedbackCategoryName(props.feedback.category)}</span>
        <span class="nd-feedback-item__title" data-testid="feedback-clause-label">
          {props.feedback.clauseLabel === null ? translate('feedbackOnWholeStandard') : translate('feedbackOnClause', { clause: props.feedback.clauseLabel })}
        </span>
      </div>
      <Show when={props.feedback.quotedText}>{(quote) => <blockquote class="nd-feedback-item__quote">{quote()}</blockquote>}</Show>
      <p class="nd-feedback-item__text">{props.feedback.text}</p>
      <p class="nd-muted">{translate('feedbackFrom', { name: props.feedback.sender.displayName, organisation: organisation(), time: formatDateTime(props.feedback.submittedAt) })}</p>
      <Show when={props.feedback.contact}>{(contact) => <p class="nd-muted" data-testid="feedback-contact-shown">{translate('feedbackContact', { contact: contact() })}</p>}</Show>
      <Show
        when={props.feedback.answer}
        fallback={
          <>
            <p class="nd-muted" data-testid="feedback-not-answered">
              {translate('feedbackNotAnswered')}
            </p>
            {props.children}
          </>
        }
      >
        {(answer) => (
          <div data-testid="feedback-answer">
            <p class="nd-muted">{translate('feedbackAnswered', { name: props.feedback.answeredBy?.displayName ?? '', time: formatDateTime(props.feedback.answeredAt ?? '') })}</p>
            <p class="nd-feedback-item__answer">{answer()}</p>
          </div>
        )}
      </Show>
    </li>
  );
}
