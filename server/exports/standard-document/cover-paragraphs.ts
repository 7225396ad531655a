import { AlignmentType, FrameAnchorType, Paragraph, TabStopType, Tab, TextRun, type IFrameOptions } from 'docx';
import type { CoverWording } from './cover-wording';
import { textRun } from './inline-runs';
import { a4Page, coverMargins, fontSizes } from './layout-measures';

const coverWidth = a4Page.width - coverMargins.left - coverMargins.right;

/** The dates and the issuer sit on the last two lines of the page, however long the titles are. */
function lineAtFoot(distanceAboveMargin: number): IFrameOptions {
  return {
    type: 'absolute',
    position: { x: 0, y: a4Page.height - coverMargins.bottom - distanceAboveMargin },
    width: coverWidth,
    anchor: { horizontal: FrameAnchorType.MARGIN, vertical: FrameAnchorType.PAGE },
  };
}

function centred(text: string, size: number, spacingBefore = 0): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: spacingBefore }, children: [textRun(text, { size, hei: true })] });
}

/** The cover as §7 lays it out: codes top left, label and number top right, titles centred, dates and issuer at the foot. */
export function coverParagraphs(wording: CoverWording): Paragraph[] {
  const heiSize4 = { size: fontSizes.size4, hei: true };
  const paragraphs = [
    new Paragraph({ children: [textRun(wording.icsLine, { hei: true })] }),
    new Paragraph({ children: [textRun(wording.ccsLine, { hei: true })] }),
    new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { before: 1200 }, children: [textRun('团体标准', heiSize4)] }),
    new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { before: 120 }, children: [textRun(wording.standardNumber, heiSize4)] }),
  ];
  if (wording.replacesLine !== null) paragraphs.push(new Paragraph({ alignment: AlignmentType.RIGHT, children: [textRun(wording.replacesLine, { hei: true })] }));
  paragraphs.push(centred(wording.chineseTitle, fontSizes.size1, wording.replacesLine === null ? 3600 : 3360));
  if (wording.englishTitle !== '') paragraphs.push(centred(wording.englishTitle, fontSizes.size4, 480));
  if (wording.consistencyLine !== null) paragraphs.push(centred(wording.consistencyLine, fontSizes.size4, 240));
  if (wording.draftLabel !== null) paragraphs.push(centred(wording.draftLabel, fontSizes.size4, 720));
  if (wording.draftDateLine !== null) paragraphs.push(centred(wording.draftDateLine, fontSizes.size5, 120));
  if (wording.patentNotice !== null) {
    paragraphs.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 480 }, children: [textRun(wording.patentNotice)] }));
  }
  paragraphs.push(
    new Paragraph({
      frame: lineAtFoot(1400),
      tabStops: [{ type: TabStopType.RIGHT, position: coverWidth }],
      children: [textRun(wording.publicationLine, heiSize4), new TextRun({ children: [new Tab()] }), textRun(wording.implementationLine, heiSize4)],
    }),
    new Paragraph({ frame: lineAtFoot(600), alignment: AlignmentType.CENTER, children: [textRun(wording.issuerLine, heiSize4)] }),
    // Frames are anchored to the paragraph after them; this one keeps them on the cover page.
    new Paragraph({ children: [] }),
  );
  return paragraphs;
}
