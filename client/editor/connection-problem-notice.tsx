import { A } from '@solidjs/router';
import { Match, Show, Switch } from 'solid-js';
import type { ConnectionProblem } from '../collab/connection-problem';
import type { MessageKey } from '../i18n/chinese';
import { translate } from '../i18n/translate';

const messages: Record<ConnectionProblem, MessageKey> = {
  'signed-out': 'problemSignedOut',
  forbidden: 'problemForbidden',
  rejected: 'problemRejected',
  'storage-failure': 'problemStorageFailure',
  'malformed-update': 'problemMalformedUpdate',
};

interface ConnectionProblemNoticeProps {
  problem: ConnectionProblem | null;
  onReconnect: () => void;
}

export function ConnectionProblemNotice(props: ConnectionProblemNoticeProps) {
  return (
    <Show when={props.problem}>
      {(problem) => (
        <div class="nd-notice nd-notice--error" role="alert" data-testid="connection-problem" data-problem={problem()}>
          <p>{translate(messages[problem()])}</p>
          <Switch>
            <Match when={problem() === 'signed-out' || problem() === 'rejected'}>
              <Show when={problem() === 'signed-out'}>
                <a href="/login" target="_blank" rel="noopener">
                  {translate('signInAgainLink')}
                </a>
              </Show>
              <button type="button" class="nd-button" onClick={() => props.onReconnect()}>
                {translate('reconnect')}
              </button>
            </Match>
            <Match when={problem() === 'forbidden'}>
              <A href="/">{translate('backToList')}</A>
            </Match>
          </Switch>
        </div>
      )}
    </Show>
  );
}
