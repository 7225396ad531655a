import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { crossReferenceText } from '../cross-reference';
import type { DocumentNumbering } from '../numbering';
import { nodeNames } from '../../editor/node-names';
import { comparableKindOf } from './comparable-kind';

/** A run of text, or one cross-reference: compared by its target, shown with the number it has in its own version. */
export interface TextPiece {
  text: string;
  referenceTarget: string | null;
}

/** The text of an element without its sub-elements: one line per block (title, paragraph, cell). */
export interface OwnText {
  lines: TextPiece[][];
  /** Equal exactly when the texts are equal; cross-references count by target, so renumbering a target changes nothing. */
  signature: string;
}

const hardBreakName = 'hardBreak';

function inlinePieces(block: ProseMirrorNode, numbering: DocumentNumbering): TextPiece[] {
  const pieces: TextPiece[] = [];
  block.forEach((child) => {
    const name = child.type.name;
    if (child.isText) pieces.push({ text: child.text ?? '', referenceTarget: null });
    else if (name === nodeNames.crossReference) {
      const target = String(child.attrs.targetId ?? '');
      pieces.push({ text: crossReferenceText(numbering, target) ?? '[?]', referenceTarget: target });
    } else if (name === nodeNames.footnote) pieces.push({ text: `〔${String(child.attrs.text ?? '')}〕`, referenceTarget: null });
    else if (name === hardBreakName) pieces.push({ text: '\n', referenceTarget: null });
    else pieces.push({ text: child.textContent, referenceTarget: null });
  });
  return pieces;
}

function blockLines(block: ProseMirrorNode, numbering: DocumentNumbering, lines: TextPiece[][]): void {
  if (comparableKindOf(block) !== null) return;
  if (block.isTextblock) {
    const pieces = inlinePieces(block, numbering);
    if (block.type.name === nodeNames.referenceEntry) pieces.unshift({ text: `${String(block.attrs.documentNumber ?? '')} `, referenceTarget: null });
    lines.push(pieces);
    return;
  }
  block.forEach((child) => blockLines(child, numbering, lines));
}

function signatureOf(lines: TextPiece[][]): string {
  return lines
    .map((line) => line.map((piece) => (piece.referenceTarget === null ? piece.text : `\u0000${piece.referenceTarget}\u0000`)).join(''))
    .join('\n');
}

/**
 * The own text of a clause, annex, table or term entry: every block in it except sub-clauses, tables and term
 * entries, which are compared on their own (or, without an id, not at all) and must not mark their parent changed.
 */
export function ownTextOf(element: ProseMirrorNode, numbering: DocumentNumbering): OwnText {
  const lines: TextPiece[][] = [];
  if (element.type.name === nodeNames.annex) lines.push([{ text: element.attrs.normative === true ? '(规范性)' : '(资料性)', referenceTarget: null }]);
  element.forEach((child) => blockLines(child, numbering, lines));
  return { lines, signature: signatureOf(lines) };
}

/** The text as printed, blocks separated by line breaks. */
export function displayTextOf(text: OwnText): string {
  return text.lines.map((line) => line.map((piece) => piece.text).join('')).join('\n');
}
