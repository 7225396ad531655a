import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

export interface NumberedClause {
  /** Position of the clause node in the document. */
  position: number;
  /** Position of its title node. */
  titlePosition: number;
  number: string;
  depth: number;
}

/** Derives chapter and clause numbers ("4", "4.1", "4.1.1") from document order. */
export function numberClauses(document: ProseMirrorNode): NumberedClause[] {
  const numbered: NumberedClause[] = [];

  function visit(parent: ProseMirrorNode, parentPosition: number, prefix: string, depth: number): void {
    let counter = 0;
    parent.forEach((child, offset) => {
      if (child.type.name !== 'clause') return;
      counter += 1;
      const position = parentPosition + offset;
      const number = prefix ? `${prefix}.${counter}` : String(counter);
      numbered.push({ position, titlePosition: position + 1, number, depth });
      visit(child, position + 1, number, depth + 1);
    });
  }

  visit(document, 0, '', 0);
  return numbered;
}
