import type { DropPlacement } from '../structure/move-clause';
import type { OutlineKind } from '../../../shared/document/outline';

/** The share of an outline line, at its top and at its bottom, that means "before" and "after". */
const edgeShare = 0.3;

/**
 * Where a clause dragged over an outline line would land: the top edge of a clause line puts it before that
 * clause, the bottom edge after it (after its sub-clauses too), the middle makes it the last sub-clause.
 * An annex only takes clauses inside; 前言, 引言 and 参考文献 take none.
 */
export function dropPlacement(pointerOffset: number, lineHeight: number, targetKind: OutlineKind): DropPlacement | null {
  if (targetKind === 'annex') return 'inside';
  if (targetKind !== 'clause') return null;
  if (pointerOffset < lineHeight * edgeShare) return 'before';
  if (pointerOffset > lineHeight * (1 - edgeShare)) return 'after';
  return 'inside';
}
