import { Node, mergeAttributes } from '@tiptap/core';

/** 前言: unnumbered, paragraphs only; its heading is printed by the renderer, never typed. */
export const Foreword = Node.create({
  name: 'foreword',
  group: 'section',
  content: 'paragraph+',
  defining: true,
  isolating: true,

  parseHTML() {
    return [{ tag: 'section[data-type="foreword"]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['section', mergeAttributes(HTMLAttributes, { 'data-type': 'foreword', class: 'nd-foreword' }), 0];
  },
});
