import { AlignmentType, Paragraph, type IParagraphOptions, type ParagraphChild } from 'docx';
import { characterWidth, fontSizes, lineHeight } from './layout-measures';
import { textRun } from './inline-runs';

/** Style ids of the document's own paragraph styles, defined in render-standard-docx.ts. */
export const paragraphStyleIds = {
  sectionTitle: 'SectionTitle',
  chapterTitle: 'ChapterTitle',
  clauseTitle: 'ClauseTitle',
  annexHeading: 'AnnexHeading',
} as const;

/** 五号宋体 body text: the first line indented 2 characters, wrapped lines flush left. */
export function bodyParagraph(children: ParagraphChild[], options: Omit<IParagraphOptions, 'children'> = {}): Paragraph {
  return new Paragraph({ alignment: AlignmentType.JUSTIFIED, indent: { firstLine: characterWidth * 2 }, ...options, children });
}

/** 目次, 前言, 引言, 参考文献: a new page, the title 三号黑体 centred. */
export function sectionTitleParagraph(title: string, startsPage: boolean): Paragraph {
  return new Paragraph({
    style: paragraphStyleIds.sectionTitle,
    pageBreakBefore: startsPage || undefined,
    children: [textRun(title, { size: fontSizes.size3, hei: true })],
  });
}

/** "5", one character, "要求": 五号黑体 on a line of its own; a chapter has a blank line above and below, a clause half a line. */
export function clauseTitleParagraph(number: string, title: string, level: number): Paragraph {
  const isChapter = level <= 1;
  return new Paragraph({
    style: isChapter ? paragraphStyleIds.chapterTitle : paragraphStyleIds.clauseTitle,
    outlineLevel: Math.min(level - 1, 8),
    spacing: isChapter ? { before: lineHeight, after: lineHeight } : { before: lineHeight / 2, after: lineHeight / 2 },
    children: [textRun(title === '' ? number : `${number}\u3000${title}`, { hei: true })],
  });
}
