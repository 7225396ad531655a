import { Match, Switch, createSignal, createUniqueId } from 'solid-js';
import type { StandardImportResponse } from '../../../shared/api/word-import';
import { importStandardFromWord, isWordDocumentName } from '../../api/word-imports';
import type { MessageKey } from '../../i18n/chinese';
import { translate } from '../../i18n/translate';
import { WordImportFailure } from './word-import-failure';
import { WordImportProgress } from './word-import-progress';
import { createWordImportRun } from './word-import-run';
import './word-import.css';

/** Next to creating a blank standard: builds a new one from a .docx, with progress and a way to cancel the upload. */
export function StandardFromWordForm(props: { onImported: (response: StandardImportResponse) => void }) {
  const fileId = createUniqueId();
  const [file, setFile] = createSignal<File | null>(null);
  const [refusal, setRefusal] = createSignal<MessageKey | null>(null);
  const run = createWordImportRun<StandardImportResponse>();
  let fileInput: HTMLInputElement | undefined;

  async function submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const chosen = file();
    if (!chosen) return void setRefusal('wordImportChooseFile');
    if (!isWordDocumentName(chosen.name)) return void setRefusal('wordImportWrongKind');
    setRefusal(null);
    const response = await run.start((onPhase) => importStandardFromWord(chosen, onPhase));
    if (!response) return;
    setFile(null);
    if (fileInput) fileInput.value = '';
    props.onImported(response);
  }

  return (
    <div class="nd-word-import" data-testid="word-import">
      <p class="nd-muted">{translate('wordImportExplanation')}</p>
      <form class="nd-form" onSubmit={(event) => void submit(event)} noValidate>
        <div class="nd-field">
          <label for={fileId}>{translate('wordImportFileLabel')}</label>
          <input
            id={fileId}
            ref={fileInput}
            type="file"
            accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            data-testid="word-import-file"
            disabled={run.isRunning()}
            onChange={(event) => {
              setFile(event.currentTarget.files?.[0] ?? null);
              setRefusal(null);
              run.reset();
            }}
          />
        </div>
        <button type="submit" class="nd-button nd-button--primary" data-testid="word-import-submit" disabled={run.isRunning() || file() === null}>
          {translate('wordImportSubmit')}
        </button>
      </form>
      <Switch>
        <Match when={refusal()}>
          {(key) => (
            <p class="nd-notice nd-notice--error" role="alert" data-testid="word-import-error">
              {translate(key())}
            </p>
          )}
        </Match>
        <Match when={run.phase()}>{(phase) => <WordImportProgress phase={phase()} onCancel={run.cancel} />}</Match>
        <Match when={run.state().step === 'cancelled'}>
          <p class="nd-notice" role="status" data-testid="word-import-cancelled">
            {translate('wordImportCancelled')}
          </p>
        </Match>
        <Match when={run.failure()}>{(failure) => <WordImportFailure error={failure().error} />}</Match>
      </Switch>
    </div>
  );
}
