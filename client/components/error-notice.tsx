import { A } from '@solidjs/router';
import { Show } from 'solid-js';
import { isApiError } from '../api/api-error';
import { describeError } from '../i18n/describe-error';
import { translate } from '../i18n/translate';

interface ErrorNoticeProps {
  error: unknown;
  onRetry?: () => void;
}

export function ErrorNotice(props: ErrorNoticeProps) {
  const isSignedOut = () => isApiError(props.error) && props.error.code === 'unauthenticated';
  return (
    <div class="nd-notice nd-notice--error" role="alert" data-testid="error-message">
      <p>{describeError(props.error)}</p>
      <Show when={isSignedOut()}>
        <A href="/login">{translate('signInAgainLink')}</A>
      </Show>
      <Show when={!isSignedOut() && props.onRetry}>
        {(retry) => (
          <button type="button" class="nd-button" onClick={() => retry()()}>
            {translate('retry')}
          </button>
        )}
      </Show>
    </div>
  );
}
