import type { Accessor, JSX } from 'solid-js';
import { Match, Switch, createResource } from 'solid-js';
import type { Standard } from '../../shared/api/standards';
import { isApiError } from '../api/api-error';
import { getStandard } from '../api/standards';
import { ErrorNotice } from './error-notice';
import { LoadingState } from './loading-state';
import { StandardUnavailable } from './standard-unavailable';

interface StandardLoaderProps {
  standardId: string;
  children: (standard: Accessor<Standard>) => JSX.Element;
}

function unavailableReason(error: unknown): 'not-found' | 'forbidden' | null {
  if (!isApiError(error)) return null;
  if (error.status === 404) return 'not-found';
  if (error.status === 403) return 'forbidden';
  return null;
}

/** Fetches one standard and renders its page, or explains why it cannot be shown. */
export function StandardLoader(props: StandardLoaderProps) {
  const [standard, { refetch }] = createResource(() => props.standardId, getStandard);
  const loaded = () => (standard.state === 'ready' || standard.state === 'refreshing' ? standard() : undefined);
  const reason = () => (standard.state === 'errored' ? unavailableReason(standard.error) : null);

  return (
    <Switch fallback={<LoadingState />}>
      <Match when={reason()}>{(known) => <StandardUnavailable reason={known()} />}</Match>
      <Match when={standard.state === 'errored'}>
        <ErrorNotice error={standard.error} onRetry={() => void refetch()} />
      </Match>
      <Match when={loaded()}>{(current) => props.children(current)}</Match>
    </Switch>
  );
}
