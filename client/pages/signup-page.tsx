import { A, useSearchParams } from '@solidjs/router';
import { Show, createSignal } from 'solid-js';
import { signupRequestSchema } from '../../shared/api/auth';
import { signUp } from '../api/authentication';
import { ErrorNotice } from '../components/error-notice';
import { invalidFields } from '../components/invalid-fields';
import { RedirectWhenSignedIn } from '../components/redirect-when-signed-in';
import { TextField } from '../components/text-field';
import type { MessageKey } from '../i18n/chinese';
import { translate } from '../i18n/translate';
import { withRedirectQuery } from '../session/auth-page-links';
import { markSignedIn } from '../session/session-state';

export function SignupPage() {
  const [searchParameters] = useSearchParams();
  const [username, setUsername] = createSignal('');
  const [password, setPassword] = createSignal('');
  const [displayName, setDisplayName] = createSignal('');
  const [invalid, setInvalid] = createSignal<ReadonlySet<string>>(new Set());
  const [submitError, setSubmitError] = createSignal<unknown>();
  const [submitting, setSubmitting] = createSignal(false);

  const ruleFor = (field: string, rule: MessageKey) => (invalid().has(field) ? translate(rule) : null);

  async function submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const parsed = signupRequestSchema.safeParse({
      username: username(),
      password: password(),
      displayName: displayName(),
    });
    setInvalid(parsed.success ? new Set<string>() : invalidFields(parsed.error));
    if (!parsed.success) return;
    setSubmitError(undefined);
    setSubmitting(true);
    try {
      markSignedIn(await signUp(parsed.data));
    } catch (error) {
      setSubmitError(error);
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <RedirectWhenSignedIn>
      <section class="nd-auth-card">
        <h1>{translate('signupTitle')}</h1>
        <form onSubmit={(event) => void submit(event)} noValidate>
          <TextField
            label={translate('usernameLabel')}
            value={username()}
            onValueChange={setUsername}
            testId="signup-username"
            autocomplete="username"
            hint={translate('usernameRule')}
            error={ruleFor('username', 'usernameRule')}
            required
          />
          <TextField
            label={translate('passwordLabel')}
            type="password"
            value={password()}
            onValueChange={setPassword}
            testId="signup-password"
            autocomplete="new-password"
            hint={translate('passwordRule')}
            error={ruleFor('password', 'passwordRule')}
            required
          />
          <TextField
            label={translate('displayNameLabel')}
            value={displayName()}
            onValueChange={setDisplayName}
            testId="signup-display-name"
            autocomplete="name"
            error={ruleFor('displayName', 'displayNameRule')}
            required
          />
          <Show when={submitError() !== undefined}>
            <ErrorNotice error={submitError()} />
          </Show>
          <button type="submit" class="nd-button nd-button--primary" data-testid="signup-submit" disabled={submitting()}>
            {translate('signupSubmit')}
          </button>
        </form>
        <p class="nd-auth-card__switch">
          {translate('haveAccountPrompt')}{' '}
          <A href={withRedirectQuery('/login', searchParameters.redirect)}>{translate('loginLink')}</A>
        </p>
      </section>
    </RedirectWhenSignedIn>
  );
}
