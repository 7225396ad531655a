import { createSignal } from 'solid-js';
import type { User } from '../../shared/api/auth';
import { fetchCurrentUser } from '../api/authentication';

export type SessionState =
  | { kind: 'checking' }
  | { kind: 'signed-out'; byChoice: boolean }
  | { kind: 'signed-in'; user: User }
  | { kind: 'unavailable'; error: unknown };

const [sessionState, setSessionState] = createSignal<SessionState>({ kind: 'checking' });

export { sessionState };

export function currentUser(): User | null {
  const state = sessionState();
  return state.kind === 'signed-in' ? state.user : null;
}

export async function checkSession(): Promise<void> {
  setSessionState({ kind: 'checking' });
  try {
    const user = await fetchCurrentUser();
    setSessionState(user ? { kind: 'signed-in', user } : { kind: 'signed-out', byChoice: false });
  } catch (error) {
    setSessionState({ kind: 'unavailable', error });
  }
}

export function markSignedIn(user: User): void {
  setSessionState({ kind: 'signed-in', user });
}

/** After the person signs out on purpose, sign-in should not bring them back to the page they left. */
export function markSignedOut(): void {
  setSessionState({ kind: 'signed-out', byChoice: true });
}
