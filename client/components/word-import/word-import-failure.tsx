import { Show } from 'solid-js';
import { translate } from '../../i18n/translate';
import { wordImportErrorText } from './word-import-error-text';

/** Why the file was not imported, with the server's own explanation of this file when it gave one. */
export function WordImportFailure(props: { error: unknown }) {
  const text = () => wordImportErrorText(props.error);
  return (
    <div class="nd-notice nd-notice--error" role="alert" data-testid="word-import-error">
      <p>{text().sentence}</p>
      <Show when={text().detail}>
        {(detail) => (
          <p class="nd-word-import__detail">
            {translate('wordImportServerDetail')}
            <span lang="en">{detail()}</span>
          </p>
        )}
      </Show>
    </div>
  );
}
