import { A } from '@solidjs/router';
import { For, Show, createResource } from 'solid-js';
import { editionPathSegment } from '../../../shared/domain/publication-status';
import { fetchPublications } from '../../api/publications';
import { translate } from '../../i18n/translate';
import { publicPageAddress } from './published-edition-loader';

/** Where people send feedback and complaints on each published edition: the addresses the secretariat shares. */
export function PublishedEditionAddresses(props: { standardId: string }) {
  const [publications] = createResource(() => props.standardId, fetchPublications);
  const published = () => (publications.state === 'ready' ? publications().editions.filter((edition) => edition.publishedAt !== null) : []);
  return (
    <Show when={published().length > 0}>
      <ul class="nd-feedback-counts" data-testid="published-edition-addresses">
        <For each={published()}>
          {(edition) => {
            const segment = editionPathSegment(edition.sequenceNumber, edition.year);
            return (
              <li>
                <a href={publicPageAddress(edition.bodyCode, segment)}>{edition.number}</a>
                {' · '}
                <A href={`/feedback/${encodeURIComponent(edition.bodyCode)}/${segment}`}>{translate('feedbackFormLink')}</A>
                {' · '}
                <A href={`/complaints/${encodeURIComponent(edition.bodyCode)}/${segment}`}>{translate('complaintFormLink')}</A>
              </li>
            );
          }}
        </For>
      </ul>
    </Show>
  );
}
