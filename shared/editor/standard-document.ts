import { Node } from '@tiptap/core';

/** The document root: an optional 前言 followed by the chapters. */
export const StandardDocument = Node.create({
  name: 'doc',
  topNode: true,
  content: 'foreword? clause+',
});
