import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { AlignmentType, Document, NumberFormat, Packer, SectionType, type ISectionOptions } from 'docx';
import { numberDocument } from '../../../shared/document/numbering';
import type { CoverMetadata } from '../../../shared/editor/preliminary-nodes';
import { nodeNames } from '../../../shared/editor/node-names';
import { zipWithFixedTimestamps } from '../../reviews/minutes/zip-with-fixed-timestamps';
import { annexElements } from './annex-elements';
import { clauseElements, type BodyElement } from './body-elements';
import { contentsParagraphs } from './contents-paragraphs';
import { coverParagraphs } from './cover-paragraphs';
import { coverWording } from './cover-wording';
import { ExportContext } from './export-context';
import { fixedCoreProperties } from './fixed-core-properties';
import { a4Page, coverMargins, fontSizes, heiFonts, lineHeight, pageMargins, songFonts } from './layout-measures';
import { emptyFooters, emptyHeaders, pageNumberFooters, runningHeaders } from './page-furniture';
import { paragraphStyleIds, sectionTitleParagraph } from './paragraph-styles';
import { bibliographyElements, endLineParagraph, preliminaryElements } from './preliminary-elements';
import type { StandardDocumentFacts } from './standard-document-facts';
import { bodyDateKey } from '../../../shared/time/body-time';

export const wordContentType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const paragraphStyles = [
  { id: paragraphStyleIds.sectionTitle, name: 'Section title', run: { font: heiFonts, size: fontSizes.size3 }, paragraph: { alignment: AlignmentType.CENTER, spacing: { after: lineHeight * 2 }, keepNext: true } },
  { id: paragraphStyleIds.chapterTitle, name: 'Chapter title', run: { font: heiFonts, size: fontSizes.size5 }, paragraph: { keepNext: true, keepLines: true } },
  { id: paragraphStyleIds.clauseTitle, name: 'Clause title', run: { font: heiFonts, size: fontSizes.size5 }, paragraph: { keepNext: true, keepLines: true } },
  { id: paragraphStyleIds.annexHeading, name: 'Annex heading', run: { font: heiFonts, size: fontSizes.size5 }, paragraph: { alignment: AlignmentType.CENTER, keepNext: true, spacing: { after: 60 } } },
];

interface DocumentParts {
  cover: Partial<CoverMetadata>;
  frontMatter: BodyElement[];
  body: BodyElement[];
  normativeByAnnexId: Map<string, boolean>;
}

function partsOf(document: ProseMirrorNode, context: ExportContext): DocumentParts {
  const parts: DocumentParts = { cover: {}, frontMatter: [], body: [], normativeByAnnexId: new Map() };
  document.forEach((child, position) => {
    switch (child.type.name) {
      case nodeNames.cover:
        parts.cover = child.attrs;
        break;
      case nodeNames.foreword:
      case nodeNames.introduction:
        parts.frontMatter.push(...preliminaryElements(child, position, context));
        break;
      case nodeNames.clause:
        parts.body.push(...clauseElements(child, position, context));
        break;
      case nodeNames.annex:
        if (typeof child.attrs.id === 'string') parts.normativeByAnnexId.set(child.attrs.id, child.attrs.normative === true);
        parts.body.push(...annexElements(child, position, context));
        break;
      case nodeNames.bibliography:
        parts.body.push(...bibliographyElements(child, context));
        break;
      default:
        break;
    }
  });
  return parts;
}

/**
 * A standard as a .docx in the GB/T 1.1-2020 layout: the cover; 目次, 前言 and 引言 with Roman page numbers; the
 * chapters, annexes and 参考文献 from page 1 on an odd page. Every number comes from the shared numbering. The same
 * facts always give the same bytes.
 */
export async function renderStandardDocx(facts: StandardDocumentFacts): Promise<Uint8Array> {
  const numbering = numberDocument(facts.document);
  const context = new ExportContext(facts.document, numbering, facts.images);
  const parts = partsOf(facts.document, context);
  if (facts.titledLayout) return packDocument(facts, context, [titledSection(facts.titledLayout.title, parts)]);
  parts.body.push(endLineParagraph());
  const wording = coverWording(parts.cover, facts.project, bodyDateKey(facts.documentDate, facts.timeZone));
  const page = { size: { width: a4Page.width, height: a4Page.height }, margin: pageMargins };
  const sections: ISectionOptions[] = [
    { properties: { page: { ...page, margin: coverMargins } }, headers: emptyHeaders(), footers: emptyFooters(), children: coverParagraphs(wording) },
    {
      properties: { type: SectionType.NEXT_PAGE, page: { ...page, pageNumbers: { start: 1, formatType: NumberFormat.UPPER_ROMAN } } },
      headers: runningHeaders(wording.standardNumber),
      footers: pageNumberFooters(),
      children: [...contentsParagraphs(numbering, parts.normativeByAnnexId), ...parts.frontMatter],
    },
    {
      properties: { type: SectionType.ODD_PAGE, page: { ...page, pageNumbers: { start: 1, formatType: NumberFormat.DECIMAL } } },
      headers: runningHeaders(wording.standardNumber),
      footers: pageNumberFooters(),
      children: parts.body,
    },
  ];
  return packDocument(facts, context, sections);
}

/** A document that is not a standard (the 编制说明): its title 三号黑体 centred on the first page, then the chapters. */
function titledSection(title: string, parts: DocumentParts): ISectionOptions {
  return {
    properties: { page: { size: { width: a4Page.width, height: a4Page.height }, margin: pageMargins, pageNumbers: { start: 1, formatType: NumberFormat.DECIMAL } } },
    headers: emptyHeaders(),
    footers: pageNumberFooters(),
    children: [sectionTitleParagraph(title, false), ...parts.frontMatter, ...parts.body],
  };
}

async function packDocument(facts: StandardDocumentFacts, context: ExportContext, sections: ISectionOptions[]): Promise<Uint8Array> {
  const document = new Document({
    creator: 'Normdraft',
    evenAndOddHeaderAndFooters: true,
    styles: { default: { document: { run: { font: songFonts, size: fontSizes.size5 } } }, paragraphStyles },
    footnotes: context.footnotes,
    sections,
  });
  const packed = await Packer.toBuffer(document, false, [{ path: 'docProps/core.xml', data: fixedCoreProperties(facts.documentDate) }]);
  return zipWithFixedTimestamps(packed, facts.documentDate, facts.timeZone);
}
