import type { Mappable } from '@tiptap/pm/transform';
import type { DocumentNumbering, NumberedElement } from '../../../../shared/document/numbering';

/** The same numbering with every position moved through `mapping`; for changes that cannot renumber anything. */
export function mapNumbering(numbering: DocumentNumbering, mapping: Mappable): DocumentNumbering {
  const elements: NumberedElement[] = numbering.elements.map((element) => ({ ...element, position: mapping.map(element.position, 1) }));
  const byId = new Map<string, NumberedElement>();
  const byPosition = new Map<number, NumberedElement>();
  for (const element of elements) {
    if (element.id && !byId.has(element.id)) byId.set(element.id, element);
    byPosition.set(element.position, element);
  }
  return { elements, byId, byPosition };
}
