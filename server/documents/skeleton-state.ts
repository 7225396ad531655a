import { randomUUID } from 'node:crypto';
import { prosemirrorJSONToYDoc } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import type { ProjectCoverFacts } from '../../shared/document/project-cover-fields';
import { createSkeletonDocument } from '../../shared/document/skeleton';
import { collaborationFragmentName } from '../../shared/editor/document-extensions';
import { documentSchema as schema } from './document-schema';

/** The Yjs state of a new draft holding the GB/T 1.1 skeleton (and the project's cover), built against the shared schema. */
export function createSkeletonState(project?: ProjectCoverFacts): Uint8Array {
  const json = createSkeletonDocument(randomUUID, project);
  schema.nodeFromJSON(json).check();
  const document = prosemirrorJSONToYDoc(schema, json, collaborationFragmentName);
  const state = Y.encodeStateAsUpdate(document);
  document.destroy();
  return state;
}
