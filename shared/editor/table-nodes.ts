import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table';
import type { AnyExtension } from '@tiptap/core';
import { defineBlockNode } from './define-block-node';
import { clauseBodyGroup, nodeNames } from './node-names';

/** A numbered table: its title, the grid (header row, merged cells), then table notes and footnotes. */
export const TableBlock = defineBlockNode({
  name: nodeNames.tableBlock,
  group: clauseBodyGroup,
  content: `${nodeNames.tableTitle} ${nodeNames.table} ${nodeNames.tableNote}* ${nodeNames.tableFootnote}*`,
  tag: 'figure',
  isolating: true,
});

export const TableTitle = defineBlockNode({ name: nodeNames.tableTitle, content: 'text*', marks: '', tag: 'figcaption' });

export const TableNote = defineBlockNode({ name: nodeNames.tableNote, content: 'inline*', tag: 'p' });

/** A table footnote; its letter (a, b, …) is derived from order within the table. */
export const TableFootnote = defineBlockNode({ name: nodeNames.tableFootnote, content: 'inline*', tag: 'p' });

export function createTableGridExtensions(): AnyExtension[] {
  return [Table.configure({ resizable: false, allowTableNodeSelection: true }), TableRow, TableHeader, TableCell];
}
