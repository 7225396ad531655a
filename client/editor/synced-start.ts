import type { Editor } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { EditorState, Selection } from '@tiptap/pm/state';
import { initProseMirrorDoc } from '@tiptap/y-tiptap';
import type { XmlFragment } from 'yjs';

/** Which ProseMirror node each Yjs element was rendered as; the collaboration binding keeps it up to date. */
export type RenderedNodes = ReturnType<typeof initProseMirrorDoc>['mapping'];

/** The first place text can be typed; never the cover, which a key typed into a selected cover would replace. */
export function firstTextSelection(document: ProseMirrorNode): Selection {
  return Selection.findFrom(document.resolve(0), 1, true) ?? Selection.atStart(document);
}

/**
 * Gives an editor created without a view (`element: null`) the synced document as its first state, before it is
 * mounted. Without it, the collaboration binding replaces Tiptap's empty placeholder document once the view exists
 * and puts the placeholder's cursor back at the same number in the real document, which lands between blocks (in
 * the 前言, before its first paragraph). `renderedNodes` must be the map given to the binding as `ySyncOptions.mapping`:
 * filled here, it tells the binding that the document already shows the fragment, so it is not rendered twice.
 */
export function startFromSyncedFragment(editor: Editor, fragment: XmlFragment, renderedNodes: RenderedNodes): void {
  const initial = initProseMirrorDoc(fragment, editor.schema);
  initial.mapping.forEach((node, element) => renderedNodes.set(element, node));
  editor.view.updateState(EditorState.create({ doc: initial.doc, selection: firstTextSelection(initial.doc) }));
}
