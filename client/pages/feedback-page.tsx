import { A, useParams } from '@solidjs/router';
import { Show } from 'solid-js';
import { FeedbackForm } from '../components/feedback/feedback-form';
import { PublishedEditionLoader, publicPageAddress } from '../components/feedback/published-edition-loader';
import { translate } from '../i18n/translate';
import '../components/feedback/feedback.css';

/** `/feedback/:bodyCode/:edition`: implementation feedback on a published standard (signed in). */
export function FeedbackPage() {
  const parameters = useParams();
  return (
    <Show when={parameters.bodyCode && parameters.edition ? { bodyCode: parameters.bodyCode, edition: parameters.edition } : undefined} keyed>
      {(edition) => (
        <PublishedEditionLoader bodyCode={edition.bodyCode} edition={edition.edition}>
          {(outline) => (
            <div class="nd-feedback-page">
              <nav class="nd-breadcrumbs">
                <a href={publicPageAddress(edition.bodyCode, edition.edition)}>{outline().standardNumber}</a>
                <A href={`/complaints/${encodeURIComponent(edition.bodyCode)}/${encodeURIComponent(edition.edition)}`}>{translate('complaintFormLink')}</A>
                <A href="/my/feedback">{translate('myFeedbackLink')}</A>
              </nav>
              <h1>{translate('feedbackPageTitle', { number: outline().standardNumber })}</h1>
              <p class="nd-muted">{translate('feedbackPageIntro', { number: outline().standardNumber, title: outline().title })}</p>
              <section class="nd-feedback-section">
                <FeedbackForm bodyCode={edition.bodyCode} edition={edition.edition} outline={outline()} />
              </section>
            </div>
          )}
        </PublishedEditionLoader>
      )}
    </Show>
  );
}
