import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { AlignmentType, Paragraph } from 'docx';
import { nodeNames } from '../../../shared/editor/node-names';
import type { ExportContext } from './export-context';
import { inlineRuns, textRun, type RunStyle } from './inline-runs';
import { characterWidth, fontSizes } from './layout-measures';
import { listParagraphs } from './list-paragraphs';

const smallText: RunStyle = { size: fontSizes.smallSize5 };

/**
 * 注 and 示例, indented 2 characters: the label from the numbering ("注：", "注2：", "示例：") 小五号黑体 in front of
 * the first paragraph, the text 小五号宋体.
 */
export function informativeParagraphs(node: ProseMirrorNode, position: number, context: ExportContext, fallbackLabel: string): Paragraph[] {
  const label = context.elementAt(position)?.label ?? fallbackLabel;
  const paragraphs: Paragraph[] = [];
  node.forEach((block, offset) => {
    if (block.type.name === nodeNames.bulletList || block.type.name === nodeNames.orderedList) {
      paragraphs.push(...listParagraphs(block, context, 2, smallText));
      return;
    }
    const labelRuns = offset === 0 ? [textRun(label, { size: fontSizes.smallSize5, hei: true })] : [];
    paragraphs.push(new Paragraph({ alignment: AlignmentType.JUSTIFIED, indent: { left: characterWidth * 2 }, children: [...labelRuns, ...inlineRuns(block, context, smallText)] }));
  });
  return paragraphs;
}

export function noteParagraphs(node: ProseMirrorNode, position: number, context: ExportContext): Paragraph[] {
  return informativeParagraphs(node, position, context, '注：');
}

export function exampleParagraphs(node: ProseMirrorNode, position: number, context: ExportContext): Paragraph[] {
  return informativeParagraphs(node, position, context, '示例：');
}
