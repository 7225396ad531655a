import { A } from '@solidjs/router';
import { For, Show, createSignal } from 'solid-js';
import type { Complaint } from '../../../shared/api/complaints';
import { complaintSubjects, type ComplaintSubject } from '../../../shared/domain/complaint-progress';
import { lodgeComplaint } from '../../api/complaints';
import { complaintSubjectName } from '../../i18n/feedback-names';
import { translate } from '../../i18n/translate';
import { ErrorNotice } from '../error-notice';
import { formatCalendarDate } from '../feedback/calendar-date';
import { createReviewAction } from '../reviews/review-action';
import { TextAreaField } from '../text-area-field';
import { TextField } from '../text-field';

/** A complaint about a published edition or how it was made; answers with the case number and the due date. */
export function ComplaintForm(props: { bodyCode: string; edition: string }) {
  const [about, setAbout] = createSignal<ComplaintSubject>('standard');
  const [text, setText] = createSignal('');
  const [contact, setContact] = createSignal('');
  const [problem, setProblem] = createSignal<string | null>(null);
  const [lodged, setLodged] = createSignal<Complaint | null>(null);
  const action = createReviewAction();

  async function submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (text().trim() === '') return void setProblem(translate('complaintTextRequired'));
    setProblem(null);
    const trimmedContact = contact().trim();
    const done = await action.track(lodgeComplaint(props.bodyCode, props.edition, { about: about(), text: text().trim(), ...(trimmedContact === '' ? {} : { contact: trimmedContact }) }));
    if (done) setLodged(done.result);
  }

  return (
    <Show
      when={lodged()}
      fallback={
        <form class="nd-feedback-form" onSubmit={(event) => void submit(event)} data-testid="complaint-form" novalidate>
          <fieldset class="nd-choice-group">
            <legend>{translate('complaintAboutLegend')}</legend>
            <For each={complaintSubjects}>
              {(subject) => (
                <label class="nd-choice">
                  <input type="radio" name="complaint-about" checked={about() === subject} onChange={() => setAbout(subject)} data-testid={`complaint-about-${subject}`} />
                  {complaintSubjectName(subject)}
                </label>
              )}
            </For>
          </fieldset>
          <TextAreaField label={translate('complaintTextLabel')} value={text()} onValueChange={setText} testId="complaint-text" rows={6} required hint={translate('complaintTextHint')} error={problem()} />
          <TextField label={translate('complaintContactLabel')} value={contact()} onValueChange={setContact} testId="complaint-contact" hint={translate('complaintContactHint')} autocomplete="email" />
          <Show when={action.failure() !== undefined}>
            <ErrorNotice error={action.failure()} />
          </Show>
          <div>
            <button type="submit" class="nd-button nd-button--primary" disabled={action.busy()} data-testid="complaint-submit">
              {translate('complaintSubmit')}
            </button>
          </div>
        </form>
      }
    >
      {(complaint) => (
        <div class="nd-notice nd-notice--success" role="status" data-testid="complaint-lodged">
          <p>{translate('complaintLodged', { caseNumber: complaint().caseNumber, dueOn: formatCalendarDate(complaint().answerDueOn) })}</p>
          <A href="/my/complaints" data-testid="my-complaints-link">
            {translate('myComplaintsLink')}
          </A>
        </div>
      )}
    </Show>
  );
}
