import { createSignal } from 'solid-js';
import type { StandardImportResponse } from '../../../shared/api/word-import';
import { importStandardFromWord, isWordDocumentName } from '../../api/word-imports';
import type { MessageKey } from '../../i18n/chinese';
import { translate } from '../../i18n/translate';
import { createWordImportRun } from './word-import-run';
import { WordFileField } from './word-file-field';
import { WordImportStatus } from './word-import-status';
import './word-import.css';

/** Next to creating a blank standard: builds a new one from a .docx, with progress and a way to cancel the upload. */
export function StandardFromWordForm(props: { onImported: (response: StandardImportResponse) => void }) {
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
        <WordFileField
          testId="word-import-file"
          inputRef={(input) => (fileInput = input)}
          disabled={run.isRunning()}
          onChoose={(chosen) => {
            setFile(chosen);
            setRefusal(null);
            run.reset();
          }}
        />
        <button type="submit" class="nd-button nd-button--primary" data-testid="word-import-submit" disabled={run.isRunning() || file() === null}>
          {translate('wordImportSubmit')}
        </button>
      </form>
      <WordImportStatus refusal={refusal()} run={run} cancelledMessage="wordImportCancelled" />
    </div>
  );
}
