import type { EditorState } from '@tiptap/pm/state';
import { nodeNames } from '../../../../shared/editor/node-names';
import { enclosingNode } from '../commands/enclosing-node';

export interface SelectionContext {
  inTable: boolean;
  inTerm: boolean;
  /** The document number of the reference entry holding the cursor, or null outside one. */
  referenceNumber: string | null;
  /** Whether the annex holding the cursor is normative, or null outside an annex. */
  annexNormative: boolean | null;
}

/** Which contextual tools apply where the cursor is. */
export function selectionContext(state: EditorState): SelectionContext {
  const { $from } = state.selection;
  const reference = enclosingNode($from, nodeNames.referenceEntry);
  const annex = enclosingNode($from, nodeNames.annex);
  return {
    inTable: enclosingNode($from, nodeNames.tableBlock) !== null,
    inTerm: enclosingNode($from, nodeNames.termEntry) !== null,
    referenceNumber: reference ? String(reference.node.attrs.documentNumber ?? '') : null,
    annexNormative: annex ? annex.node.attrs.normative === true : null,
  };
}
