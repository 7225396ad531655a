import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { AlignmentType, ImageRun, Paragraph } from 'docx';
import { noteParagraphs } from './informative-paragraphs';
import { nodeNames } from '../../../shared/editor/node-names';
import { childOfType } from './child-of-type';
import type { ExportContext } from './export-context';
import { embeddableImage } from './image-pixel-size';
import { textRun } from './inline-runs';
import { largestFigurePixels } from './layout-measures';

/** Shown where a figure's image is missing or cannot go into a Word file, so nobody mistakes the gap for a layout slip. */
export const missingImageText = '［此处的图片缺失：请在编辑器中重新插入该图片］';
export const unsupportedImageText = '［此处的图片格式无法放入 Word 文件：请改用 PNG、JPEG 或 GIF 图片］';

function scaledToFit(width: number, height: number): { width: number; height: number } {
  const scale = Math.min(1, largestFigurePixels.width / width, largestFigurePixels.height / height);
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

function imageParagraph(figure: ProseMirrorNode, context: ExportContext): Paragraph {
  const stored = context.images(String(figure.attrs.imageId ?? ''));
  const image = stored ? embeddableImage(stored.contentType, stored.bytes) : null;
  if (!stored || !image) {
    return new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, children: [textRun(stored ? unsupportedImageText : missingImageText, { hei: true })] });
  }
  const alternativeText = String(figure.attrs.alternativeText ?? '');
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: true,
    children: [
      new ImageRun({
        type: image.type,
        data: stored.bytes,
        transformation: scaledToFit(image.width, image.height),
        altText: { id: context.nextDrawingId(), name: 'figure', description: alternativeText, title: alternativeText },
      }),
    ],
  });
}

/** A numbered figure: the image, its notes (图注), then "图N 标题" under them, centred 五号黑体. */
export function figureParagraphs(figure: ProseMirrorNode, position: number, context: ExportContext): Paragraph[] {
  const label = context.elementAt(position)?.label ?? '图';
  const title = childOfType(figure, nodeNames.figureTitle)?.node.textContent ?? '';
  const notes: Paragraph[] = [];
  figure.forEach((child, offset) => {
    if (child.type.name === nodeNames.note) notes.push(...noteParagraphs(child, position + 1 + offset, context));
  });
  return [
    imageParagraph(figure, context),
    ...notes,
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 78, after: 156 }, children: [textRun(title === '' ? label : `${label}\u3000${title}`, { hei: true })] }),
  ];
}
