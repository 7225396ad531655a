import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Decoration } from '@tiptap/pm/view';
import type { DocumentNumbering } from '../../../../shared/document/numbering';
import { nodeNames } from '../../../../shared/editor/node-names';

/** "注：" for a table's only note, "注1：", "注2：" when it has several. */
export function tableNoteDecorations(standard: ProseMirrorNode, numbering: DocumentNumbering): Decoration[] {
  const decorations: Decoration[] = [];
  for (const element of numbering.elements) {
    if (element.kind !== 'table') continue;
    const table = standard.nodeAt(element.position);
    if (!table) continue;
    const notes: Array<{ position: number; size: number }> = [];
    table.forEach((child, offset) => {
      if (child.type.name === nodeNames.tableNote) notes.push({ position: element.position + 1 + offset, size: child.nodeSize });
    });
    notes.forEach((note, index) => {
      const label = notes.length > 1 ? `注${index + 1}：` : '注：';
      decorations.push(Decoration.node(note.position, note.position + note.size, { 'data-number': label }));
    });
  }
  return decorations;
}
