import { AlignmentType, Footer, Header, PageNumber, Paragraph, TextRun } from 'docx';
import { fontSizes, heiFonts, songFonts } from './layout-measures';

/** 书眉: the standard number, 五号黑体, right on odd pages and left on even ones. */
export function runningHeaders(standardNumber: string): { default: Header; even: Header } {
  const header = (alignment: (typeof AlignmentType)[keyof typeof AlignmentType]) =>
    new Header({ children: [new Paragraph({ alignment, children: [new TextRun({ text: standardNumber, font: heiFonts, size: fontSizes.size5 })] })] });
  return { default: header(AlignmentType.RIGHT), even: header(AlignmentType.LEFT) };
}

/** Page numbers 小五号宋体 at the outer bottom corner; the section says whether they are Roman or Arabic. */
export function pageNumberFooters(): { default: Footer; even: Footer } {
  const footer = (alignment: (typeof AlignmentType)[keyof typeof AlignmentType]) =>
    new Footer({ children: [new Paragraph({ alignment, children: [new TextRun({ children: [PageNumber.CURRENT], font: songFonts, size: fontSizes.smallSize5 })] })] });
  return { default: footer(AlignmentType.RIGHT), even: footer(AlignmentType.LEFT) };
}

/** The cover has neither. */
export function emptyHeaders(): { default: Header; even: Header } {
  return { default: new Header({ children: [new Paragraph({ children: [] })] }), even: new Header({ children: [new Paragraph({ children: [] })] }) };
}

export function emptyFooters(): { default: Footer; even: Footer } {
  return { default: new Footer({ children: [new Paragraph({ children: [] })] }), even: new Footer({ children: [new Paragraph({ children: [] })] }) };
}
