import type { Mark, Node as ProseMirrorNode } from '@tiptap/pm/model';
import { FootnoteReferenceRun, InternalHyperlink, Paragraph, TextRun, type ParagraphChild } from 'docx';
import { crossReferenceText } from '../../../shared/document/cross-reference';
import { nodeNames } from '../../../shared/editor/node-names';
import type { ExportContext } from './export-context';
import { characterWidth, fontSizes, heiFonts, songFonts } from './layout-measures';

export interface RunStyle {
  size?: number;
  /** 黑体 rather than the body's 宋体. */
  hei?: boolean;
  bold?: boolean;
}

/** What a cross-reference whose target was deleted shows, as in the comparison views. */
export const brokenCrossReferenceText = '[?]';

const hardBreakName = 'hardBreak';

function hasMark(marks: readonly Mark[], name: string): boolean {
  return marks.some((mark) => mark.type.name === name);
}

export function textRun(text: string, style: RunStyle = {}, marks: readonly Mark[] = []): TextRun {
  return new TextRun({
    text,
    size: style.size,
    font: style.hei ? heiFonts : undefined,
    bold: style.bold || hasMark(marks, 'bold') || undefined,
    italics: hasMark(marks, 'italic') || undefined,
    underline: hasMark(marks, 'underline') ? {} : undefined,
    strike: hasMark(marks, 'strike') || undefined,
  });
}

/** A text footnote: the 小五 text with the 2-character indent of §7, Word adding its number in front. */
function footnoteParagraph(text: string): Paragraph {
  return new Paragraph({
    indent: { left: characterWidth * 4, hanging: characterWidth * 2 },
    children: [new TextRun({ text: ` ${text}`, size: fontSizes.smallSize5, font: songFonts })],
  });
}

/**
 * The runs of a textblock: text with its marks, cross-references as their target's current number, footnotes as
 * real Word footnotes and hard breaks as line breaks.
 */
export function inlineRuns(textblock: ProseMirrorNode, context: ExportContext, style: RunStyle = {}): ParagraphChild[] {
  const runs: ParagraphChild[] = [];
  textblock.forEach((child) => {
    const name = child.type.name;
    if (child.isText) runs.push(textRun(child.text ?? '', style, child.marks));
    else if (name === nodeNames.crossReference) {
      const target = String(child.attrs.targetId ?? '');
      const text = crossReferenceText(context.numbering, target);
      // A live target is a link to its bookmark; a deleted one stays the plain mark.
      runs.push(text === null ? textRun(brokenCrossReferenceText, style, child.marks) : new InternalHyperlink({ anchor: context.bookmarkName(target), children: [textRun(text, style, child.marks)] }));
    } else if (name === nodeNames.footnote) {
      runs.push(new FootnoteReferenceRun(context.addFootnote([footnoteParagraph(String(child.attrs.text ?? ''))])));
    } else if (name === hardBreakName) runs.push(new TextRun({ break: 1 }));
    else runs.push(textRun(child.textContent, style, child.marks));
  });
  return runs;
}
