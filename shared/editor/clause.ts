import { Node, mergeAttributes } from '@tiptap/core';

/**
 * A chapter (top level) or a clause (nested). Its number is derived from document order, never stored;
 * its stable `id` attribute comes from the UniqueID extension.
 */
export const Clause = Node.create({
  name: 'clause',
  group: 'section',
  content: 'clauseTitle (paragraph | bulletList | orderedList)* clause*',
  defining: true,

  parseHTML() {
    return [{ tag: 'section[data-type="clause"]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['section', mergeAttributes(HTMLAttributes, { 'data-type': 'clause', class: 'nd-clause' }), 0];
  },
});
