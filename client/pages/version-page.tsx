import { A, useParams } from '@solidjs/router';
import { Match, Show, Switch, createResource } from 'solid-js';
import type { Standard } from '../../shared/api/standards';
import type { VersionDocumentResponse } from '../../shared/api/versions';
import { isApiError } from '../api/api-error';
import { fetchVersionDocument, liveDraft } from '../api/versions';
import { DocumentDownloads } from '../components/document-export/document-downloads';
import { ErrorNotice } from '../components/error-notice';
import { LoadingState } from '../components/loading-state';
import { StandardLoader } from '../components/standard-loader';
import { StandardNavigation } from '../components/standard-navigation';
import { VersionDocument } from '../editor/read-only/version-document';
import { stageName } from '../i18n/domain-names';
import { formatDateTime, translate } from '../i18n/translate';
import '../components/versions/versions.css';

function VersionBanner(props: { standardId: string; frozen: VersionDocumentResponse }) {
  const version = () => props.frozen.version;
  const compareAddress = () =>
    `/standards/${encodeURIComponent(props.standardId)}/compare?${new URLSearchParams({ from: version().id, to: liveDraft }).toString()}`;
  return (
    <section class="nd-version-banner" role="status" data-testid="version-banner" data-version-id={version().id}>
      <p class="nd-version-banner__title">
        {translate('versionBanner', { name: version().name, stage: stageName(version().stage), date: formatDateTime(version().createdAt) })}
      </p>
      <p class="nd-version-banner__explanation">{translate('versionBannerExplanation')}</p>
      <DocumentDownloads standardId={props.standardId} versionId={version().id} />
      <div class="nd-version-banner__links">
        <A href={compareAddress()} class="nd-button" data-testid="compare-with-live">
          {translate('compareWithLive')}
        </A>
        <A href={`/standards/${encodeURIComponent(props.standardId)}/versions`} class="nd-button">
          {translate('backToVersions')}
        </A>
      </div>
    </section>
  );
}

function FrozenVersion(props: { standard: Standard; versionId: string }) {
  const [frozen, { refetch }] = createResource(
    () => ({ standardId: props.standard.id, versionId: props.versionId }),
    (source) => fetchVersionDocument(source.standardId, source.versionId),
  );
  const missing = () => frozen.state === 'errored' && isApiError(frozen.error) && frozen.error.status === 404;
  const loaded = () => (frozen.state === 'ready' ? frozen() : undefined);

  return (
    <div class="nd-version-page">
      <StandardNavigation standardId={props.standard.id} />
      <Switch fallback={<LoadingState />}>
        <Match when={missing()}>
          <section class="nd-notice nd-notice--error nd-unavailable" role="alert" data-testid="version-not-found">
            <p>{translate('versionNotFound')}</p>
            <A href={`/standards/${encodeURIComponent(props.standard.id)}/versions`}>{translate('backToVersions')}</A>
          </section>
        </Match>
        <Match when={frozen.state === 'errored'}>
          <ErrorNotice error={frozen.error} onRetry={() => void refetch()} />
        </Match>
        <Match when={loaded()}>
          {(current) => (
            <>
              <h1 class="nd-version-page__title">{current().metadata.title}</h1>
              <VersionBanner standardId={props.standard.id} frozen={current()} />
              <Show when={current().version.id} keyed>
                <VersionDocument document={current().document} />
              </Show>
            </>
          )}
        </Match>
      </Switch>
    </div>
  );
}

export function VersionPage() {
  const parameters = useParams();
  return (
    <Show when={parameters.id} keyed>
      {(standardId) => (
        <StandardLoader standardId={standardId}>
          {(standard) => (
            <Show when={parameters.versionId} keyed>
              {(versionId) => <FrozenVersion standard={standard()} versionId={versionId} />}
            </Show>
          )}
        </StandardLoader>
      )}
    </Show>
  );
}
