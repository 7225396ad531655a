import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';
import { nodeNames } from '../../../../shared/editor/node-names';
import { bodyInsertionPosition, unitBodyEnd } from './body-insertion';
import { termEntryTemplate, termSourceTemplate } from './element-templates';
import { enclosingNode } from './enclosing-node';
import { findChapter, isInsideChapter, termsChapterTitle } from './find-chapter';
import { insertBlockCommand } from './insert-block-command';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    termCommands: {
      /** A term entry (Chinese term, English term, definition) in 术语和定义, or where the cursor is. */
      insertTermEntry: () => ReturnType;
      /** "来源：" at the end of the term entry holding the cursor. */
      addTermSource: () => ReturnType;
    };
  }
}

/** After the current entry; else at the cursor inside 术语和定义; else at the end of that chapter; else at the cursor. */
export function termEntryPosition(transaction: Transaction, block: ProseMirrorNode): number | null {
  const selectionEnd = transaction.selection.$to;
  const current = enclosingNode(selectionEnd, nodeNames.termEntry);
  if (current) return current.position + current.node.nodeSize;
  const chapter = findChapter(transaction.doc, termsChapterTitle);
  if (chapter !== null && !isInsideChapter(selectionEnd, chapter)) return unitBodyEnd(transaction.doc, chapter);
  return bodyInsertionPosition(selectionEnd, block);
}

function termSourcePosition(transaction: Transaction): number | null {
  const entry = enclosingNode(transaction.selection.$from, nodeNames.termEntry);
  if (!entry || entry.node.lastChild?.type.name === nodeNames.termSource) return null;
  return entry.position + entry.node.nodeSize - 1;
}

export const TermCommands = Extension.create({
  name: 'termCommands',

  addCommands() {
    return {
      insertTermEntry: () => insertBlockCommand(termEntryTemplate, termEntryPosition),
      addTermSource: () => insertBlockCommand(termSourceTemplate, termSourcePosition),
    };
  },
});
