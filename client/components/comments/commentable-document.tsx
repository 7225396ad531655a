import type { Editor } from '@tiptap/core';
import { Show, createSignal, onCleanup, onMount } from 'solid-js';
import { createVersionEditor } from '../../editor/read-only/create-version-editor';
import { OutlinePanel } from '../../editor/outline/outline-panel';
import { translate } from '../../i18n/translate';
import type { CommentTarget } from './comment-target';
import { targetFromSelection } from './comment-target';

interface CommentableDocumentProps {
  document: Record<string, unknown>;
  onTarget: (target: CommentTarget) => void;
}

/** The frozen document under comment, read-only with its numbers; a click or a selection in a clause makes it the target. */
export function CommentableDocument(props: CommentableDocumentProps) {
  let container: HTMLDivElement | undefined;
  const [editor, setEditor] = createSignal<Editor>();

  onMount(() => {
    if (!container) return;
    const created = createVersionEditor({ element: container, document: props.document, label: translate('commentDocumentLabel') });
    setEditor(created);
    onCleanup(() => created.destroy());
  });

  function chooseTarget(event: MouseEvent): void {
    const current = editor();
    if (!current || !(event.target instanceof Node)) return;
    const target = targetFromSelection(current.view, event.target);
    if (target) props.onTarget(target);
  }

  return (
    <div class="nd-workspace__columns">
      <div class="nd-workspace__outline">
        <Show when={editor()}>{(ready) => <OutlinePanel editor={ready()} readOnly />}</Show>
      </div>
      <div ref={container} class="nd-page nd-commentable-document" data-testid="comment-document" onMouseUp={chooseTarget} />
    </div>
  );
}
