import { randomUUID } from 'node:crypto';
import { prosemirrorJSONToYDoc } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import type { ExplanatoryStatementFacts } from '../../shared/document/explanatory-statement/explanatory-statement-facts';
import { createExplanatoryStatementDocument } from '../../shared/document/explanatory-statement/explanatory-statement-skeleton';
import { collaborationFragmentName } from '../../shared/editor/document-extensions';
import { documentSchema } from '../documents/document-schema';

/** The Yjs state of a new 编制说明: its chapters and the facts known now, checked against the shared schema. */
export function explanatoryStatementSeedState(facts: ExplanatoryStatementFacts): Uint8Array {
  const json = createExplanatoryStatementDocument(randomUUID, facts);
  documentSchema.nodeFromJSON(json).check();
  const document = prosemirrorJSONToYDoc(documentSchema, json, collaborationFragmentName);
  const state = Y.encodeStateAsUpdate(document);
  document.destroy();
  return state;
}
