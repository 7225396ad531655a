import type { ClauseComparison } from '../../../shared/api/versions';

export type TextChange = ClauseComparison['textChanges'][number];

export interface ShownChange {
  kind: TextChange['kind'] | 'omitted';
  text: string;
}

/** How much unchanged text stays visible on each side of a change. */
const context = 40;

/** Long unchanged stretches are cut down to their ends, so each change is seen with just enough text around it. */
export function condensedChanges(changes: readonly TextChange[]): ShownChange[] {
  const shown: ShownChange[] = [];
  changes.forEach((change, index) => {
    const characters = Array.from(change.text);
    const isFirst = index === 0;
    const isLast = index === changes.length - 1;
    const kept = (isFirst ? 0 : context) + (isLast ? 0 : context);
    if (change.kind !== 'equal' || characters.length <= kept + context) {
      shown.push(change);
      return;
    }
    const head = isFirst ? '' : characters.slice(0, context).join('');
    const tail = isLast ? '' : characters.slice(characters.length - context).join('');
    if (head) shown.push({ kind: 'equal', text: head });
    shown.push({ kind: 'omitted', text: '…' });
    if (tail) shown.push({ kind: 'equal', text: tail });
  });
  return shown;
}
