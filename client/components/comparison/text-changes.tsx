import { For, Match, Show, Switch } from 'solid-js';
import type { TextChange } from './condensed-changes';
import { condensedChanges } from './condensed-changes';

/** The text of a clause with insertions and deletions marked as <ins> and <del>, built as elements, never as HTML. */
export function TextChanges(props: { changes: readonly TextChange[] }) {
  const shown = () => condensedChanges(props.changes);
  return (
    <Show when={props.changes.some((change) => change.text.length > 0)}>
      <p class="nd-text-changes" lang="zh-CN" data-testid="text-changes">
        <For each={shown()}>
          {(change) => (
            <Switch fallback={<span>{change.text}</span>}>
              <Match when={change.kind === 'insert'}>
                <ins>{change.text}</ins>
              </Match>
              <Match when={change.kind === 'delete'}>
                <del>{change.text}</del>
              </Match>
              <Match when={change.kind === 'omitted'}>
                <span class="nd-text-changes__omitted">{change.text}</span>
              </Match>
            </Switch>
          )}
        </For>
      </p>
    </Show>
  );
}
