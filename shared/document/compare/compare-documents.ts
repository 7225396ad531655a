import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { ClauseComparison, ComparisonResponse } from '../../api/versions';
import { collectComparableEntries, type ComparableEntry } from './comparable-entries';
import { orderEntries } from './comparison-order';
import { summarizeComparison } from './comparison-summary';
import { findMovedEntries } from './moved-entries';
import { textChangesBetween, wholeTextChange } from './text-changes';

function addedEntry(entry: ComparableEntry): ClauseComparison {
  return { id: entry.id, kind: entry.kind, change: 'added', fromNumber: null, toNumber: entry.number, title: entry.title, textChanged: true, textChanges: wholeTextChange(entry.text, 'insert') };
}

function removedEntry(entry: ComparableEntry): ClauseComparison {
  return { id: entry.id, kind: entry.kind, change: 'removed', fromNumber: entry.number, toNumber: null, title: entry.title, textChanged: true, textChanges: wholeTextChange(entry.text, 'delete') };
}

function keptEntry(from: ComparableEntry, to: ComparableEntry, moved: boolean): ClauseComparison {
  const textChanged = from.text.signature !== to.text.signature;
  const renumbered = from.number !== to.number;
  const change = moved ? 'moved' : textChanged ? 'changed' : renumbered ? 'renumbered' : 'unchanged';
  return {
    id: to.id,
    kind: to.kind,
    change,
    fromNumber: from.number,
    toNumber: to.number,
    title: to.title,
    textChanged,
    textChanges: textChanged ? textChangesBetween(from.text, to.text) : [],
  };
}

/**
 * Compares two versions entry by entry (clauses, annexes, tables, term entries), matched by stable id.
 * Each entry gets one change, the first that applies of added/removed, moved, changed, renumbered, unchanged;
 * `textChanged` tells separately whether its own text differs. `textChanges` is empty when the text did not change.
 */
export function compareDocuments(from: ProseMirrorNode, to: ProseMirrorNode): ComparisonResponse {
  const fromEntries = collectComparableEntries(from);
  const toEntries = collectComparableEntries(to);
  const moved = findMovedEntries(fromEntries, toEntries);
  const clauses = orderEntries(fromEntries, toEntries).map((entry) => {
    if (entry.to === null) return removedEntry(entry.from);
    if (entry.from === null) return addedEntry(entry.to);
    return keptEntry(entry.from, entry.to, moved.has(entry.to.id));
  });
  return { summary: summarizeComparison(clauses), clauses };
}
