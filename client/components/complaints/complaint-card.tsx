import { For, Show, type JSX } from 'solid-js';
import type { Complaint } from '../../../shared/api/complaints';
import { complaintStatusName, complaintSubjectName } from '../../i18n/feedback-names';
import { formatDateTime, translate } from '../../i18n/translate';
import { formatCalendarDate } from '../feedback/calendar-date';

/** One case with its status, dates, steps and answer; `children` holds the secretariat's step controls. */
export function ComplaintCard(props: { complaint: Complaint; showStandard?: boolean; children?: JSX.Element }) {
  return (
    <li class="nd-feedback-item" data-testid="complaint-item" data-case-number={props.complaint.caseNumber} data-overdue={props.complaint.overdue ? 'true' : 'false'}>
      <div class="nd-feedback-item__head">
        <span class="nd-feedback-item__title" data-testid="complaint-case-number">
          {props.complaint.caseNumber}
        </span>
        <span class="nd-feedback-tag" data-status={props.complaint.status} data-testid="complaint-status">
          {complaintStatusName(props.complaint.status)}
        </span>
        <Show when={props.complaint.overdue}>
          <span class="nd-feedback-tag nd-feedback-tag--overdue" data-testid="complaint-overdue">
            {translate('complaintOverdue')}
          </span>
        </Show>
        <Show when={props.showStandard}>
          <span>
            {props.complaint.standardNumber} {props.complaint.standardTitle}
          </span>
        </Show>
      </div>
      <p class="nd-muted">
        {translate('complaintAboutName', { about: complaintSubjectName(props.complaint.about) })} · {translate('complaintReceivedOn', { date: formatCalendarDate(props.complaint.receivedOn) })} ·{' '}
        {translate('complaintDueOn', { date: formatCalendarDate(props.complaint.answerDueOn) })}
      </p>
      <p class="nd-feedback-item__text">{props.complaint.text}</p>
      <p class="nd-muted">{translate('complaintComplainant', { name: props.complaint.complainant.displayName })}</p>
      <Show when={props.complaint.contact}>{(contact) => <p class="nd-muted" data-testid="complaint-contact-shown">{translate('complaintContact', { contact: contact() })}</p>}</Show>
      <Show when={props.complaint.answer}>
        {(answer) => (
          <div data-testid="complaint-answer">
            <strong>{translate('complaintAnswerHeading')}</strong>
            <p class="nd-feedback-item__answer">{answer()}</p>
          </div>
        )}
      </Show>
      <Show when={props.complaint.steps.length > 0}>
        <div>
          <strong>{translate('complaintStepsHeading')}</strong>
          <ol class="nd-feedback-steps" data-testid="complaint-steps">
            <For each={props.complaint.steps}>
              {(step) => (
                <li>
                  {translate('complaintStepBy', { status: complaintStatusName(step.status), name: step.takenBy.displayName, time: formatDateTime(step.takenAt) })}
                  <Show when={step.note}>{(note) => <> — {note()}</>}</Show>
                </li>
              )}
            </For>
          </ol>
        </div>
      </Show>
      {props.children}
    </li>
  );
}
