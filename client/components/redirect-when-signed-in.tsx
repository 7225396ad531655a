import { Navigate, useSearchParams } from '@solidjs/router';
import type { ParentProps } from 'solid-js';
import { Show } from 'solid-js';
import { safeRedirectTarget } from '../session/redirect-target';
import { sessionState } from '../session/session-state';

/** Wraps the sign-in and sign-up pages: once signed in, go where the person was heading (or home). */
export function RedirectWhenSignedIn(props: ParentProps) {
  const [searchParameters] = useSearchParams();
  return (
    <Show
      when={sessionState().kind !== 'signed-in'}
      fallback={<Navigate href={safeRedirectTarget(searchParameters.redirect)} />}
    >
      {props.children}
    </Show>
  );
}
