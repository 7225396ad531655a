import type { ClauseComparison } from '../../api/versions';

export type TextChange = ClauseComparison['textChanges'][number];

/** Equal runs this short between two changes are folded into them: "应在规定" → "宜在指定" reads as one replacement. */
const longestFoldedEqualRun = 2;

function isFoldable(changes: readonly TextChange[], index: number): boolean {
  const change = changes[index];
  if (!change || change.kind !== 'equal' || change.text.includes('\n')) return false;
  if (Array.from(change.text).length > longestFoldedEqualRun) return false;
  const before = changes[index - 1];
  const after = changes[index + 1];
  return before !== undefined && before.kind !== 'equal' && after !== undefined && after.kind !== 'equal';
}

/**
 * Makes a raw diff readable: folds tiny equal runs caught between changes into a deletion and an insertion,
 * then joins neighbouring changes so each changed stretch is one deletion followed by one insertion.
 */
export function coalesceTextChanges(changes: readonly TextChange[]): TextChange[] {
  const result: TextChange[] = [];
  let deleted = '';
  let inserted = '';
  const flush = (): void => {
    if (deleted !== '') result.push({ kind: 'delete', text: deleted });
    if (inserted !== '') result.push({ kind: 'insert', text: inserted });
    deleted = '';
    inserted = '';
  };
  changes.forEach((change, index) => {
    if (change.text === '') return;
    if (change.kind === 'delete') deleted += change.text;
    else if (change.kind === 'insert') inserted += change.text;
    else if (isFoldable(changes, index)) {
      deleted += change.text;
      inserted += change.text;
    } else {
      flush();
      const last = result[result.length - 1];
      if (last?.kind === 'equal') last.text += change.text;
      else result.push({ kind: 'equal', text: change.text });
    }
  });
  flush();
  return result;
}
