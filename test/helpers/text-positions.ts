import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

/** Where a text first occurs in a document, as ProseMirror positions (what a reader's selection sends). */
export function positionsOfText(document: ProseMirrorNode, text: string): { from: number; to: number } {
  let found: { from: number; to: number } | null = null;
  document.descendants((node, position) => {
    const index = node.isText ? (node.text ?? '').indexOf(text) : -1;
    if (found === null && index >= 0) found = { from: position + index, to: position + index + text.length };
    return found === null;
  });
  if (found === null) throw new Error(`"${text}" is not in the document`);
  return found;
}

/** The position of the node with this stable id. */
export function positionOfId(document: ProseMirrorNode, id: string): number {
  let found = -1;
  document.descendants((node, position) => {
    if (found < 0 && node.attrs.id === id) found = position;
    return found < 0;
  });
  if (found < 0) throw new Error(`no node ${id}`);
  return found;
}
