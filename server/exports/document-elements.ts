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

function blockText(block: ProseMirrorNode): string {
  return block.isTextblock ? block.textContent : block.textBetween(0, block.content.size, '\n', ' ');
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
