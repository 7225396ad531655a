import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Paragraph, Tab, TabStopType, TextRun } from 'docx';
import { nodeNames } from '../../../shared/editor/node-names';
import type { ExportContext } from './export-context';
import { inlineRuns, type RunStyle } from './inline-runs';
import { characterWidth } from './layout-measures';

const letters = 'abcdefghijklmnopqrstuvwxyz';

/** GB/T 1.1 list markers: "——" then "·" for bullets, "a)" then "1)" for ordered items. */
function markerOf(list: ProseMirrorNode, index: number, depth: number): string {
  if (list.type.name === nodeNames.bulletList) return depth === 1 ? '——' : '·';
  const start = Number(list.attrs.start ?? 1);
  const ordinal = (Number.isFinite(start) ? start : 1) + index;
  if (depth > 1) return `${ordinal})`;
  const letterIndex = ordinal - 1;
  const letter = letters[letterIndex % letters.length] ?? 'z';
  return `${letterIndex >= letters.length ? letter.repeat(Math.floor(letterIndex / letters.length) + 1) : letter})`;
}

/** §7: the first-level marker at 2 characters and the text from the 5th; each deeper level 2 characters further in. */
function indentsOf(depth: number): { marker: number; text: number } {
  const marker = characterWidth * 2 * depth;
  return { marker, text: marker + characterWidth * 2 };
}

/** A bullet or ordered list as paragraphs with their markers as text, nested lists one level further in. */
export function listParagraphs(list: ProseMirrorNode, context: ExportContext, depth = 1, style: RunStyle = {}): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const { marker, text } = indentsOf(depth);
  list.forEach((item, _offset, index) => {
    let first = true;
    item.forEach((block) => {
      if (block.type.name === nodeNames.bulletList || block.type.name === nodeNames.orderedList) {
        paragraphs.push(...listParagraphs(block, context, depth + 1, style));
        return;
      }
      const runs = inlineRuns(block, context, style);
      const markerText = markerOf(list, index, depth);
      // "——" fills the two characters before the text; a narrower marker reaches the text by a tab.
      const markerRuns = markerText === '——' ? [new TextRun({ text: markerText, size: style.size })] : [new TextRun({ text: markerText, size: style.size }), new TextRun({ children: [new Tab()] })];
      paragraphs.push(
        new Paragraph({
          indent: { left: text, hanging: first ? text - marker : 0 },
          tabStops: [{ type: TabStopType.LEFT, position: text }],
          children: first ? [...markerRuns, ...runs] : runs,
        }),
      );
      first = false;
    });
  });
  return paragraphs;
}
