import type { CommandProps } from '@tiptap/core';
import type { StructurePlanner } from './structure-change';
import { applyStructureChange } from './structure-change';
import { structureEditMeta, undoManagerOf } from './undo-history';

/** Wraps a planner as a Tiptap command: a dry run for `editor.can()`, the change itself otherwise. */
export function runPlanner(planner: StructurePlanner) {
  return ({ tr, dispatch, editor }: CommandProps): boolean => {
    if (!editor.isEditable) return false;
    const change = planner(tr.doc, tr.selection);
    if (!change) return false;
    if (dispatch) {
      undoManagerOf(editor.state)?.stopCapturing();
      applyStructureChange(tr, change);
      tr.setMeta(structureEditMeta, true);
    }
    return true;
  };
}
