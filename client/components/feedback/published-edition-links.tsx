import { A } from '@solidjs/router';
import { Show, createResource } from 'solid-js';
import { fetchPublications } from '../../api/publications';
import { translate } from '../../i18n/translate';

/** The feedback and complaint pages of a standard, linked once it has a published edition. */
export function PublishedEditionLinks(props: { standardId: string }) {
  const [publications] = createResource(() => props.standardId, fetchPublications);
  const hasPublishedEdition = () => publications.state === 'ready' && publications().editions.some((edition) => edition.publishedAt !== null);
  const base = () => `/standards/${encodeURIComponent(props.standardId)}`;
  return (
    <Show when={hasPublishedEdition()}>
      <A href={`${base()}/feedback`} data-testid="feedback-link">
        {translate('feedbackLink')}
      </A>
      <A href={`${base()}/complaints`} data-testid="complaints-link">
        {translate('complaintsLink')}
      </A>
    </Show>
  );
}
