import * as Y from 'yjs';
import { projectCoverFields, type ProjectCoverFacts } from '../../shared/document/project-cover-fields';
import { collaborationFragmentName } from '../../shared/editor/document-extensions';
import { nodeNames } from '../../shared/editor/node-names';

/**
 * Makes the live cover print the project's title, English title, body code and sequence number, inserting a cover
 * at the top when the draft has none. Only changed attributes are written, so an unchanged cover costs no update.
 */
export function assertProjectCover(document: Y.Doc, project: ProjectCoverFacts): void {
  const fragment = document.getXmlFragment(collaborationFragmentName);
  const first = fragment.get(0);
  let cover: Y.XmlElement;
  if (first instanceof Y.XmlElement && first.nodeName === nodeNames.cover) {
    cover = first;
  } else {
    cover = new Y.XmlElement(nodeNames.cover);
    fragment.insert(0, [cover]);
  }
  for (const [field, value] of Object.entries(projectCoverFields(project))) {
    if (cover.getAttribute(field) !== value) cover.setAttribute(field, value);
  }
}
