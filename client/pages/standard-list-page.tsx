import { For, Match, Show, Switch, createResource, createSignal } from 'solid-js';
import type { Standard } from '../../shared/api/standards';
import { listStandards } from '../api/standards';
import { CreateStandardForm } from '../components/create-standard-form';
import { ErrorNotice } from '../components/error-notice';
import { LoadingState } from '../components/loading-state';
import { StandardListItem } from '../components/standard-list-item';
import { translate } from '../i18n/translate';

export function StandardListPage() {
  const [standards, { mutate, refetch }] = createResource(listStandards);
  const [justCreated, setJustCreated] = createSignal(false);
  const isLoaded = () => standards.state === 'ready' || standards.state === 'refreshing';
  const loaded = () => (isLoaded() ? (standards() ?? []) : []);

  function addCreated(created: Standard): void {
    mutate((current) => [created, ...(current ?? []).filter((standard) => standard.id !== created.id)]);
    setJustCreated(true);
  }

  return (
    <div class="nd-list-page">
      <section class="nd-list-page__list">
        <h1>{translate('standardListTitle')}</h1>
        <Show when={justCreated()}>
          <p class="nd-notice nd-notice--success" role="status">
            {translate('standardCreated')}
          </p>
        </Show>
        <Switch fallback={<LoadingState />}>
          <Match when={standards.state === 'errored'}>
            <ErrorNotice error={standards.error} onRetry={() => void refetch()} />
          </Match>
          <Match when={isLoaded() && loaded().length === 0}>
            <p class="nd-empty" data-testid="standard-list-empty">
              {translate('standardListEmpty')}
            </p>
          </Match>
          <Match when={loaded().length > 0}>
            <ul class="nd-standard-list" data-testid="standard-list">
              <For each={loaded()}>{(standard) => <StandardListItem standard={standard} />}</For>
            </ul>
          </Match>
        </Switch>
      </section>
      <section class="nd-list-page__create" aria-labelledby="create-standard-heading">
        <h2 id="create-standard-heading">{translate('createStandardHeading')}</h2>
        <CreateStandardForm onCreated={addCreated} />
      </section>
    </div>
  );
}
