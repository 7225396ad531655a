import type { AnyExtension } from '@tiptap/core';
import { ClauseInsertionCommands } from './clause-insertion-commands';
import { ClauseMovingCommands } from './clause-moving-commands';
import { ClauseNestingCommands } from './clause-nesting-commands';
import { ClauseSplittingCommands } from './clause-splitting-commands';
import { StructureKeymap } from './structure-keymap';
import { StructureUndoBoundary } from './undo-history';
import { WordPaste } from './word-paste-extension';

/** Structure editing for the live editor: clause commands, their keys, undo steps and paste from Word. */
export function createStructureExtensions(): AnyExtension[] {
  return [ClauseInsertionCommands, ClauseNestingCommands, ClauseMovingCommands, ClauseSplittingCommands, StructureKeymap, StructureUndoBoundary, WordPaste];
}
