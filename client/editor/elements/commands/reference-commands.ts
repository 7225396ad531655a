import type { Command } from '@tiptap/core';
import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';
import { nodeNames } from '../../../../shared/editor/node-names';
import { bodyInsertionPosition, insertBlockAndFocus, unitBodyEnd } from './body-insertion';
import { bibliographyTemplate, referenceEntryTemplate } from './element-templates';
import { enclosingNode } from './enclosing-node';
import { findChapter, isInsideChapter, normativeReferencesChapterTitle } from './find-chapter';

/** 规范性引用文件 (chapter 2) or 参考文献 (after the annexes). */
export type ReferenceDestination = 'normative' | 'bibliography';

export interface NewReference {
  documentNumber: string;
  title: string;
  destination: ReferenceDestination;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    referenceCommands: {
      insertReferenceEntry: (reference: NewReference) => ReturnType;
      /** Changes the document number of the reference entry holding the cursor. */
      setReferenceDocumentNumber: (documentNumber: string) => ReturnType;
    };
  }
}

function normativePosition(transaction: Transaction, entry: ProseMirrorNode): number | null {
  const chapter = findChapter(transaction.doc, normativeReferencesChapterTitle);
  if (chapter === null) return bodyInsertionPosition(transaction.selection.$to, entry);
  if (isInsideChapter(transaction.selection.$to, chapter)) return bodyInsertionPosition(transaction.selection.$to, entry) ?? unitBodyEnd(transaction.doc, chapter);
  return unitBodyEnd(transaction.doc, chapter);
}

function bibliographyPosition(document: ProseMirrorNode): number | null {
  const last = document.lastChild;
  return last?.type.name === nodeNames.bibliography ? document.content.size - 1 : null;
}

function insertReference(reference: NewReference): Command {
  return ({ tr, dispatch }) => {
    const schema = tr.doc.type.schema;
    const entry = schema.nodeFromJSON(referenceEntryTemplate(reference.documentNumber.trim(), reference.title.trim()));
    if (reference.destination === 'normative') {
      const position = normativePosition(tr, entry);
      if (position === null) return false;
      if (dispatch) insertBlockAndFocus(tr, position, entry);
      return true;
    }
    const existing = bibliographyPosition(tr.doc);
    if (dispatch) {
      if (existing !== null) insertBlockAndFocus(tr, existing, entry);
      else insertBlockAndFocus(tr, tr.doc.content.size, schema.nodeFromJSON({ ...bibliographyTemplate, content: [entry.toJSON()] }));
    }
    return true;
  };
}

export const ReferenceCommands = Extension.create({
  name: 'referenceCommands',

  addCommands() {
    return {
      insertReferenceEntry: (reference) => insertReference(reference),
      setReferenceDocumentNumber:
        (documentNumber) =>
        ({ tr, dispatch }) => {
          const entry = enclosingNode(tr.selection.$from, nodeNames.referenceEntry);
          if (!entry) return false;
          if (dispatch) tr.setNodeAttribute(entry.position, 'documentNumber', documentNumber);
          return true;
        },
    };
  },
});
