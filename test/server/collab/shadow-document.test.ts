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

/** "abcdef" typed by client 1 into a text beside the body. */
function stateWithText(): Uint8Array {
  const document = new Y.Doc();
  document.clientID = 1;
  document.getText('notes').insert(0, 'abcdef');
  return Y.encodeStateAsUpdate(document);
}

/**
 * An update (encoding v1) in which client 2 inserts "X" with the given origin (the character it was typed after)
 * and right origin (the one it was typed before). No Yjs client writes these by hand; a forged or corrupted frame can.
 */
function insertionWithOrigins(origin: number, rightOrigin: number): Uint8Array {
  const hasOriginAndRightOriginWithStringContent = 0b1100_0100;
  return Uint8Array.from([1, 1, 2, 0, hasOriginAndRightOriginWithStringContent, 1, origin, 1, rightOrigin, 1, 'X'.charCodeAt(0), 0]);
}

describe('ShadowDocument', () => {
  it('accepts an insertion between its origins, and refuses one whose right origin lies to the left of its origin', () => {
    const state = stateWithText();
    const shadow = new ShadowDocument([state]);
    // Where Yjs puts such an item depends on how the text happens to be split into items, so the live document and
    // the same state reloaded from disk would disagree on where the text is.
    expect(() => shadow.tryApply(insertionWithOrigins(4, 1))).toThrow('an inserted item lies outside its origins');
    const accepted = new ShadowDocument([state]);
    expect(accepted.tryApply(insertionWithOrigins(1, 2)).addsContent).toBe(true);
    const reloaded = new Y.Doc();
    Y.applyUpdate(reloaded, accepted.encodeState());
    expect(reloaded.getText('notes').toString()).toBe('abXcdef');
  });


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
