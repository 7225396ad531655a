import { Extension } from '@tiptap/core';
import type { Transaction } from '@tiptap/pm/state';
import { nodeNames } from '../../../../shared/editor/node-names';
import { bodyInsertionPosition } from './body-insertion';
import { tableFootnoteTemplate, tableNoteTemplate, tableTemplate } from './element-templates';
import { enclosingNode } from './enclosing-node';
import { insertBlockCommand } from './insert-block-command';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    tableBlockCommands: {
      /** A numbered table (表N) with an empty title and a 3×3 grid whose first row is the header. */
      insertStandardTable: () => ReturnType;
      /** A 注 under the grid of the table holding the cursor. */
      addTableNote: () => ReturnType;
      /** A table footnote (a, b, …) at the end of the table holding the cursor. */
      addTableFootnote: () => ReturnType;
      /** Removes the whole table with its title, notes and footnotes. */
      deleteTableBlock: () => ReturnType;
    };
  }
}

/** After the grid and existing notes: table notes come before table footnotes. */
function tableNotePosition(transaction: Transaction): number | null {
  const table = enclosingNode(transaction.selection.$from, nodeNames.tableBlock);
  if (!table) return null;
  let position = table.position + 1;
  table.node.forEach((child) => {
    if (child.type.name !== nodeNames.tableFootnote) position += child.nodeSize;
  });
  return position;
}

function tableEnd(transaction: Transaction): number | null {
  const table = enclosingNode(transaction.selection.$from, nodeNames.tableBlock);
  return table ? table.position + table.node.nodeSize - 1 : null;
}

export const TableBlockCommands = Extension.create({
  name: 'tableBlockCommands',

  addCommands() {
    return {
      insertStandardTable: () => insertBlockCommand(tableTemplate(), (transaction, block) => bodyInsertionPosition(transaction.selection.$to, block)),
      addTableNote: () => insertBlockCommand(tableNoteTemplate, tableNotePosition),
      addTableFootnote: () => insertBlockCommand(tableFootnoteTemplate, tableEnd),
      deleteTableBlock:
        () =>
        ({ tr, dispatch }) => {
          const table = enclosingNode(tr.selection.$from, nodeNames.tableBlock);
          if (!table) return false;
          if (dispatch) tr.delete(table.position, table.position + table.node.nodeSize).scrollIntoView();
          return true;
        },
    };
  },
});
