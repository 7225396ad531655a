import type { StructureAction } from '../structure/structure-shortcuts';
import { structureKeys } from '../structure/structure-shortcuts';

export type OutlineKeyAction = Extract<StructureAction, 'promoteClause' | 'demoteClause' | 'moveClauseUp' | 'moveClauseDown'>;

const outlineKeyActions: OutlineKeyAction[] = ['promoteClause', 'demoteClause', 'moveClauseUp', 'moveClauseDown'];

type KeyPress = Pick<KeyboardEvent, 'key' | 'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey'>;

function matches(event: KeyPress, key: string, macOS: boolean): boolean {
  const parts = key.split('-');
  const name = parts.pop();
  const control = parts.includes('Ctrl') || (!macOS && parts.includes('Mod'));
  const meta = macOS && parts.includes('Mod');
  return (
    event.key === name &&
    event.altKey === parts.includes('Alt') &&
    event.shiftKey === parts.includes('Shift') &&
    event.ctrlKey === control &&
    event.metaKey === meta
  );
}

/** The editor's own promote, demote and move keys also work on a focused outline line. */
export function outlineKeyAction(event: KeyPress, macOS: boolean): OutlineKeyAction | null {
  const keys = structureKeys(macOS);
  return outlineKeyActions.find((action) => matches(event, keys[action], macOS)) ?? null;
}
