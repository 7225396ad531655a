import type { Mappable } from '@tiptap/pm/transform';
import { indexNumberedElements, type DocumentNumbering, type NumberedElement } from '../../../../shared/document/numbering';

/** The same numbering with every position moved through `mapping`; for changes that cannot renumber anything. */
export function mapNumbering(numbering: DocumentNumbering, mapping: Mappable): DocumentNumbering {
  const elements: NumberedElement[] = numbering.elements.map((element) => ({ ...element, position: mapping.map(element.position, 1) }));
  return indexNumberedElements(elements);
}
