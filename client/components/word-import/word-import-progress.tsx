import { Show } from 'solid-js';
import type { WordImportPhase } from '../../api/word-imports';
import { translate } from '../../i18n/translate';

/** The phase in words with a bar: a share while the file goes up, an indeterminate bar while the server builds the draft. */
export function WordImportProgress(props: { phase: WordImportPhase; onCancel: () => void }) {
  const uploadedShare = () => (props.phase.step === 'uploading' ? props.phase.share : null);
  const text = () => {
    const share = uploadedShare();
    return share === null ? translate('wordImportProcessing') : translate('wordImportUploading', { percent: Math.round(share * 100) });
  };

  return (
    <div class="nd-word-import__progress" data-testid="word-import-progress" data-phase={props.phase.step}>
      <Show when={uploadedShare() !== null} fallback={<progress aria-label={translate('wordImportProgressLabel')} />}>
        <progress aria-label={translate('wordImportProgressLabel')} max={1} value={uploadedShare() ?? 0} />
      </Show>
      <span role="status" data-testid="word-import-phase">
        {text()}
      </span>
      <button type="button" class="nd-button" data-testid="word-import-cancel" onClick={() => props.onCancel()}>
        {translate('wordImportCancel')}
      </button>
    </div>
  );
}
