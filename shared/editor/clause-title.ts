import { Node, mergeAttributes } from '@tiptap/core';

export const ClauseTitle = Node.create({
  name: 'clauseTitle',
  content: 'text*',
  marks: '',
  defining: true,

  parseHTML() {
    return [{ tag: 'h2[data-type="clause-title"]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['h2', mergeAttributes(HTMLAttributes, { 'data-type': 'clause-title', class: 'nd-clause-title' }), 0];
  },
});
