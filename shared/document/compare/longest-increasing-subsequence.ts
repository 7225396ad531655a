/**
 * The indexes into `values` of one longest strictly increasing subsequence, in O(n log n) (patience sorting).
 * Of several equally long ones it returns the one ending in the smallest values.
 */
export function longestIncreasingSubsequence(values: readonly number[]): Set<number> {
  const tailIndexes: number[] = [];
  const predecessors = new Array<number>(values.length).fill(-1);
  values.forEach((value, index) => {
    let low = 0;
    let high = tailIndexes.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((values[tailIndexes[middle] ?? 0] ?? 0) < value) low = middle + 1;
      else high = middle;
    }
    if (low > 0) predecessors[index] = tailIndexes[low - 1] ?? -1;
    tailIndexes[low] = index;
  });
  const kept = new Set<number>();
  let index = tailIndexes[tailIndexes.length - 1] ?? -1;
  while (index >= 0) {
    kept.add(index);
    index = predecessors[index] ?? -1;
  }
  return kept;
}
