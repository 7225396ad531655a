import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ShadowDocument } from '../../../server/collab/shadow-document';
import { draftDocumentFromStorage } from '../../../server/documents/read-draft-document';
import { collaborationFragmentName } from '../../../shared/editor/document-extensions';
import { createClauseElement } from '../../helpers/yjs-clauses';

function stateWithOneClause(): Uint8Array {
  const document = new Y.Doc();
  document.getXmlFragment(collaborationFragmentName).insert(0, [createClauseElement('clause-1', '范围')]);
  return Y.encodeStateAsUpdate(document);
}

/** An update from a client that shares the state, built by `change` on its copy. */
function updateFrom(state: Uint8Array, change: (document: Y.Doc) => void): Uint8Array {
  const client = new Y.Doc();
  Y.applyUpdate(client, state);
  const before = Y.encodeStateVector(client);
  change(client);
  return Y.encodeStateAsUpdate(client, before);
}

describe('ShadowDocument', () => {
  it('refuses an update that puts text or plain values at the top level of the draft body, which no conversion can read', () => {
    const state = stateWithOneClause();
    for (const change of [
      (document: Y.Doc) => document.getXmlFragment(collaborationFragmentName).insert(1, [new Y.XmlText('loose text')]),
      (document: Y.Doc) => document.getArray(collaborationFragmentName).insert(1, ['a plain string']),
    ]) {
      const poisoned = updateFrom(state, change);
      const unguarded = new Y.Doc();
      Y.applyUpdate(unguarded, state);
      Y.applyUpdate(unguarded, poisoned);
      expect(() => draftDocumentFromStorage({ snapshot: Y.encodeStateAsUpdate(unguarded), updates: [], lastUpdateId: null })).toThrow();
      expect(() => new ShadowDocument([state]).tryApply(poisoned)).toThrow('the draft body may only hold elements');
    }
  });

  it('accepts elements at the top level and text inside them', () => {
    const state = stateWithOneClause();
    const update = updateFrom(state, (document) => {
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText('正文')]);
      document.getXmlFragment(collaborationFragmentName).insert(1, [paragraph]);
    });
    expect(new ShadowDocument([state]).tryApply(update).addsContent).toBe(true);
  });
});
