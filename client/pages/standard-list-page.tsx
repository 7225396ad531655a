import { For, Match, Show, Switch, createEffect, createResource, createSignal } from 'solid-js';
import type { Standard } from '../../shared/api/standards';
import type { StandardImportResponse } from '../../shared/api/word-import';
import { listStandards } from '../api/standards';
import { CreateStandardForm } from '../components/create-standard-form';
import { ErrorNotice } from '../components/error-notice';
import { LoadingState } from '../components/loading-state';
import { MyReviewsSection } from '../components/reviews/my-reviews-section';
import { SearchField } from '../components/search-field';
import { StandardListItem } from '../components/standard-list-item';
import { ImportedStandardNotice } from '../components/word-import/imported-standard-notice';
import { StandardFromWordForm } from '../components/word-import/standard-from-word-form';
import { translate } from '../i18n/translate';
import '../components/reviews/reviews.css';

export function StandardListPage() {
  const [query, setQuery] = createSignal('');
  const [standards, { mutate, refetch }] = createResource(query, (current) => listStandards(current));
  const [justCreated, setJustCreated] = createSignal(false);
  const [imported, setImported] = createSignal<StandardImportResponse | null>(null);
  const [hasAnyStandard, setHasAnyStandard] = createSignal(false);
  const searching = () => query() !== '';
  const isLoaded = () => standards.state === 'ready' || standards.state === 'refreshing';
  const loaded = () => (isLoaded() ? (standards() ?? []) : []);
  // The search box stays once there is something to search, also while a search finds nothing.
  createEffect(() => {
    if (loaded().length > 0) setHasAnyStandard(true);
  });
  const showSearch = () => hasAnyStandard() || searching();

  function addCreated(created: Standard): void {
    mutate((current) => [created, ...(current ?? []).filter((standard) => standard.id !== created.id)]);
    setHasAnyStandard(true);
    setJustCreated(true);
    setImported(null);
  }

  function showImported(response: StandardImportResponse): void {
    setImported(response);
    setJustCreated(false);
    setHasAnyStandard(true);
    void refetch();
  }

  return (
    <div class="nd-list-page">
      <section class="nd-list-page__list">
        <MyReviewsSection />
        <h1>{translate('standardListTitle')}</h1>
        <Show when={justCreated()}>
          <p class="nd-notice nd-notice--success" role="status">
            {translate('standardCreated')}
          </p>
        </Show>
        <Show when={imported()}>{(response) => <ImportedStandardNotice imported={response()} onDismiss={() => setImported(null)} />}</Show>
        <Show when={showSearch()}>
          <SearchField label={translate('standardSearchLabel')} placeholder={translate('standardSearchPlaceholder')} testId="standard-search" onSearch={setQuery} />
        </Show>
        <Switch fallback={<LoadingState />}>
          <Match when={standards.state === 'errored'}>
            <ErrorNotice error={standards.error} onRetry={() => void refetch()} />
          </Match>
          <Match when={isLoaded() && loaded().length === 0 && searching()}>
            <p class="nd-empty" data-testid="standard-search-empty">
              {translate('standardSearchEmpty', { query: query() })}
            </p>
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
      <div class="nd-list-page__aside">
        <section class="nd-list-page__create" aria-labelledby="create-standard-heading">
          <h2 id="create-standard-heading">{translate('createStandardHeading')}</h2>
          <CreateStandardForm onCreated={addCreated} />
        </section>
        <section class="nd-list-page__create" aria-labelledby="word-import-heading">
          <h2 id="word-import-heading">{translate('wordImportHeading')}</h2>
          <StandardFromWordForm onImported={showImported} />
        </section>
      </div>
    </div>
  );
}
