import type { Editor } from '@tiptap/core';
import { Extension } from '@tiptap/core';
import { Selection, TextSelection } from '@tiptap/pm/state';
import { nodeNames } from '../../../shared/editor/node-names';

/** Single-line fields: Enter moves on to the next field instead of splitting them. */
const singleLineFields: ReadonlySet<string> = new Set([nodeNames.termChinese, nodeNames.termEnglish, nodeNames.tableTitle, nodeNames.termSource]);

/** Blocks after which Enter starts a new paragraph: a split would make two formulas, or two figure titles. */
const blocksLeftByEnter: ReadonlyMap<string, number> = new Map([
  [nodeNames.formula, 0],
  [nodeNames.figureTitle, 1],
]);

const termFields: ReadonlySet<string> = new Set([nodeNames.termChinese, nodeNames.termEnglish, nodeNames.termDefinition]);

function moveToField(editor: Editor, direction: 1 | -1): boolean {
  const { $from } = editor.state.selection;
  const boundary = direction === 1 ? $from.after() : $from.before();
  const target = Selection.findFrom(editor.state.doc.resolve(boundary), direction, true);
  if (!target) return false;
  return editor.commands.command(({ tr }) => {
    tr.setSelection(target).scrollIntoView();
    return true;
  });
}

/** Enter in a formula or a figure title continues with a new paragraph after the formula or the figure. */
function continueAfterBlock(editor: Editor): boolean {
  const { $from } = editor.state.selection;
  const levelsUp = blocksLeftByEnter.get($from.parent.type.name);
  if (levelsUp === undefined) return false;
  const depth = $from.depth - levelsUp;
  const after = $from.after(depth);
  const container = $from.node(depth - 1);
  const paragraph = editor.schema.nodes[nodeNames.paragraph];
  if (!paragraph || !container.canReplaceWith($from.index(depth - 1) + 1, $from.index(depth - 1) + 1, paragraph)) return false;
  return editor.commands.command(({ tr }) => {
    tr.insert(after, paragraph.create());
    tr.setSelection(TextSelection.create(tr.doc, after + 1)).scrollIntoView();
    return true;
  });
}

function isInField(editor: Editor, fields: ReadonlySet<string>): boolean {
  return fields.has(editor.state.selection.$from.parent.type.name);
}

/** Enter at the end of a definition with nothing after it starts the next term entry. */
function startNextTerm(editor: Editor): boolean {
  const { selection } = editor.state;
  const { $from } = selection;
  if (!selection.empty || $from.parent.type.name !== nodeNames.termDefinition || $from.parentOffset !== $from.parent.content.size) return false;
  if ($from.index(-1) !== $from.node(-1).childCount - 1) return false;
  return editor.commands.insertTermEntry();
}

export const FieldKeys = Extension.create({
  name: 'elementFieldKeys',
  priority: 150,

  addKeyboardShortcuts() {
    return {
      Enter: () => (isInField(this.editor, singleLineFields) ? moveToField(this.editor, 1) : continueAfterBlock(this.editor) || startNextTerm(this.editor)),
      Tab: () => isInField(this.editor, termFields) && moveToField(this.editor, 1),
      'Shift-Tab': () => isInField(this.editor, termFields) && moveToField(this.editor, -1),
    };
  },
});
