import type { Editor } from '@tiptap/core';
import { createEffect, onCleanup, onMount } from 'solid-js';
import type { CollaborationSession } from '../collab/collaboration-session';
import { translate } from '../i18n/translate';
import { createDraftEditor } from './create-draft-editor';

interface DraftEditorProps {
  session: CollaborationSession;
  /** Called with the editor once it exists, for panels around it (outline, toolbar). */
  onEditorReady?: (editor: Editor) => void;
}

/** Render only after the session has synced once. */
export function DraftEditor(props: DraftEditorProps) {
  let container: HTMLDivElement | undefined;

  onMount(() => {
    if (!container) return;
    const editor = createDraftEditor({ element: container, session: props.session, label: translate('editorLabel'), emptyParagraphHint: () => translate('emptyParagraphHint') });
    createEffect(() => editor.setEditable(!props.session.readOnly(), false));
    props.onEditorReady?.(editor);
    onCleanup(() => editor.destroy());
  });

  return <div ref={container} class="nd-page" data-testid="editor" />;
}
