import { Extension } from '@tiptap/core';
import { cleanWordHtml } from './word-paste';

/** Pasting from Word keeps paragraphs and lists and drops Word's styles, comments and markup. */
export const WordPaste = Extension.create({
  name: 'wordPaste',

  transformPastedHTML(html) {
    return cleanWordHtml(html);
  },
});
