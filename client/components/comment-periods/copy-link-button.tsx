import { createSignal } from 'solid-js';
import { translate } from '../../i18n/translate';

/** Copies a link to the clipboard and says so; if the browser refuses, says to copy it by hand. */
export function CopyLinkButton(props: { link: string }) {
  const [state, setState] = createSignal<'idle' | 'copied' | 'failed'>('idle');

  async function copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(props.link);
      setState('copied');
    } catch {
      setState('failed');
    }
  }

  return (
    <>
      <button type="button" class="nd-button" data-testid="copy-period-link" onClick={() => void copy()}>
        {translate('copyPeriodLink')}
      </button>
      <span role="status" class="nd-muted" data-testid="copy-period-link-status">
        {state() === 'copied' ? translate('periodLinkCopied') : state() === 'failed' ? translate('periodLinkCopyFailed') : ''}
      </span>
    </>
  );
}
