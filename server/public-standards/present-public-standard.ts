import type { PublicEditionSummary, PublicOutlineItem, PublicStandard } from '../../shared/api/public-standards';
import { formatStandardNumber, publicationStatusNamesInChinese } from '../../shared/domain/publication-status';
import type { Database } from '../db/client';
import { publishedFileSizes, type PublicEditionRow } from '../db/repos/public-standards';
import { outlineAnchor } from './document-html/element-anchor';
import { publicProcessDocumentsOf } from './process-documents';
import { complaintFormAddress, editionPageAddress, feedbackFormAddress, publishedFileAddress } from './public-addresses';
import type { PublishedEdition } from './published-edition';

function linkOf(edition: PublicEditionRow | null): { number: string; address: string } | null {
  return edition ? { number: formatStandardNumber(edition.bodyCode, edition.sequenceNumber, edition.year), address: editionPageAddress(edition) } : null;
}

/** What the catalogue lists of an edition: an allow-list, never the files or who published. */
export function presentEditionSummary(edition: PublishedEdition): PublicEditionSummary {
  const { row, text } = edition;
  return {
    number: edition.number,
    bodyCode: row.bodyCode,
    sequenceNumber: row.sequenceNumber,
    year: row.year,
    titleChinese: text.titleChinese,
    titleEnglish: text.titleEnglish,
    icsCode: text.cover.icsCode,
    ccsCode: text.cover.ccsCode,
    status: edition.status,
    statusName: publicationStatusNamesInChinese[edition.status],
    publishedOn: row.publishedOn ?? '',
    implementedOn: row.implementedOn ?? '',
    withdrawnOn: row.withdrawnOn,
    address: editionPageAddress(row),
  };
}

function outlineOf(edition: PublishedEdition): PublicOutlineItem[] {
  return edition.text.outline.map((item) => ({ kind: item.kind, number: item.number, title: item.title, level: item.level, anchor: outlineAnchor(item.id, item.kind) }));
}

/** The public record of an edition: everything its page shows except the full text. */
export function presentPublicStandard(database: Database, edition: PublishedEdition): PublicStandard {
  const { row, text } = edition;
  const sizes = publishedFileSizes(database, row.id);
  return {
    ...presentEditionSummary(edition),
    issuingBody: text.cover.issuingBody || row.bodyCode,
    draftingUnits: text.cover.draftingUnits,
    principalDrafters: text.cover.principalDrafters,
    scope: text.scope,
    patentStatement: text.patentStatement,
    replaces: linkOf(edition.replaces),
    replacedBy: linkOf(edition.replacedBy),
    downloads: {
      docx: { address: publishedFileAddress(row, 'docx'), sha256: row.docxSha256 ?? '', bytes: sizes.docx },
      pdf: { address: publishedFileAddress(row, 'pdf'), sha256: row.pdfSha256 ?? '', bytes: sizes.pdf },
    },
    processDocuments: publicProcessDocumentsOf(database, row),
    feedbackAddress: feedbackFormAddress(row),
    complaintAddress: complaintFormAddress(row),
    outline: outlineOf(edition),
  };
}
