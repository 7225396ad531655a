import * as Y from 'yjs';
import { collaborationFragmentName } from '../../shared/editor/document-extensions';

/** Builds a clause as Tiptap's binding stores it: `clause{id}` › `clauseTitle` › text, then an empty paragraph. */
export function createClauseElement(id: string, title: string): Y.XmlElement {
  const clause = new Y.XmlElement('clause');
  clause.setAttribute('id', id);
  const titleElement = new Y.XmlElement('clauseTitle');
  titleElement.insert(0, [new Y.XmlText(title)]);
  clause.insert(0, [titleElement, new Y.XmlElement('paragraph')]);
  return clause;
}

export function topLevelElements(document: Y.Doc): Y.XmlElement[] {
  return document
    .getXmlFragment(collaborationFragmentName)
    .toArray()
    .filter((node): node is Y.XmlElement => node instanceof Y.XmlElement);
}

/** Moves a top-level clause the way the editor binding does: a copy is inserted and the original deleted, in one transaction. */
export function moveTopLevelElement(document: Y.Doc, fromIndex: number, toIndex: number): void {
  const fragment = document.getXmlFragment(collaborationFragmentName);
  document.transact(() => {
    const element = fragment.get(fromIndex);
    if (!(element instanceof Y.XmlElement)) throw new Error(`nothing to move at ${fromIndex}`);
    const copy = element.clone();
    fragment.delete(fromIndex, 1);
    fragment.insert(toIndex, [copy]);
  });
}
