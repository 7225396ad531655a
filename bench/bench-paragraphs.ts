import * as Y from 'yjs';
import { collaborationFragmentName } from '../shared/editor/document-extensions';
import { nodeNames } from '../shared/editor/node-names';

/** Appends one clause per id, each with a paragraph holding an empty text, as the editor binding would store it. */
export function appendBenchClauses(document: Y.Doc, clauseIds: string[]): void {
  const fragment = document.getXmlFragment(collaborationFragmentName);
  const clauses = clauseIds.map((id) => {
    const clause = new Y.XmlElement(nodeNames.clause);
    clause.setAttribute('id', id);
    const title = new Y.XmlElement(nodeNames.clauseTitle);
    title.insert(0, [new Y.XmlText(`基准条款 ${id}`)]);
    const paragraph = new Y.XmlElement(nodeNames.paragraph);
    paragraph.insert(0, [new Y.XmlText()]);
    clause.insert(0, [title, paragraph]);
    return clause;
  });
  document.transact(() => fragment.insert(fragment.length, clauses));
}

/** The text of the paragraph of the top-level clause with this id. */
export function benchParagraphText(document: Y.Doc, clauseId: string): Y.XmlText {
  for (const node of document.getXmlFragment(collaborationFragmentName).toArray()) {
    if (!(node instanceof Y.XmlElement) || node.getAttribute('id') !== clauseId) continue;
    const paragraph = node.get(1);
    const text = paragraph instanceof Y.XmlElement ? paragraph.get(0) : null;
    if (text instanceof Y.XmlText) return text;
  }
  throw new Error(`no bench clause ${clauseId}`);
}
