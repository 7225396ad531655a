import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { documentNameForStandard } from '../../shared/collab/document-name';
import type { Database } from '../db/client';
import { readStoredDocument } from '../db/repos/document-storage';
import { draftDocumentFromStorage } from '../documents/read-draft-document';

/** The live draft of a standard as a ProseMirror document; authorization is the caller's job. */
export function readLiveDraft(database: Database, standardId: string): ProseMirrorNode {
  return draftDocumentFromStorage(readStoredDocument(database, documentNameForStandard(standardId)));
}
