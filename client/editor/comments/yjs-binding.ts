import type { EditorState } from '@tiptap/pm/state';
import type { relativePositionToAbsolutePosition } from '@tiptap/y-tiptap';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import * as Y from 'yjs';

export type ProseMirrorMapping = Parameters<typeof relativePositionToAbsolutePosition>[3];

/** What resolving a Yjs relative position needs: the document, the bound fragment and the binding's type-to-node map. */
export interface YjsBinding {
  document: Y.Doc;
  fragment: Y.XmlFragment;
  mapping: ProseMirrorMapping;
}

/** The collaboration binding of an editor state, or null before Tiptap's Collaboration extension has bound it. */
export function yjsBindingOf(state: EditorState): YjsBinding | null {
  const syncState: unknown = ySyncPluginKey.getState(state);
  if (typeof syncState !== 'object' || syncState === null || !('binding' in syncState)) return null;
  const binding: unknown = syncState.binding;
  if (typeof binding !== 'object' || binding === null || !('doc' in binding) || !('type' in binding) || !('mapping' in binding)) return null;
  const { doc, type, mapping } = binding;
  if (!(doc instanceof Y.Doc) || !(type instanceof Y.XmlFragment) || !(mapping instanceof Map)) return null;
  return { document: doc, fragment: type, mapping: mapping as ProseMirrorMapping };
}
