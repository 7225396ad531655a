import type { Editor } from '@tiptap/core';
import { Slice, type Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Selection, type EditorState } from '@tiptap/pm/state';
import { initProseMirrorDoc, ProsemirrorBinding, ySyncPluginKey } from '@tiptap/y-tiptap';
import type { XmlFragment } from 'yjs';

/** Which ProseMirror node each Yjs element was rendered as; the collaboration binding keeps it up to date. */
export type RenderedNodes = ReturnType<typeof initProseMirrorDoc>['mapping'];

/** The first place text can be typed; never the cover, which a key typed into a selected cover would replace. */
export function firstTextSelection(document: ProseMirrorNode): Selection {
  return Selection.findFrom(document.resolve(0), 1, true) ?? Selection.atStart(document);
}

function collaborationBindingOf(state: EditorState): ProsemirrorBinding | null {
  const pluginState: unknown = ySyncPluginKey.getState(state);
  if (typeof pluginState !== 'object' || pluginState === null || !('binding' in pluginState)) return null;
  return pluginState.binding instanceof ProsemirrorBinding ? pluginState.binding : null;
}

/**
 * Replaces the editor's empty placeholder document with the synced fragment, as the collaboration binding would, but
 * with the cursor in the first place text can be typed. Left to itself, the binding puts the placeholder's cursor
 * back at the same number in the real document, which lands between blocks (in the 前言, before its first
 * paragraph). `renderedNodes` must be the map given to the binding as `ySyncOptions.mapping`: filled here, it tells
 * the binding that the document already shows the fragment. The replacement is one transaction through every plugin,
 * so the first drawing of the document already carries its numbers and deferred sections.
 */
export function startFromSyncedFragment(editor: Editor, fragment: XmlFragment, renderedNodes: RenderedNodes): void {
  const initial = initProseMirrorDoc(fragment, editor.schema);
  initial.mapping.forEach((node, element) => renderedNodes.set(element, node));
  const { state } = editor;
  const transaction = state.tr.replace(0, state.doc.content.size, new Slice(initial.doc.content, 0, 0));
  transaction.setSelection(firstTextSelection(transaction.doc)).setMeta(ySyncPluginKey, { isChangeOrigin: true }).setMeta('addToHistory', false);
  const binding = collaborationBindingOf(state);
  // Inside the binding's lock, as its own re-render does, so the binding does not write the document back to Yjs.
  if (binding) binding.mux(() => editor.view.dispatch(transaction));
  else editor.view.dispatch(transaction);
}
