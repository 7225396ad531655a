import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { AlignmentType, BorderStyle, Paragraph } from 'docx';
import { nodeNames } from '../../../shared/editor/node-names';
import { bodyElements, type BodyElement } from './body-elements';
import type { ExportContext } from './export-context';
import { contentWidth } from './layout-measures';
import { inlineRuns } from './inline-runs';
import { bodyParagraph, sectionTitleParagraph } from './paragraph-styles';
import { referenceEntryParagraph } from './reference-entry-paragraph';

/** 前言 or 引言: a new page, the title centred, then the paragraphs. */
export function preliminaryElements(section: ProseMirrorNode, position: number, context: ExportContext): BodyElement[] {
  const title = section.type.name === nodeNames.foreword ? '前\u3000\u3000言' : '引\u3000\u3000言';
  return [sectionTitleParagraph(title, true), ...bodyElements(section, position, context)];
}

/** 参考文献 on a new page, its entries listed "[1]", "[2]" in order. */
export function bibliographyElements(bibliography: ProseMirrorNode, context: ExportContext): BodyElement[] {
  const elements: BodyElement[] = [sectionTitleParagraph('参\u3000考\u3000文\u3000献', true)];
  let entries = 0;
  bibliography.forEach((child) => {
    if (child.type.name === nodeNames.referenceEntry) {
      entries += 1;
      elements.push(referenceEntryParagraph(child, context, entries));
    } else elements.push(bodyParagraph(inlineRuns(child, context)));
  });
  return elements;
}

/** The end line (终结线): a thick solid centred line a quarter of the 版心 wide, below the last element. */
export function endLineParagraph(): Paragraph {
  const sideIndent = Math.floor((contentWidth * 3) / 8);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 480 },
    indent: { left: sideIndent, right: sideIndent },
    border: { bottom: { style: BorderStyle.SINGLE, size: 18, color: '000000', space: 1 } },
    children: [],
  });
}
