import { A } from '@solidjs/router';
import { Show, createResource, createSignal } from 'solid-js';
import { endpoints } from '../../../shared/api/contract';
import { endpointAddress } from '../../api/call-endpoint';
import { downloadWithProgress } from '../../api/download-with-progress';
import { fetchMeta } from '../../api/meta';
import { translate } from '../../i18n/translate';
import { ErrorNotice } from '../error-notice';
import './document-downloads.css';

type Format = 'docx' | 'pdf';

/** Where a progress report stands: the server making the file, or the share received. */
type Progress = { format: Format; received: number | null } | null;

function addressOf(standardId: string, versionId: string | undefined, format: Format): string {
  if (versionId === undefined) return endpointAddress(format === 'docx' ? endpoints.standardDocumentDocx : endpoints.standardDocumentPdf, { id: standardId });
  return endpointAddress(format === 'docx' ? endpoints.versionDocumentDocx : endpoints.versionDocumentPdf, { id: standardId, versionId });
}

function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The browser has taken the file once the click is handled.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Word and PDF of the live draft (no version) or of a frozen version, made by the server, with progress. */
export function DocumentDownloads(props: { standardId: string; versionId?: string }) {
  const [meta] = createResource(fetchMeta);
  const [progress, setProgress] = createSignal<Progress>(null);
  const [failure, setFailure] = createSignal<unknown>();
  const [done, setDone] = createSignal<string | null>(null);
  const pdfUnavailable = () => meta()?.pdfExportAvailable === false;

  async function download(format: Format): Promise<void> {
    setFailure(undefined);
    setDone(null);
    try {
      const file = await downloadWithProgress(addressOf(props.standardId, props.versionId, format), `standard.${format}`, (received) => setProgress({ format, received }));
      saveFile(file.blob, file.fileName);
      setDone(file.fileName);
    } catch (error) {
      setFailure(error);
    } finally {
      setProgress(null);
    }
  }

  const progressText = () => {
    const current = progress();
    if (!current) return null;
    if (current.received === null) return translate(current.format === 'pdf' ? 'downloadPreparingPdf' : 'downloadPreparingWord');
    return translate('downloadReceiving', { percent: Math.round(current.received * 100) });
  };

  return (
    <div class="nd-document-downloads" data-testid="document-downloads">
      <button type="button" class="nd-button" data-testid="download-docx" disabled={progress() !== null} onClick={() => void download('docx')}>
        {translate('downloadWord')}
      </button>
      <button type="button" class="nd-button" data-testid="download-pdf" disabled={progress() !== null || pdfUnavailable()} title={pdfUnavailable() ? translate('errorPdfUnavailable') : undefined} onClick={() => void download('pdf')}>
        {translate('downloadPdf')}
      </button>
      <A class="nd-button" data-testid="print-view-link" href={props.versionId === undefined ? `/standards/${encodeURIComponent(props.standardId)}/print` : `/standards/${encodeURIComponent(props.standardId)}/versions/${encodeURIComponent(props.versionId)}/print`}>
        {translate('printView')}
      </A>
      <Show when={progressText()}>
        {(text) => (
          <span class="nd-document-downloads__progress" role="status" data-testid="download-progress">
            {text()}
          </span>
        )}
      </Show>
      <Show when={!progress() && done()}>
        {(name) => (
          <span class="nd-document-downloads__done" role="status" data-testid="download-done">
            {translate('downloadDone', { name: name() })}
          </span>
        )}
      </Show>
      <Show when={pdfUnavailable()}>
        <span class="nd-muted">{translate('downloadPdfUnavailableHint')}</span>
      </Show>
      <Show when={failure() !== undefined}>
        <ErrorNotice error={failure()} />
      </Show>
    </div>
  );
}
