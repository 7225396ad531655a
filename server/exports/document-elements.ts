import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { numberDocument, type NumberedElement } from '../../shared/document/numbering';
import { nodeNames } from '../../shared/editor/node-names';

/** Sub-clauses and term entries are elements of their own; a clause's text stops where they start. */
const subdivisionTypes: ReadonlySet<string> = new Set([nodeNames.clause, nodeNames.termEntry]);

/** The clauses, annexes, terms, tables… of one document, by stable id: their derived numbers and their own text. */
export interface DocumentElements {
  numbered(id: string): NumberedElement | undefined;
  /** The element's own text (its title first), one line per block, without its sub-clauses; null when it is gone. */
  text(id: string): string | null;
}

/** A table reads row by row, its cells separated by " | ", rather than one cell per line. */
function tableText(table: ProseMirrorNode): string {
  const rows: string[] = [];
  table.forEach((row) => {
    const cells: string[] = [];
    row.forEach((cell) => cells.push(cell.textBetween(0, cell.content.size, ' ', ' ').trim()));
    rows.push(cells.join(' | '));
  });
  return rows.join('\n');
}

function blockText(block: ProseMirrorNode): string {
  if (block.isTextblock) return block.textContent;
  if (block.type.name === nodeNames.table) return tableText(block);
  const lines: string[] = [];
  block.forEach((child) => {
    const text = blockText(child).trim();
    if (text !== '') lines.push(text);
  });
  return lines.join('\n');
}

function ownText(element: ProseMirrorNode): string {
  const lines: string[] = [];
  element.forEach((child) => {
    if (subdivisionTypes.has(child.type.name)) return;
    const text = blockText(child).trim();
    if (text !== '') lines.push(text);
  });
  return lines.join('\n');
}

export function documentElements(document: ProseMirrorNode): DocumentElements {
  const numbering = numberDocument(document);
  const nodes = new Map<string, ProseMirrorNode>();
  document.descendants((node) => {
    const id: unknown = node.attrs.id;
    if (typeof id === 'string' && id !== '' && !nodes.has(id)) nodes.set(id, node);
    return !node.isTextblock;
  });
  return {
    numbered: (id) => numbering.byId.get(id),
    text(id) {
      const node = nodes.get(id);
      return node ? ownText(node) : null;
    },
  };
}
