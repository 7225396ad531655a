import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { DocumentNumbering, NumberedElement } from '../../../../shared/document/numbering';
import { annexHeadingWidget } from './annex-heading-widget';
import { crossReferenceDecorations } from './cross-reference-decorations';
import { derivedLabelSpec } from './derived-label';
import type { DerivedTexts } from './derived-texts';
import { forewordSentencesWidget } from './foreword-sentences-widget';
import { tableNoteDecorations } from './table-note-decorations';

function onNode(standard: ProseMirrorNode, position: number, attributes: Record<string, string>): Decoration | null {
  const node = standard.nodeAt(position);
  return node ? Decoration.node(position, position + node.nodeSize, attributes) : null;
}

/** The title is the first child; its decoration carries the number that CSS prints before it. */
function onTitle(standard: ProseMirrorNode, element: NumberedElement, attributes: Record<string, string>): Decoration | null {
  return onNode(standard, element.position + 1, attributes);
}

function elementDecorations(standard: ProseMirrorNode, element: NumberedElement, texts: DerivedTexts): Decoration[] {
  const label = element.label;
  switch (element.kind) {
    case 'clause':
      return [onTitle(standard, element, { 'data-number': label, 'data-depth': String(element.level - 1) })].filter((decoration) => decoration !== null);
    case 'annex': {
      const annex = standard.nodeAt(element.position);
      return annex ? [annexHeadingWidget(element.position, label, annex.attrs.normative === true, texts)] : [];
    }
    case 'table':
    case 'figure':
      return [onTitle(standard, element, { 'data-number': label })].filter((decoration) => decoration !== null);
    case 'formula':
    case 'term':
    case 'note':
    case 'example':
    case 'tableFootnote':
      return [onNode(standard, element.position, { 'data-number': label })].filter((decoration) => decoration !== null);
    case 'footnote': {
      const footnote = Decoration.node(element.position, element.position + 1, { title: element.title }, derivedLabelSpec(label));
      return [footnote];
    }
    default:
      return [];
  }
}

/** Every derived number, label and generated sentence of the document as decorations; nothing is stored. */
export function numberDecorations(standard: ProseMirrorNode, numbering: DocumentNumbering, texts: DerivedTexts): DecorationSet {
  const decorations: Decoration[] = [];
  for (const element of numbering.elements) decorations.push(...elementDecorations(standard, element, texts));
  decorations.push(...tableNoteDecorations(standard, numbering));
  decorations.push(...crossReferenceDecorations(standard, numbering, texts));
  const foreword = forewordSentencesWidget(standard, texts);
  if (foreword) decorations.push(foreword);
  return DecorationSet.create(standard, decorations);
}
