import type { Database } from '../db/client';
import { findExplanatoryStatementVersion } from '../db/repos/explanatory-statement-versions';
import { findPublicationById } from '../db/repos/publications';
import { findVersion, type VersionRecord } from '../db/repos/versions';
import type { LibreOfficeConverter } from '../exports/pdf/libreoffice-converter';
import { renderStandardDocx, wordContentType } from '../exports/standard-document/render-standard-docx';
import { frozenExplanatoryStatementFacts } from './explanatory-statement-document-facts';
import { cachedStatementPdf, statementPdfKey } from './statement-pdf-cache';

export type ExplanatoryStatementFormat = 'docx' | 'pdf';

export interface ExplanatoryStatementFile {
  bytes: Uint8Array;
  contentType: string;
  /** "《title》编制说明.docx" (or .pdf), for Content-Disposition. */
  fileName: string;
}

export interface FrozenExplanatoryStatementFileProps {
  database: Database;
  pdfConverter: LibreOfficeConverter;
  version: VersionRecord;
  format: ExplanatoryStatementFormat;
  timeZone: string;
}

/** The .docx or PDF of the 编制说明 frozen with a version, or null when the version has none (frozen before 编制说明 existed). */
export async function frozenExplanatoryStatementFile({ database, pdfConverter, version, format, timeZone }: FrozenExplanatoryStatementFileProps): Promise<ExplanatoryStatementFile | null> {
  const frozen = findExplanatoryStatementVersion(database, version.id);
  if (!frozen) return null;
  const render = () => renderStandardDocx(frozenExplanatoryStatementFacts(database, frozen, version, timeZone));
  const baseName = `《${version.metadata.title}》编制说明`;
  if (format === 'docx') return { bytes: await render(), contentType: wordContentType, fileName: `${baseName}.docx` };
  // A frozen statement never changes, so neither does its PDF; the version id keeps two equal states apart in their dates.
  const key = statementPdfKey(new Uint8Array(frozen.state), `${version.id}\u0000${version.metadata.title}`);
  return { bytes: await cachedStatementPdf(pdfConverter, key, render), contentType: 'application/pdf', fileName: `${baseName}.pdf` };
}

/**
 * The 编制说明 frozen with a published edition (the version publishing froze), for the public page; null when the
 * edition is not published or has no frozen statement. Whether the body chose to publish it is the caller's question.
 */
export async function publishedExplanatoryStatementFile(
  database: Database,
  pdfConverter: LibreOfficeConverter,
  publicationId: string,
  format: ExplanatoryStatementFormat,
  timeZone: string,
): Promise<ExplanatoryStatementFile | null> {
  const publication = findPublicationById(database, publicationId);
  if (!publication?.versionId || publication.publishedAt === null) return null;
  const found = findVersion(database, publication.standardId, publication.versionId);
  if (!found) return null;
  return frozenExplanatoryStatementFile({ database, pdfConverter, version: found.version, format, timeZone });
}
