import type { Editor } from '@tiptap/core';
import type { MessageKey } from '../../../i18n/chinese';

/** Elements that need more input than a click before they can be inserted. */
export type InsertDialog = 'figure' | 'footnote' | 'reference' | 'crossReference';

export interface InsertItem {
  /** Also the suffix of the item's `data-testid`: `insert-${id}`. */
  id: string;
  label: MessageKey;
  hint: MessageKey;
  group: 'body' | 'inline' | 'sections';
  /** Whether the element can go where the cursor is. */
  available: (editor: Editor) => boolean;
  /** Inserts right away; items without it open their dialog. */
  insert?: (editor: Editor) => boolean;
  dialog?: InsertDialog;
}

const probeId = 'probe';

export const insertItems: InsertItem[] = [
  { id: 'note', label: 'insertNote', hint: 'insertNoteHint', group: 'body', available: (editor) => editor.can().insertNote(), insert: (editor) => editor.chain().focus().insertNote().run() },
  { id: 'example', label: 'insertExample', hint: 'insertExampleHint', group: 'body', available: (editor) => editor.can().insertExample(), insert: (editor) => editor.chain().focus().insertExample().run() },
  { id: 'table', label: 'insertTable', hint: 'insertTableHint', group: 'body', available: (editor) => editor.can().insertStandardTable(), insert: (editor) => editor.chain().focus().insertStandardTable().run() },
  { id: 'figure', label: 'insertFigure', hint: 'insertFigureHint', group: 'body', available: (editor) => editor.can().insertFigure({ imageId: probeId, alternativeText: '' }), dialog: 'figure' },
  { id: 'formula', label: 'insertFormula', hint: 'insertFormulaHint', group: 'body', available: (editor) => editor.can().insertFormula(), insert: (editor) => editor.chain().focus().insertFormula().run() },
  {
    id: 'formula-explanation',
    label: 'insertFormulaExplanation',
    hint: 'insertFormulaExplanationHint',
    group: 'body',
    available: (editor) => editor.can().insertFormulaExplanation(),
    insert: (editor) => editor.chain().focus().insertFormulaExplanation().run(),
  },
  { id: 'bullet-list', label: 'insertBulletList', hint: 'insertBulletListHint', group: 'body', available: (editor) => editor.can().toggleBulletList(), insert: (editor) => editor.chain().focus().toggleBulletList().run() },
  { id: 'ordered-list', label: 'insertOrderedList', hint: 'insertOrderedListHint', group: 'body', available: (editor) => editor.can().toggleOrderedList(), insert: (editor) => editor.chain().focus().toggleOrderedList().run() },
  { id: 'footnote', label: 'insertFootnote', hint: 'insertFootnoteHint', group: 'inline', available: (editor) => editor.can().insertFootnote(probeId), dialog: 'footnote' },
  { id: 'cross-reference', label: 'insertCrossReference', hint: 'insertCrossReferenceHint', group: 'inline', available: (editor) => editor.can().insertCrossReference(probeId), dialog: 'crossReference' },
  { id: 'term', label: 'insertTerm', hint: 'insertTermHint', group: 'sections', available: (editor) => editor.can().insertTermEntry(), insert: (editor) => editor.chain().focus().insertTermEntry().run() },
  { id: 'reference', label: 'insertReference', hint: 'insertReferenceHint', group: 'sections', available: () => true, dialog: 'reference' },
  { id: 'annex', label: 'insertAnnex', hint: 'insertAnnexHint', group: 'sections', available: (editor) => editor.can().insertAnnex({ normative: false }), insert: (editor) => editor.chain().focus().insertAnnex({ normative: false }).run() },
  { id: 'introduction', label: 'insertIntroduction', hint: 'insertIntroductionHint', group: 'sections', available: (editor) => editor.can().insertIntroduction(), insert: (editor) => editor.chain().focus().insertIntroduction().run() },
  { id: 'bibliography', label: 'insertBibliography', hint: 'insertBibliographyHint', group: 'sections', available: (editor) => editor.can().insertBibliography(), insert: (editor) => editor.chain().focus().insertBibliography().run() },
];

export const insertGroups: Array<{ id: InsertItem['group']; label: MessageKey }> = [
  { id: 'body', label: 'insertGroupBody' },
  { id: 'inline', label: 'insertGroupInline' },
  { id: 'sections', label: 'insertGroupSections' },
];
