import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { Paragraph, Table } from 'docx';
import { nodeNames } from '../../../shared/editor/node-names';
import type { ExportContext } from './export-context';
import { figureParagraphs } from './figure-paragraphs';
import { formulaExplanationParagraphs, formulaParagraph } from './formula-paragraph';
import { exampleParagraphs, noteParagraphs } from './informative-paragraphs';
import { inlineRuns } from './inline-runs';
import { listParagraphs } from './list-paragraphs';
import { bodyParagraph, clauseTitleParagraph } from './paragraph-styles';
import { referenceEntryParagraph } from './reference-entry-paragraph';
import { tableElements } from './table-element';
import { termEntryParagraphs } from './term-entry-paragraphs';

export type BodyElement = Paragraph | Table;

const titleTypes: ReadonlySet<string> = new Set([nodeNames.clauseTitle, nodeNames.annexTitle]);

/** One block of a chapter, clause, annex, 前言 or 引言 body, at its position in the document. */
function blockElements(block: ProseMirrorNode, position: number, context: ExportContext): BodyElement[] {
  // A clause anchors its own title (clauseElements is also called for chapters).
  if (block.type.name === nodeNames.clause) return clauseElements(block, position, context);
  return context.anchored(block, unanchoredBlockElements(block, position, context));
}

function unanchoredBlockElements(block: ProseMirrorNode, position: number, context: ExportContext): BodyElement[] {
  switch (block.type.name) {
    case nodeNames.paragraph:
      return [bodyParagraph(inlineRuns(block, context))];
    case nodeNames.bulletList:
    case nodeNames.orderedList:
      return listParagraphs(block, context);
    case nodeNames.note:
      return noteParagraphs(block, position, context);
    case nodeNames.example:
      return exampleParagraphs(block, position, context);
    case nodeNames.tableBlock:
      return tableElements(block, position, context);
    case nodeNames.figure:
      return figureParagraphs(block, position, context);
    case nodeNames.formula:
      return [formulaParagraph(block, position, context)];
    case nodeNames.formulaExplanation:
      return formulaExplanationParagraphs(block, context);
    case nodeNames.termEntry:
      return termEntryParagraphs(block, position, context);
    case nodeNames.referenceEntry:
      return [referenceEntryParagraph(block, context, null)];
    default:
      return block.isTextblock ? [bodyParagraph(inlineRuns(block, context))] : [];
  }
}

/** The blocks and sub-clauses of a container, its title left to the caller. */
export function bodyElements(container: ProseMirrorNode, containerPosition: number, context: ExportContext): BodyElement[] {
  const elements: BodyElement[] = [];
  container.forEach((child, offset) => {
    if (titleTypes.has(child.type.name)) return;
    elements.push(...blockElements(child, containerPosition + 1 + offset, context));
  });
  return elements;
}

/** A chapter or clause: its derived number and title, then its body. */
export function clauseElements(clause: ProseMirrorNode, position: number, context: ExportContext): BodyElement[] {
  const element = context.elementAt(position);
  return context.anchored(clause, [clauseTitleParagraph(element?.label ?? '', element?.title ?? '', element?.level ?? 1), ...bodyElements(clause, position, context)]);
}
