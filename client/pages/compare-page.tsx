import { A, useParams, useSearchParams } from '@solidjs/router';
import { Match, Show, Switch, createResource } from 'solid-js';
import type { Standard } from '../../shared/api/standards';
import { isApiError } from '../api/api-error';
import { compareVersions, listVersions, liveDraft, redlineAddress } from '../api/versions';
import { ComparisonView } from '../components/comparison/comparison-view';
import { ErrorNotice } from '../components/error-notice';
import { LoadingState } from '../components/loading-state';
import { StandardLoader } from '../components/standard-loader';
import { StandardNavigation } from '../components/standard-navigation';
import { CompareControls } from '../components/versions/compare-controls';
import { translate } from '../i18n/translate';
import '../components/versions/versions.css';

interface Sides {
  from: string;
  to: string;
}

function ComparisonOfStandard(props: { standard: Standard; sides: Sides }) {
  const [versions] = createResource(() => props.standard.id, listVersions);
  const [comparison, { refetch }] = createResource(
    () => ({ standardId: props.standard.id, ...props.sides }),
    (source) => compareVersions(source.standardId, source.from, source.to),
  );
  const versionsAddress = () => `/standards/${encodeURIComponent(props.standard.id)}/versions`;
  const sideName = (side: string) =>
    side === liveDraft ? translate('liveDraftName') : (versions.latest?.find((version) => version.id === side)?.name ?? '…');
  const missing = () => comparison.state === 'errored' && isApiError(comparison.error) && comparison.error.status === 404;
  const loaded = () => (comparison.state === 'ready' ? comparison() : undefined);

  return (
    <div class="nd-compare-page">
      <StandardNavigation standardId={props.standard.id} />
      <h1 data-testid="compare-title">{translate('compareTitle', { from: sideName(props.sides.from), to: sideName(props.sides.to) })}</h1>
      <div class="nd-compare-page__actions nd-no-print">
        <a href={redlineAddress(props.standard.id, props.sides.from, props.sides.to)} target="_blank" rel="noopener" class="nd-button" data-testid="export-redline" title={translate('exportRedlineHint')}>
          {translate('exportRedline')}
        </a>
        <button type="button" class="nd-button" data-testid="print-comparison" onClick={() => window.print()}>
          {translate('printComparison')}
        </button>
      </div>
      <Show when={versions.latest}>
        {(list) => (
          <section class="nd-versions-page__panel nd-no-print">
            <CompareControls standardId={props.standard.id} versions={list()} from={props.sides.from} to={props.sides.to} />
          </section>
        )}
      </Show>
      <Switch fallback={<LoadingState />}>
        <Match when={missing()}>
          <section class="nd-notice nd-notice--error" role="alert" data-testid="compare-not-found">
            <p>{translate('compareVersionNotFound')}</p>
            <A href={versionsAddress()}>{translate('backToVersions')}</A>
          </section>
        </Match>
        <Match when={comparison.state === 'errored'}>
          <ErrorNotice error={comparison.error} onRetry={() => void refetch()} />
        </Match>
        <Match when={loaded()}>{(current) => <ComparisonView comparison={current()} />}</Match>
      </Switch>
    </div>
  );
}

function firstValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export function ComparePage() {
  const parameters = useParams();
  const [search] = useSearchParams();
  const sides = (): Sides | null => {
    const from = firstValue(search.from);
    const to = firstValue(search.to);
    return from && to ? { from, to } : null;
  };
  return (
    <Show when={parameters.id} keyed>
      {(standardId) => (
        <StandardLoader standardId={standardId}>
          {(standard) => (
            <Show
              when={sides()}
              fallback={
                <section class="nd-notice nd-unavailable" data-testid="compare-not-found">
                  <p>{translate('compareMissingSides')}</p>
                  <A href={`/standards/${encodeURIComponent(standardId)}/versions`}>{translate('backToVersions')}</A>
                </section>
              }
            >
              {(chosen) => <ComparisonOfStandard standard={standard()} sides={chosen()} />}
            </Show>
          )}
        </StandardLoader>
      )}
    </Show>
  );
}
