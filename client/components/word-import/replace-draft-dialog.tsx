import { A } from '@solidjs/router';
import { Show, createSignal } from 'solid-js';
import type { DraftImportResponse } from '../../../shared/api/word-import';
import { isWordDocumentName, replaceDraftFromWord } from '../../api/word-imports';
import type { MessageKey } from '../../i18n/chinese';
import { translate } from '../../i18n/translate';
import { ConfirmDialog } from '../confirm-dialog';
import { WordImportReportView } from './word-import-report-view';
import { createWordImportRun } from './word-import-run';
import { WordFileField } from './word-file-field';
import { WordImportStatus } from './word-import-status';
import './word-import.css';

/** Says that the draft is frozen first, takes the file, shows the upload, then the report and the safety version. */
export function ReplaceDraftDialog(props: { standardId: string; onClose: () => void }) {
  const [file, setFile] = createSignal<File | null>(null);
  const [refusal, setRefusal] = createSignal<MessageKey | null>(null);
  const run = createWordImportRun<DraftImportResponse>();
  const done = () => run.response() !== null;

  function replace(): void {
    if (done()) return props.onClose();
    const chosen = file();
    if (!chosen) return void setRefusal('wordImportChooseFile');
    if (!isWordDocumentName(chosen.name)) return void setRefusal('wordImportWrongKind');
    setRefusal(null);
    const standardId = props.standardId;
    void run.start((onPhase) => replaceDraftFromWord(standardId, chosen, onPhase));
  }

  function close(): void {
    run.cancel();
    props.onClose();
  }

  return (
    <ConfirmDialog
      title={translate('wordReplaceDialogTitle')}
      testId="word-replace-dialog"
      confirmTestId="word-replace-confirm"
      confirmLabel={translate(done() ? 'dialogClose' : 'wordReplaceConfirm')}
      busy={run.isRunning()}
      cancelHidden={run.isRunning() || done()}
      onConfirm={replace}
      onClose={close}
    >
      <Show
        when={run.response()}
        fallback={
          <>
            <p>{translate('wordReplaceExplanation')}</p>
            <p>
              <strong>{translate('wordReplaceLiveExplanation')}</strong>
            </p>
            <WordFileField
              testId="word-replace-file"
              disabled={run.isRunning()}
              onChoose={(chosen) => {
                setFile(chosen);
                setRefusal(null);
                run.reset();
              }}
            />
          </>
        }
      >
        {(response) => (
          <div class="nd-word-import-result" data-testid="word-replace-result">
            <div class="nd-notice nd-notice--success" role="status">
              <p>{translate('wordReplaceDone')}</p>
              <A href={`/standards/${encodeURIComponent(props.standardId)}/versions/${encodeURIComponent(response().versionId)}`} data-testid="word-replace-safety-version">
                {translate('wordReplaceSafetyVersionLink')}
              </A>
            </div>
            <WordImportReportView report={response().report} standardId={props.standardId} />
          </div>
        )}
      </Show>
      <WordImportStatus refusal={refusal()} run={run} cancelledMessage="wordReplaceCancelled" />
    </ConfirmDialog>
  );
}
