import { getSchema, type JSONContent } from '@tiptap/core';
import type { Node as ProseMirrorNode, Schema } from '@tiptap/pm/model';
import { createDocumentExtensions } from '../../shared/editor/document-extensions';

let schema: Schema | null = null;

export function documentSchema(): Schema {
  schema ??= getSchema(createDocumentExtensions());
  return schema;
}

/** Builds a document through the real schema and checks it against the content expressions. */
export function buildDocument(json: JSONContent): ProseMirrorNode {
  const document = documentSchema().nodeFromJSON(json);
  document.check();
  return document;
}
