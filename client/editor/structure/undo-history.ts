import { Extension } from '@tiptap/core';
import type { EditorState } from '@tiptap/pm/state';
import { yUndoPluginKey } from '@tiptap/y-tiptap';
import { UndoManager } from 'yjs';

/** Marks a transaction made by a structure command, so it becomes one undo step of its own. */
export const structureEditMeta = 'structureEdit';

/** The Yjs undo manager of the Collaboration extension: it undoes only this user's changes. */
export function undoManagerOf(state: EditorState): UndoManager | null {
  const pluginState: unknown = yUndoPluginKey.getState(state);
  if (typeof pluginState !== 'object' || pluginState === null || !('undoManager' in pluginState)) return null;
  return pluginState.undoManager instanceof UndoManager ? pluginState.undoManager : null;
}

/**
 * Yjs merges changes made within half a second into one undo step. A structure command closes the step before
 * it (in the command) and the step after it (here, once the change has reached Yjs), so undo reverts exactly
 * the move, not the move plus the typing around it.
 */
export const StructureUndoBoundary = Extension.create({
  name: 'structureUndoBoundary',

  onTransaction({ transaction }) {
    if (transaction.getMeta(structureEditMeta) === true) undoManagerOf(this.editor.state)?.stopCapturing();
  },
});
