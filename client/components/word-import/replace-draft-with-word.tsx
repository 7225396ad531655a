import { Show, createSignal } from 'solid-js';
import { translate } from '../../i18n/translate';
import { ReplaceDraftDialog } from './replace-draft-dialog';

/** For people who may edit the draft: replaces the live draft with a .docx, the current draft kept as a safety version. */
export function ReplaceDraftWithWord(props: { standardId: string }) {
  const [open, setOpen] = createSignal(false);
  return (
    <>
      <button type="button" class="nd-button" data-testid="word-replace-open" onClick={() => setOpen(true)}>
        {translate('wordReplaceButton')}
      </button>
      <Show when={open()}>
        <ReplaceDraftDialog standardId={props.standardId} onClose={() => setOpen(false)} />
      </Show>
    </>
  );
}
