import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { nodeNames } from '../../../../shared/editor/node-names';
import { annexTemplate } from './element-templates';
import { enclosingNode } from './enclosing-node';
import { insertBlockCommand } from './insert-block-command';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    annexCommands: {
      /** A new annex after the last one (before 参考文献), normative (规范性) or informative (资料性). */
      insertAnnex: (options: { normative: boolean }) => ReturnType;
      /** Switches the annex holding the cursor between 规范性 and 资料性. */
      setAnnexNormative: (normative: boolean) => ReturnType;
    };
  }
}

/** After the last chapter or annex: the document ends with annexes and then the optional 参考文献. */
export function annexPosition(document: ProseMirrorNode): number {
  const last = document.lastChild;
  return last?.type.name === nodeNames.bibliography ? document.content.size - last.nodeSize : document.content.size;
}

export const AnnexCommands = Extension.create({
  name: 'annexCommands',

  addCommands() {
    return {
      insertAnnex: (options) => insertBlockCommand(annexTemplate(options.normative), (transaction) => annexPosition(transaction.doc)),
      setAnnexNormative:
        (normative) =>
        ({ tr, dispatch }) => {
          const annex = enclosingNode(tr.selection.$from, nodeNames.annex);
          if (!annex) return false;
          if (dispatch) tr.setNodeAttribute(annex.position, 'normative', normative);
          return true;
        },
    };
  },
});
