import { Extension } from '@tiptap/core';
import type { ResolvedPos } from '@tiptap/pm/model';
import { nodeNames } from '../../../../shared/editor/node-names';
import { bodyInsertionPosition } from './body-insertion';
import { exampleTemplate, noteTemplate } from './element-templates';
import { insertBlockCommand } from './insert-block-command';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    noteCommands: {
      /** 注: among the notes of the current term entry or figure, or after the current block. */
      insertNote: () => ReturnType;
      /** 示例: after the current block. */
      insertExample: () => ReturnType;
    };
  }
}

/** Term entries hold their notes after the definition and before the source. */
export function termNotePosition(selectionEnd: ResolvedPos): number | null {
  for (let depth = selectionEnd.depth; depth >= 1; depth -= 1) {
    const entry = selectionEnd.node(depth);
    if (entry.type.name !== nodeNames.termEntry) continue;
    let position = selectionEnd.start(depth);
    entry.forEach((child) => {
      if (child.type.name !== nodeNames.termSource) position += child.nodeSize;
    });
    return position;
  }
  return null;
}

/** A figure holds its notes (图注) after its title, the only text of it the cursor can be in. */
export function figureNotePosition(selectionEnd: ResolvedPos): number | null {
  for (let depth = selectionEnd.depth; depth >= 1; depth -= 1) {
    if (selectionEnd.node(depth).type.name === nodeNames.figure) return selectionEnd.end(depth);
  }
  return null;
}

export const NoteCommands = Extension.create({
  name: 'noteCommands',

  addCommands() {
    return {
      insertNote: () =>
        insertBlockCommand(
          noteTemplate,
          (transaction, block) => termNotePosition(transaction.selection.$to) ?? figureNotePosition(transaction.selection.$to) ?? bodyInsertionPosition(transaction.selection.$to, block),
        ),
      insertExample: () => insertBlockCommand(exampleTemplate, (transaction, block) => bodyInsertionPosition(transaction.selection.$to, block)),
    };
  },
});
