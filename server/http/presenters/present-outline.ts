import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { OutlineResponse } from '../../../shared/api/document-structure';
import { commentableElementsOf } from '../../../shared/document/element-references';
import { numberDocument } from '../../../shared/document/numbering';
import { outlineOf } from '../../../shared/document/outline';

type OutlineElementKind = OutlineResponse['elements'][number]['kind'];
const elementKinds: ReadonlySet<string> = new Set<OutlineElementKind>(['term', 'table', 'figure', 'formula', 'note', 'example']);

function isOutlineElementKind(kind: string): kind is OutlineElementKind {
  return elementKinds.has(kind);
}

export function presentOutline(document: ProseMirrorNode): OutlineResponse {
  const numbering = numberDocument(document);
  return {
    items: outlineOf(numbering).map(({ id, kind, number, title, level }) => ({ id, kind, number, title, level })),
    elements: commentableElementsOf(document, numbering).flatMap(({ id, kind, reference, title, withinId }) => (isOutlineElementKind(kind) ? [{ id, kind, reference, title, withinId }] : [])),
  };
}
