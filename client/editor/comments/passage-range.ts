/** Document positions of a commented passage in the live draft. */
export interface PassageRange {
  from: number;
  to: number;
}

export function isInside(range: PassageRange, start: number, end: number): boolean {
  return range.from < range.to && range.from >= start && range.to <= end;
}
