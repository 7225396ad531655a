import type { Editor } from '@tiptap/core';
import type { EditorState } from '@tiptap/pm/state';
import type { Accessor } from 'solid-js';
import { createSignal, onCleanup } from 'solid-js';

/** The editor's state as a Solid signal, updated after every transaction (local or remote). */
export function createEditorStateSignal(editor: Editor): Accessor<EditorState> {
  const [state, setState] = createSignal(editor.state, { equals: false });
  const update = () => setState(editor.state);
  editor.on('transaction', update);
  onCleanup(() => editor.off('transaction', update));
  return state;
}
