import { A, useParams } from '@solidjs/router';
import { Match, Show, Switch, createResource } from 'solid-js';
import { fetchLiveDraftDocument, fetchVersionDocument } from '../api/versions';
import { ErrorNotice } from '../components/error-notice';
import { LoadingState } from '../components/loading-state';
import { PrintableDocument } from '../editor/read-only/printable-document';
import { translate } from '../i18n/translate';
import './print-page.css';

interface Printable {
  title: string;
  /** The version's name; null for the live draft. */
  versionName: string | null;
  document: Record<string, unknown>;
}

async function loadPrintable(standardId: string, versionId: string | undefined): Promise<Printable> {
  if (versionId === undefined) {
    const live = await fetchLiveDraftDocument(standardId);
    return { title: live.metadata.title, versionName: null, document: live.document };
  }
  const frozen = await fetchVersionDocument(standardId, versionId);
  return { title: frozen.metadata.title, versionName: frozen.version.name, document: frozen.document };
}

/** `/standards/:id/print` and `/standards/:id/versions/:versionId/print`: the document alone, for the browser's print. */
export function PrintPage() {
  const parameters = useParams();
  const [printable, { refetch }] = createResource(
    () => ({ standardId: parameters.id ?? '', versionId: parameters.versionId }),
    (source) => loadPrintable(source.standardId, source.versionId),
  );
  const backAddress = () =>
    parameters.versionId === undefined ? `/standards/${encodeURIComponent(parameters.id ?? '')}` : `/standards/${encodeURIComponent(parameters.id ?? '')}/versions/${encodeURIComponent(parameters.versionId)}`;

  return (
    <div class="nd-print" data-testid="print-page">
      <Switch fallback={<LoadingState />}>
        <Match when={printable.error !== undefined}>
          <ErrorNotice error={printable.error} onRetry={() => void refetch()} />
        </Match>
        <Match when={printable()}>
          {(loaded) => (
            <>
              <div class="nd-print__toolbar">
                <p>
                  <strong>{loaded().title}</strong>
                  {' · '}
                  {loaded().versionName ?? translate('printLiveDraft')}
                </p>
                <p class="nd-muted">{translate('printExplanation')}</p>
                <button type="button" class="nd-button nd-button--primary" data-testid="print-now" onClick={() => window.print()}>
                  {translate('printNow')}
                </button>
                <A href={backAddress()} class="nd-button">
                  {translate('printBack')}
                </A>
              </div>
              <Show when={loaded().document} keyed>
                {(document) => <PrintableDocument document={document} />}
              </Show>
            </>
          )}
        </Match>
      </Switch>
    </div>
  );
}
