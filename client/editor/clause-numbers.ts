import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { numberDocument } from '../../shared/document/numbering';

export const clauseNumbersPluginKey = new PluginKey<DecorationSet>('clauseNumbers');

function clauseNumberDecorations(document: ProseMirrorNode): DecorationSet {
  const decorations: Decoration[] = [];
  for (const element of numberDocument(document).elements) {
    if (element.kind !== 'clause') continue;
    const titlePosition = element.position + 1;
    const title = document.nodeAt(titlePosition);
    if (!title || title.type.name !== 'clauseTitle') continue;
    decorations.push(
      Decoration.node(titlePosition, titlePosition + title.nodeSize, {
        'data-number': element.label,
        'data-depth': String(element.level - 1),
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
