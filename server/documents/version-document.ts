import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { collaborationFragmentName } from '../../shared/editor/document-extensions';
import { documentSchema } from './document-schema';

/** The document of a frozen version, exactly as it was frozen. */
export function documentOfVersionState(state: Uint8Array): ProseMirrorNode {
  const document = new Y.Doc();
  try {
    Y.applyUpdate(document, state);
    return yXmlFragmentToProseMirrorRootNode(document.getXmlFragment(collaborationFragmentName), documentSchema);
  } finally {
    document.destroy();
  }
}
