import { A } from '@solidjs/router';
import { Show, createSignal } from 'solid-js';
import { logOut } from '../api/authentication';
import { describeError } from '../i18n/describe-error';
import { translate } from '../i18n/translate';
import { currentUser, markSignedOut } from '../session/session-state';
import { LanguageSwitch } from './language-switch';
import { DueReviewsLink } from './publication/due-reviews-link';

export function AppHeader() {
  const [signingOut, setSigningOut] = createSignal(false);
  const [signOutError, setSignOutError] = createSignal<unknown>();

  async function signOut(): Promise<void> {
    setSigningOut(true);
    setSignOutError(undefined);
    try {
      await logOut();
      markSignedOut();
    } catch (error) {
      setSignOutError(error);
    } finally {
      setSigningOut(false);
    }
  }

  return (
    <header class="nd-header">
      <A href="/" class="nd-header__brand">
        {translate('appName')}
      </A>
      <div class="nd-header__actions">
        <Show when={currentUser()}>
          {(user) => (
            <>
              <DueReviewsLink userId={user().id} />
              <Show when={user().isSiteAdministrator}>
                <A href="/rule-sets" class="nd-header__link" data-testid="rule-sets-link">
                  {translate('ruleSetsLink')}
                </A>
              </Show>
              <span class="nd-header__user" data-testid="current-user">
                {user().displayName}
              </span>
              <button
                type="button"
                class="nd-button nd-button--quiet"
                data-testid="logout"
                disabled={signingOut()}
                onClick={() => void signOut()}
              >
                {translate('signOut')}
              </button>
            </>
          )}
        </Show>
        <LanguageSwitch />
      </div>
      <Show when={signOutError() !== undefined}>
        <p class="nd-header__error" role="alert">
          {describeError(signOutError())}
        </p>
      </Show>
    </header>
  );
}
