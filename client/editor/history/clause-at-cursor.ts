import type { EditorState } from '@tiptap/pm/state';
import { derivedNumbering } from '../elements/numbering/derived-numbers';
import { currentClauseContainer } from '../structure/clause-location';

export interface ClauseAtCursor {
  id: string;
  /** "4.1 一般要求", "附录A 试验方法": how the clause is named in the standard itself. */
  name: string;
}

/** The chapter, clause or annex holding the cursor, with its derived number; null outside them. */
export function clauseAtCursor(state: EditorState): ClauseAtCursor | null {
  const id: unknown = currentClauseContainer(state.selection)?.node.attrs.id;
  if (typeof id !== 'string' || id === '') return null;
  const numbered = derivedNumbering(state).byId.get(id);
  const name = numbered ? [numbered.label, numbered.title].filter((part) => part !== '').join(' ') : '';
  return { id, name };
}
