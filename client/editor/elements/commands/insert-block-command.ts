import type { Command, JSONContent } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';
import { insertBlockAndFocus } from './body-insertion';

/** Where a block goes in the transaction's document, or null when it cannot go anywhere from the current selection. */
export type BlockLocator = (transaction: Transaction, block: ProseMirrorNode) => number | null;

/** A command that builds a block from its JSON template, inserts it where `locate` says and puts the cursor in it. */
export function insertBlockCommand(template: JSONContent, locate: BlockLocator): Command {
  return ({ tr, dispatch }) => {
    const block = tr.doc.type.schema.nodeFromJSON(template);
    const position = locate(tr, block);
    if (position === null) return false;
    if (dispatch) insertBlockAndFocus(tr, position, block);
    return true;
  };
}
