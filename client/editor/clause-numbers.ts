import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { numberClauses } from '../../shared/document/clause-numbers';

export const clauseNumbersPluginKey = new PluginKey<DecorationSet>('clauseNumbers');

function clauseNumberDecorations(document: ProseMirrorNode): DecorationSet {
  const decorations: Decoration[] = [];
  for (const clause of numberClauses(document)) {
    const title = document.nodeAt(clause.titlePosition);
    if (!title || title.type.name !== 'clauseTitle') continue;
    decorations.push(
      Decoration.node(clause.titlePosition, clause.titlePosition + title.nodeSize, {
        'data-number': clause.number,
        'data-depth': String(clause.depth),
      }),
    );
  }
  return DecorationSet.create(document, decorations);
}

/** Shows the derived clause numbers ("4", "4.1") on clause titles; numbers are never stored in the document. */
export const ClauseNumbers = Extension.create({
  name: 'clauseNumbers',

  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key: clauseNumbersPluginKey,
        state: {
          init: (_configuration, state) => clauseNumberDecorations(state.doc),
          apply: (transaction, previous) =>
            transaction.docChanged ? clauseNumberDecorations(transaction.doc) : previous,
        },
        props: {
          decorations: (state) => clauseNumbersPluginKey.getState(state),
        },
      }),
    ];
  },
});
