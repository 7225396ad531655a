import type { AnyExtension } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import UniqueID from '@tiptap/extension-unique-id';
import { Clause } from './clause';
import { ClauseTitle } from './clause-title';
import { Foreword } from './foreword';
import { StandardDocument } from './standard-document';

export const stableIdentifierAttribute = 'id';
export const nodeTypesWithStableIdentifiers = ['clause'];

/** The one extension list that defines the schema; the browser adds collaboration on top, the server uses it as is. */
export function createDocumentExtensions(): AnyExtension[] {
  return [
    StarterKit.configure({
      document: false,
      heading: false,
      codeBlock: false,
      code: false,
      blockquote: false,
      horizontalRule: false,
      link: false,
      undoRedo: false,
      trailingNode: false,
    }),
    StandardDocument,
    Foreword,
    Clause,
    ClauseTitle,
    UniqueID.configure({
      types: nodeTypesWithStableIdentifiers,
      attributeName: stableIdentifierAttribute,
    }),
  ];
}

/** The Yjs XML fragment that Tiptap's Collaboration extension binds to. */
export const collaborationFragmentName = 'default';
