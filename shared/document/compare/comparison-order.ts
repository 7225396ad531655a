import type { ComparableEntries, ComparableEntry } from './comparable-entries';

/** One entry of the comparison: in the new version (and perhaps the old one), or only in the old one. */
export type OrderedEntry = { from: ComparableEntry | null; to: ComparableEntry } | { from: ComparableEntry; to: null };

/**
 * The entries in the new version's document order, each removed entry placed right after the entry that
 * preceded it in the old version (the nearest one that still exists), or first when nothing preceded it.
 */
export function orderEntries(from: ComparableEntries, to: ComparableEntries): OrderedEntry[] {
  const removedAfter = new Map<string | null, ComparableEntry[]>();
  let anchor: string | null = null;
  for (const entry of from.entries) {
    if (to.byId.has(entry.id)) {
      anchor = entry.id;
      continue;
    }
    const removed = removedAfter.get(anchor) ?? [];
    removed.push(entry);
    removedAfter.set(anchor, removed);
  }
  const ordered: OrderedEntry[] = [];
  const pushRemoved = (anchorId: string | null): void => {
    for (const entry of removedAfter.get(anchorId) ?? []) ordered.push({ from: entry, to: null });
  };
  pushRemoved(null);
  for (const entry of to.entries) {
    ordered.push({ from: from.byId.get(entry.id) ?? null, to: entry });
    pushRemoved(entry.id);
  }
  return ordered;
}
