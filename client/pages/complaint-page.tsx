import { A, useParams } from '@solidjs/router';
import { Show } from 'solid-js';
import { ComplaintForm } from '../components/complaints/complaint-form';
import { PublishedEditionLoader, publicPageAddress } from '../components/feedback/published-edition-loader';
import { translate } from '../i18n/translate';
import '../components/feedback/feedback.css';

/** `/complaints/:bodyCode/:edition`: a complaint about a published standard or how it was made (signed in). */
export function ComplaintPage() {
  const parameters = useParams();
  return (
    <Show when={parameters.bodyCode && parameters.edition ? { bodyCode: parameters.bodyCode, edition: parameters.edition } : undefined} keyed>
      {(edition) => (
        <PublishedEditionLoader bodyCode={edition.bodyCode} edition={edition.edition}>
          {(outline) => (
            <div class="nd-feedback-page">
              <nav class="nd-breadcrumbs">
                <a href={publicPageAddress(edition.bodyCode, edition.edition)}>{outline().standardNumber}</a>
                <A href={`/feedback/${encodeURIComponent(edition.bodyCode)}/${encodeURIComponent(edition.edition)}`}>{translate('feedbackFormLink')}</A>
                <A href="/my/complaints">{translate('myComplaintsLink')}</A>
              </nav>
              <h1>{translate('complaintPageTitle', { number: outline().standardNumber })}</h1>
              <p class="nd-muted">{translate('complaintPageIntro', { number: outline().standardNumber, title: outline().title, days: outline().complaintAnswerDays })}</p>
              <section class="nd-feedback-section">
                <ComplaintForm bodyCode={edition.bodyCode} edition={edition.edition} />
              </section>
            </div>
          )}
        </PublishedEditionLoader>
      )}
    </Show>
  );
}
