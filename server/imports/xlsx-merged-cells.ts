import { DomainError } from '../errors';
import { columnOfReference, largestColumn } from './xlsx-sheet-rows';

/** Far above any real template, low enough that looking merges up costs nothing. */
const maximumMergedRanges = 10_000;
const maximumMergedCellsRead = 100_000;

const mergeCellPattern = /<(?:[^\s<>/:]+:)?mergeCell\s[^>]*?ref\s*=\s*["']([A-Za-z]{1,3}\d{1,7})(?::([A-Za-z]{1,3}\d{1,7}))?["']/g;

function positionOf(reference: string): { row: number; column: number } {
  return { row: Number.parseInt(reference.replace(/^[A-Za-z]+/, ''), 10), column: columnOfReference(reference) ?? 1 };
}

export function cellKey(row: number, column: number): number {
  return row * (largestColumn + 1) + column;
}

/** Where the cells of merged ranges take their text from: each covered cell of the read columns, by cell key, to its range's top-left cell. */
export interface MergedCells {
  masterOf: ReadonlyMap<number, number>;
  masters: ReadonlySet<number>;
}

/**
 * The merged ranges of a worksheet part (they follow the rows), limited to the columns the import reads. A file whose
 * merges would cover more cells of those columns than any template does is refused rather than expanded.
 */
export function mergedCellsOf(xml: string, readColumns: readonly number[]): MergedCells {
  const masterOf = new Map<number, number>();
  const masters = new Set<number>();
  let ranges = 0;
  mergeCellPattern.lastIndex = 0;
  for (let match = mergeCellPattern.exec(xml); match; match = mergeCellPattern.exec(xml)) {
    ranges += 1;
    if (ranges > maximumMergedRanges) throw new DomainError('upload_rejected', `The worksheet has more than ${maximumMergedRanges} merged ranges, which no commenting template has.`);
    const first = positionOf(match[1] ?? '');
    const last = positionOf(match[2] ?? match[1] ?? '');
    const master = cellKey(first.row, first.column);
    for (const column of readColumns) {
      if (column < first.column || column > last.column) continue;
      for (let row = first.row; row <= last.row; row += 1) {
        if (row === first.row && column === first.column) continue;
        masterOf.set(cellKey(row, column), master);
        masters.add(master);
        if (masterOf.size > maximumMergedCellsRead) throw new DomainError('upload_rejected', 'The merged ranges of the worksheet cover more cells than any commenting template has.');
      }
    }
  }
  return { masterOf, masters };
}
