import type { ComparableEntries } from './comparable-entries';
import { longestIncreasingSubsequence } from './longest-increasing-subsequence';

/**
 * The ids of entries present in both versions that were moved: their parent changed, or their order among the
 * siblings present in both versions under that parent changed. Siblings inserted or deleted before an entry
 * shift its number but not this order, so they never make it moved. Of reordered siblings, the fewest that
 * explain the new order count as moved (those outside a longest run kept in the old order).
 */
export function findMovedEntries(from: ComparableEntries, to: ComparableEntries): Set<string> {
  const moved = new Set<string>();
  const siblingsByParent = new Map<string | null, { ids: string[]; fromOrders: number[] }>();
  for (const entry of to.entries) {
    const previous = from.byId.get(entry.id);
    if (!previous) continue;
    if (previous.parentId !== entry.parentId) {
      moved.add(entry.id);
      continue;
    }
    let siblings = siblingsByParent.get(entry.parentId);
    if (!siblings) {
      siblings = { ids: [], fromOrders: [] };
      siblingsByParent.set(entry.parentId, siblings);
    }
    siblings.ids.push(entry.id);
    siblings.fromOrders.push(previous.order);
  }
  for (const siblings of siblingsByParent.values()) {
    const kept = longestIncreasingSubsequence(siblings.fromOrders);
    if (kept.size === siblings.ids.length) continue;
    siblings.ids.forEach((id, index) => {
      if (!kept.has(index)) moved.add(id);
    });
  }
  return moved;
}
