import { Navigate, useLocation } from '@solidjs/router';
import type { ParentProps } from 'solid-js';
import { Match, Switch } from 'solid-js';
import { checkSession, sessionState } from '../session/session-state';
import { loginPathReturningTo } from '../session/redirect-target';
import { ErrorNotice } from './error-notice';
import { LoadingState } from './loading-state';

/** Layout for every route that needs a signed-in user; others are sent to /login and brought back afterwards. */
export function RequireSession(props: ParentProps) {
  const location = useLocation();
  const loginPath = () => {
    const state = sessionState();
    if (state.kind === 'signed-out' && state.byChoice) return '/login';
    return loginPathReturningTo(location.pathname + location.search);
  };
  const unavailableError = () => {
    const state = sessionState();
    return state.kind === 'unavailable' ? state.error : undefined;
  };

  return (
    <Switch>
      <Match when={sessionState().kind === 'checking'}>
        <LoadingState />
      </Match>
      <Match when={sessionState().kind === 'unavailable'}>
        <ErrorNotice error={unavailableError()} onRetry={() => void checkSession()} />
      </Match>
      <Match when={sessionState().kind === 'signed-out'}>
        <Navigate href={loginPath()} />
      </Match>
      <Match when={sessionState().kind === 'signed-in'}>{props.children}</Match>
    </Switch>
  );
}
