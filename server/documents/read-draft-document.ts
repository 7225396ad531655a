import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { collaborationFragmentName } from '../../shared/editor/document-extensions';
import type { StoredDocument } from '../db/repos/document-storage';
import { documentSchema } from './document-schema';

/**
 * The draft as ProseMirror nodes, rebuilt from what is on disk: every acknowledged edit is in the snapshot
 * plus the update log, so this is the live document as collaborators have been told it is saved.
 */
export function draftDocumentFromStorage(stored: StoredDocument): ProseMirrorNode {
  const document = new Y.Doc();
  try {
    if (stored.snapshot) Y.applyUpdate(document, stored.snapshot);
    for (const update of stored.updates) Y.applyUpdate(document, update);
    return yXmlFragmentToProseMirrorRootNode(document.getXmlFragment(collaborationFragmentName), documentSchema);
  } finally {
    document.destroy();
  }
}
