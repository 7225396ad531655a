import * as Y from 'yjs';
import { nodeNames } from '../../shared/editor/node-names';

/** Ids of the clauses (the nearest enclosing clause of each change) that a Yjs transaction changed. */
export function touchedClauseIds(transaction: Y.Transaction): Set<string> {
  const clauseIds = new Set<string>();
  for (const type of transaction.changed.keys()) {
    let current: unknown = type;
    while (current instanceof Y.AbstractType) {
      if (current instanceof Y.XmlElement && current.nodeName === nodeNames.clause) {
        const id = current.getAttribute('id');
        if (typeof id === 'string' && id.length > 0) clauseIds.add(id);
        break;
      }
      current = current.parent;
    }
  }
  return clauseIds;
}
