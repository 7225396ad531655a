import type { AnyExtension } from '@tiptap/core';
import { AnnexCommands } from './annex-commands';
import { CoverCommands } from './cover-commands';
import { FigureCommands } from './figure-commands';
import { InlineElementCommands } from './inline-element-commands';
import { NoteCommands } from './note-commands';
import { PreliminaryCommands } from './preliminary-commands';
import { ReferenceCommands } from './reference-commands';
import { TableBlockCommands } from './table-commands';
import { TermCommands } from './term-commands';

/** The typed commands that insert GB/T 1.1 elements; each family lives in its own file. */
export function createElementCommandExtensions(): AnyExtension[] {
  return [NoteCommands, TableBlockCommands, FigureCommands, TermCommands, ReferenceCommands, AnnexCommands, InlineElementCommands, PreliminaryCommands, CoverCommands];
}
