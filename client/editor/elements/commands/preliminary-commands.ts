import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { nodeNames } from '../../../../shared/editor/node-names';
import { bibliographyTemplate, introductionTemplate, referenceEntryTemplate } from './element-templates';
import { insertBlockCommand } from './insert-block-command';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    preliminaryCommands: {
      /** 引言, after the 前言, when the document has none yet. */
      insertIntroduction: () => ReturnType;
      /** 参考文献 with one empty entry, at the end, when the document has none yet. */
      insertBibliography: () => ReturnType;
    };
  }
}

function hasChild(document: ProseMirrorNode, typeName: string): boolean {
  let found = false;
  document.forEach((child) => {
    if (child.type.name === typeName) found = true;
  });
  return found;
}

/** After the cover and the 前言, before the first chapter. */
export function introductionPosition(document: ProseMirrorNode): number | null {
  if (hasChild(document, nodeNames.introduction)) return null;
  let position = 0;
  document.forEach((child) => {
    if (child.type.name === nodeNames.cover || child.type.name === nodeNames.foreword) position += child.nodeSize;
  });
  return position;
}

export function bibliographyPosition(document: ProseMirrorNode): number | null {
  return hasChild(document, nodeNames.bibliography) ? null : document.content.size;
}

export const PreliminaryCommands = Extension.create({
  name: 'preliminaryCommands',

  addCommands() {
    return {
      insertIntroduction: () => insertBlockCommand(introductionTemplate, (transaction) => introductionPosition(transaction.doc)),
      insertBibliography: () =>
        insertBlockCommand({ ...bibliographyTemplate, content: [referenceEntryTemplate('', '')] }, (transaction) => bibliographyPosition(transaction.doc)),
    };
  },
});
