import { Match, Switch } from 'solid-js';
import type { MessageKey } from '../../i18n/chinese';
import { translate } from '../../i18n/translate';
import { WordImportFailure } from './word-import-failure';
import { WordImportProgress } from './word-import-progress';
import type { createWordImportRun } from './word-import-run';

interface WordImportStatusProps<Response> {
  /** A file refused before upload (not a .docx), as a message. */
  refusal: MessageKey | null;
  run: ReturnType<typeof createWordImportRun<Response>>;
  cancelledMessage: MessageKey;
}

/** Where an import stands below its form: the refusal of a wrong file, progress with cancel, cancelled, or the failure. */
export function WordImportStatus<Response>(props: WordImportStatusProps<Response>) {
  return (
    <Switch>
      <Match when={props.refusal}>
        {(key) => (
          <p class="nd-notice nd-notice--error" role="alert" data-testid="word-import-error">
            {translate(key())}
          </p>
        )}
      </Match>
      <Match when={props.run.phase()}>{(phase) => <WordImportProgress phase={phase()} onCancel={props.run.cancel} />}</Match>
      <Match when={props.run.state().step === 'cancelled'}>
        <p class="nd-notice" role="status" data-testid="word-import-cancelled">
          {translate(props.cancelledMessage)}
        </p>
      </Match>
      <Match when={props.run.failure()}>{(failure) => <WordImportFailure error={failure().error} />}</Match>
    </Switch>
  );
}
