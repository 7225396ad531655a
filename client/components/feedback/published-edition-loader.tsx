import type { Accessor, JSX } from 'solid-js';
import { Match, Switch, createResource } from 'solid-js';
import type { PublicEditionOutlineResponse } from '../../../shared/api/feedback';
import { isApiError } from '../../api/api-error';
import { fetchPublicEditionOutline } from '../../api/feedback';
import { translate } from '../../i18n/translate';
import { ErrorNotice } from '../error-notice';
import { LoadingState } from '../loading-state';

/** Loads a published edition's number, title and outline; explains when the number is not a published standard. */
export function PublishedEditionLoader(props: { bodyCode: string; edition: string; children: (outline: Accessor<PublicEditionOutlineResponse>) => JSX.Element }) {
  const [outline, { refetch }] = createResource(() => ({ bodyCode: props.bodyCode, edition: props.edition }), ({ bodyCode, edition }) => fetchPublicEditionOutline(bodyCode, edition));
  const missing = () => outline.state === 'errored' && isApiError(outline.error) && (outline.error.status === 404 || outline.error.status === 400);
  return (
    <Switch fallback={<LoadingState />}>
      <Match when={missing()}>
        <p class="nd-empty" data-testid="published-edition-missing">
          {translate('publishedEditionMissing')}
        </p>
      </Match>
      <Match when={outline.state === 'errored'}>
        <ErrorNotice error={outline.error} onRetry={() => void refetch()} />
      </Match>
      <Match when={outline.state === 'ready' || outline.state === 'refreshing' ? outline() : undefined}>{(loaded) => props.children(loaded)}</Match>
    </Switch>
  );
}

/** The permanent public page of the edition, served by the server (not a client route). */
export function publicPageAddress(bodyCode: string, edition: string): string {
  return `/t/${encodeURIComponent(bodyCode)}/${encodeURIComponent(edition)}`;
}
