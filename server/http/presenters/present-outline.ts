import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { OutlineResponse } from '../../../shared/api/document-structure';
import { numberDocument } from '../../../shared/document/numbering';
import { outlineOf } from '../../../shared/document/outline';

export function presentOutline(document: ProseMirrorNode): OutlineResponse {
  return { items: outlineOf(numberDocument(document)).map(({ id, kind, number, title, level }) => ({ id, kind, number, title, level })) };
}
