import type { ParentProps } from 'solid-js';
import { AppHeader } from './app-header';

/** The root layout of every route. */
export function AppShell(props: ParentProps) {
  return (
    <>
      <AppHeader />
      <main class="nd-main">{props.children}</main>
    </>
  );
}
