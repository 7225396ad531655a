import * as Y from 'yjs';

function holds(struct: Y.Item, id: Y.ID): boolean {
  return struct.id.client === id.client && struct.id.clock <= id.clock && id.clock < struct.id.clock + struct.length;
}

/** An item lies after its origin (the item it was typed after) and before its right origin (the one it was typed before). */
function liesBetweenItsOrigins(item: Y.Item): boolean {
  const { origin, rightOrigin } = item;
  if (origin !== null) {
    let left = item.left;
    while (left !== null && !holds(left, origin)) left = left.left;
    if (left === null) return false;
  }
  if (rightOrigin !== null) {
    let right = item.right;
    while (right !== null && !holds(right, rightOrigin)) right = right.right;
    if (right === null) return false;
  }
  return true;
}

/**
 * Every client writes an item between its origins. An item whose right origin lies to the left of its origin, or in
 * another list, still integrates, but where it lands depends on how the list happens to be split into items: the
 * live document and the same state reloaded from disk disagree on where the text is. Items that set a map entry
 * have no place in a list and are not checked.
 *
 * Runs in 'afterTransaction', before Yjs merges the transaction's items with their neighbours.
 */
export function insertedItemsLieBetweenTheirOrigins(transaction: Y.Transaction): boolean {
  for (const [client, clockAfter] of transaction.afterState) {
    const clockBefore = transaction.beforeState.get(client) ?? 0;
    if (clockAfter === clockBefore) continue;
    const structs = transaction.doc.store.clients.get(client) ?? [];
    for (let index = Y.findIndexSS(structs, clockBefore); index < structs.length; index += 1) {
      const struct = structs[index];
      if (struct instanceof Y.Item && struct.parentSub === null && !liesBetweenItsOrigins(struct)) return false;
    }
  }
  return true;
}
