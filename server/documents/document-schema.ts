import { getSchema } from '@tiptap/core';
import { createDocumentExtensions } from '../../shared/editor/document-extensions';

/** The ProseMirror schema built from the same extension list the browser uses. */
export const documentSchema = getSchema(createDocumentExtensions());
