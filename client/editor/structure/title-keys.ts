import type { Editor } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import { nodeNames } from '../../../shared/editor/node-names';

const titleTypes: ReadonlySet<string> = new Set([nodeNames.clauseTitle, nodeNames.annexTitle]);

/**
 * Enter at the end of a title moves into the empty paragraph a new clause starts with, instead of adding a
 * second paragraph before it.
 */
export function enterFromTitleEnd(editor: Editor): boolean {
  const { selection } = editor.state;
  const { $from } = selection;
  if (!selection.empty || !titleTypes.has($from.parent.type.name) || $from.parentOffset !== $from.parent.content.size) return false;
  const next = $from.node(-1).maybeChild($from.index(-1) + 1);
  if (next?.type.name !== nodeNames.paragraph || next.content.size > 0) return false;
  const inside = $from.after() + 1;
  return editor.commands.command(({ tr }) => {
    tr.setSelection(TextSelection.create(tr.doc, inside)).scrollIntoView();
    return true;
  });
}

/**
 * Backspace at the start of a title joins the clause with the previous one, as a word processor joins a heading
 * with the text above. Where there is nothing to join with, the key does nothing: ProseMirror's own join
 * would silently nest the clause into the one before it or pull it into the foreword.
 */
export function backspaceAtTitleStart(editor: Editor): boolean {
  const { selection } = editor.state;
  const { $from } = selection;
  if (!selection.empty || !titleTypes.has($from.parent.type.name) || $from.parentOffset !== 0) return false;
  if ($from.parent.type.name === nodeNames.clauseTitle) editor.commands.joinClauseWithPrevious();
  return true;
}
