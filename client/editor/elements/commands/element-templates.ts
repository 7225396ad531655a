import type { JSONContent } from '@tiptap/core';
import { nodeNames } from '../../../../shared/editor/node-names';

const emptyParagraph: JSONContent = { type: nodeNames.paragraph };

function textContent(text: string): JSONContent[] | undefined {
  return text ? [{ type: 'text', text }] : undefined;
}

function cell(type: string): JSONContent {
  return { type, content: [emptyParagraph] };
}

export const noteTemplate: JSONContent = { type: nodeNames.note, content: [emptyParagraph] };

export const exampleTemplate: JSONContent = { type: nodeNames.example, content: [emptyParagraph] };

/** A titled table with a 3×3 grid whose first row holds header cells. */
export function tableTemplate(rows = 3, columns = 3): JSONContent {
  const row = (type: string): JSONContent => ({ type: nodeNames.tableRow, content: Array.from({ length: columns }, () => cell(type)) });
  return {
    type: nodeNames.tableBlock,
    content: [
      { type: nodeNames.tableTitle },
      { type: nodeNames.table, content: [row(nodeNames.tableHeader), ...Array.from({ length: rows - 1 }, () => row(nodeNames.tableCell))] },
    ],
  };
}

export const tableNoteTemplate: JSONContent = { type: nodeNames.tableNote };

export const tableFootnoteTemplate: JSONContent = { type: nodeNames.tableFootnote };

export function figureTemplate(imageId: string, alternativeText: string): JSONContent {
  return { type: nodeNames.figure, attrs: { imageId, alternativeText }, content: [{ type: nodeNames.figureTitle }] };
}

export const formulaTemplate: JSONContent = { type: nodeNames.formula, attrs: { numbered: true } };

export const formulaExplanationTemplate: JSONContent = { type: nodeNames.formulaExplanation, content: [emptyParagraph] };

export const termEntryTemplate: JSONContent = {
  type: nodeNames.termEntry,
  content: [{ type: nodeNames.termChinese }, { type: nodeNames.termEnglish }, { type: nodeNames.termDefinition }],
};

export const termSourceTemplate: JSONContent = { type: nodeNames.termSource };

export function referenceEntryTemplate(documentNumber: string, title: string): JSONContent {
  return { type: nodeNames.referenceEntry, attrs: { documentNumber }, content: textContent(title) };
}

export function annexTemplate(normative: boolean): JSONContent {
  return { type: nodeNames.annex, attrs: { normative }, content: [{ type: nodeNames.annexTitle }, emptyParagraph] };
}

export const introductionTemplate: JSONContent = { type: nodeNames.introduction, content: [emptyParagraph] };

export const bibliographyTemplate: JSONContent = { type: nodeNames.bibliography, content: [] };
