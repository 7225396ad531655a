import { Show, createResource, createSignal } from 'solid-js';
import type { StatementFormat } from '../../api/explanatory-statements';
import { downloadWithProgress } from '../../api/download-with-progress';
import { fetchMeta } from '../../api/meta';
import { translate } from '../../i18n/translate';
import { ErrorNotice } from '../error-notice';

function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

interface ExplanatoryStatementDownloadsProps {
  /** The address of each file: the live statement, or the one frozen with a comment period's or a review's draft. */
  addressOf: (format: StatementFormat) => string;
  label?: string;
}

/** Word and PDF of a 编制说明, made by the server. */
export function ExplanatoryStatementDownloads(props: ExplanatoryStatementDownloadsProps) {
  const [meta] = createResource(fetchMeta);
  const [busy, setBusy] = createSignal(false);
  const [failure, setFailure] = createSignal<unknown>();
  const [done, setDone] = createSignal<string | null>(null);
  const pdfUnavailable = () => meta()?.pdfExportAvailable === false;

  async function download(format: StatementFormat): Promise<void> {
    setFailure(undefined);
    setDone(null);
    setBusy(true);
    try {
      const file = await downloadWithProgress(props.addressOf(format), `explanatory-statement.${format}`, () => undefined);
      saveFile(file.blob, file.fileName);
      setDone(file.fileName);
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div class="nd-document-downloads" data-testid="statement-downloads">
      <Show when={props.label}>{(label) => <span>{label()}</span>}</Show>
      <button type="button" class="nd-button" data-testid="statement-download-docx" disabled={busy()} onClick={() => void download('docx')}>
        {translate('explanatoryStatementDownloadWord')}
      </button>
      <button type="button" class="nd-button" data-testid="statement-download-pdf" disabled={busy() || pdfUnavailable()} title={pdfUnavailable() ? translate('errorPdfUnavailable') : undefined} onClick={() => void download('pdf')}>
        {translate('explanatoryStatementDownloadPdf')}
      </button>
      <Show when={busy()}>
        <span class="nd-document-downloads__progress" role="status">
          {translate('downloadPreparingWord')}
        </span>
      </Show>
      <Show when={!busy() && done()}>
        {(name) => (
          <span class="nd-document-downloads__done" role="status" data-testid="statement-download-done">
            {translate('downloadDone', { name: name() })}
          </span>
        )}
      </Show>
      <Show when={failure() !== undefined}>
        <ErrorNotice error={failure()} />
      </Show>
    </div>
  );
}
