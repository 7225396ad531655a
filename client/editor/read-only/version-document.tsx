import type { Editor } from '@tiptap/core';
import { Show, createEffect, createSignal, on, onCleanup, onMount } from 'solid-js';
import { currentLanguage } from '../../i18n/language';
import { translate } from '../../i18n/translate';
import { refreshDerivedNumbers } from '../elements/numbering/derived-numbers';
import { OutlinePanel } from '../outline/outline-panel';
import { createVersionEditor } from './create-version-editor';

/** A frozen document laid out like the live draft, with its 目次 beside it. */
export function VersionDocument(props: { document: Record<string, unknown> }) {
  let container: HTMLDivElement | undefined;
  const [editor, setEditor] = createSignal<Editor>();

  onMount(() => {
    if (!container) return;
    const created = createVersionEditor({ element: container, document: props.document, label: translate('versionDocumentLabel') });
    setEditor(created);
    onCleanup(() => created.destroy());
  });

  createEffect(
    on(
      currentLanguage,
      () => {
        const current = editor();
        if (current) refreshDerivedNumbers(current.view);
      },
      { defer: true },
    ),
  );

  return (
    <div class="nd-workspace__columns">
      <div class="nd-workspace__outline">
        <Show when={editor()}>{(ready) => <OutlinePanel editor={ready()} readOnly />}</Show>
      </div>
      <div ref={container} class="nd-page" data-testid="version-document" />
    </div>
  );
}
