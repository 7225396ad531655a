import { A, useSearchParams } from '@solidjs/router';
import { Show, createSignal } from 'solid-js';
import { loginRequestSchema } from '../../shared/api/auth';
import { logIn } from '../api/authentication';
import { ErrorNotice } from '../components/error-notice';
import { RedirectWhenSignedIn } from '../components/redirect-when-signed-in';
import { TextField } from '../components/text-field';
import { translate } from '../i18n/translate';
import { withRedirectQuery } from '../session/auth-page-links';
import { markSignedIn } from '../session/session-state';

export function LoginPage() {
  const [searchParameters] = useSearchParams();
  const [username, setUsername] = createSignal('');
  const [password, setPassword] = createSignal('');
  const [missingFields, setMissingFields] = createSignal(false);
  const [submitError, setSubmitError] = createSignal<unknown>();
  const [submitting, setSubmitting] = createSignal(false);

  async function submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const parsed = loginRequestSchema.safeParse({ username: username(), password: password() });
    setMissingFields(!parsed.success);
    if (!parsed.success) return;
    setSubmitError(undefined);
    setSubmitting(true);
    try {
      markSignedIn(await logIn(parsed.data));
    } catch (error) {
      setSubmitError(error);
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <RedirectWhenSignedIn>
      <section class="nd-auth-card">
        <h1>{translate('loginTitle')}</h1>
        <form onSubmit={(event) => void submit(event)} noValidate>
          <TextField
            label={translate('usernameLabel')}
            value={username()}
            onValueChange={setUsername}
            testId="login-username"
            autocomplete="username"
            required
          />
          <TextField
            label={translate('passwordLabel')}
            type="password"
            value={password()}
            onValueChange={setPassword}
            testId="login-password"
            autocomplete="current-password"
            required
          />
          <Show when={missingFields()}>
            <p class="nd-field__error" role="alert">
              {translate('loginFieldsRequired')}
            </p>
          </Show>
          <Show when={submitError() !== undefined}>
            <ErrorNotice error={submitError()} />
          </Show>
          <button type="submit" class="nd-button nd-button--primary" data-testid="login-submit" disabled={submitting()}>
            {translate('loginSubmit')}
          </button>
        </form>
        <p class="nd-auth-card__switch">
          {translate('noAccountPrompt')}{' '}
          <A href={withRedirectQuery('/signup', searchParameters.redirect)}>{translate('signupLink')}</A>
        </p>
      </section>
    </RedirectWhenSignedIn>
  );
}
