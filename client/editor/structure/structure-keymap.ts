import { Extension, isMacOS } from '@tiptap/core';
import { structureKeys } from './structure-shortcuts';
import { backspaceAtTitleStart, enterFromTitleEnd } from './title-keys';

/** Every structure command by keyboard, plus Enter and Backspace at title edges; ahead of HardBreak's Mod-Enter. */
export const StructureKeymap = Extension.create({
  name: 'structureKeymap',
  priority: 200,

  addKeyboardShortcuts() {
    const keys = structureKeys(isMacOS());
    const commands = () => this.editor.commands;
    return {
      [keys.insertClauseAfter]: () => commands().insertClauseAfter(),
      [keys.insertSubClause]: () => commands().insertSubClause(),
      [keys.promoteClause]: () => commands().promoteClause(),
      [keys.demoteClause]: () => commands().demoteClause(),
      [keys.moveClauseUp]: () => commands().moveClauseUp(),
      [keys.moveClauseDown]: () => commands().moveClauseDown(),
      [keys.splitClause]: () => commands().splitClause(),
      [keys.joinClauseWithPrevious]: () => commands().joinClauseWithPrevious(),
      Enter: () => enterFromTitleEnd(this.editor),
      Backspace: () => backspaceAtTitleStart(this.editor),
    };
  },
});
