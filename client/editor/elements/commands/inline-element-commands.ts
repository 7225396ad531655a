import type { Command, JSONContent } from '@tiptap/core';
import { Extension } from '@tiptap/core';
import { nodeNames } from '../../../../shared/editor/node-names';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    inlineElementCommands: {
      /** A text footnote at the cursor; its number 1), 2) is derived. */
      insertFootnote: (text: string) => ReturnType;
      /** A cross-reference to the element with this stable id; its text is derived. */
      insertCrossReference: (targetId: string) => ReturnType;
    };
  }
}

/** Replaces the selection with an inline atom where the schema allows one (not in titles, which hold plain text). */
function insertInline(template: JSONContent): Command {
  return ({ tr, dispatch }) => {
    const node = tr.doc.type.schema.nodeFromJSON(template);
    const { $from, $to } = tr.selection;
    if (!$from.sameParent($to) || !$from.parent.canReplaceWith($from.index(), $to.index(), node.type)) return false;
    if (dispatch) tr.replaceSelectionWith(node, false).scrollIntoView();
    return true;
  };
}

export const InlineElementCommands = Extension.create({
  name: 'inlineElementCommands',

  addCommands() {
    return {
      insertFootnote: (text) => insertInline({ type: nodeNames.footnote, attrs: { text: text.trim() } }),
      insertCrossReference: (targetId) => insertInline({ type: nodeNames.crossReference, attrs: { targetId } }),
    };
  },
});
