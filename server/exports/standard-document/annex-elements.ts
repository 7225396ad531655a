import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Paragraph } from 'docx';
import { bodyElements, type BodyElement } from './body-elements';
import type { ExportContext } from './export-context';
import { textRun } from './inline-runs';
import { lineHeight } from './layout-measures';
import { paragraphStyleIds } from './paragraph-styles';

function annexHeadingLine(text: string, startsPage: boolean, lastLine = false): Paragraph {
  return new Paragraph({
    style: paragraphStyleIds.annexHeading,
    pageBreakBefore: startsPage || undefined,
    spacing: lastLine ? { after: lineHeight } : undefined,
    outlineLevel: startsPage ? 0 : undefined,
    children: [textRun(text, { hei: true })],
  });
}

/** An annex on a new page: "附录A", "（规范性）" or "（资料性）" and its title on lines of their own, then its body numbered A.1, 表A.1… */
export function annexElements(annex: ProseMirrorNode, position: number, context: ExportContext): BodyElement[] {
  const element = context.elementAt(position);
  return context.anchored(annex, [
    annexHeadingLine(element?.label ?? '附录', true),
    annexHeadingLine(annex.attrs.normative === true ? '（规范性）' : '（资料性）', false),
    annexHeadingLine(element?.title ?? '', false, true),
    ...bodyElements(annex, position, context),
  ]);
}
