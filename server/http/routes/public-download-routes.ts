import { create as contentDisposition } from 'content-disposition';
import { wordContentType } from '../../exports/standard-document/render-standard-docx';
import { buildCommentTable } from '../../commands/build-comment-table';
import { findStandardById } from '../../db/repos/standards';
import { readPublishedFile } from '../../db/repos/public-standards';
import { renderCommentTable } from '../../exports/render-comment-table';
import { publishedExplanatoryStatementFile } from '../../explanatory-statements/explanatory-statement-file';
import { isProcessDocumentPublic } from '../../policies/public-standard-policy';
import { commentPeriodOfEdition, passedReviewOfEdition } from '../../public-standards/process-documents';
import { collectMinutesFacts } from '../../reviews/minutes/collect-minutes-facts';
import type { HttpApp, HttpDependencies } from '../http-environment';
import { editionNotFoundPage } from '../public-page-responses';
import { editionOfPath } from '../public-edition-access';

const fileTypes = { docx: wordContentType, pdf: 'application/pdf' } as const;

/** The RFC 9530 form of a SHA-256 digest: base64 of the bytes of the hex digest. */
function base64OfHex(hex: string): string {
  return Buffer.from(hex, 'hex').toString('base64');
}

/** Downloads of a published edition: the stored files byte for byte, and the process documents the body made public. */
export function registerPublicDownloadRoutes(app: HttpApp, { database, ledgerSigningKey, publicUrl, bodyTimeZone, pdfConverter }: HttpDependencies): void {
  for (const format of ['docx', 'pdf'] as const) {
    app.get(`/t/:bodyCode/:edition/document.${format}`, (context) => {
      const edition = editionOfPath(database, context.req.param());
      const sha256 = format === 'docx' ? edition?.row.docxSha256 : edition?.row.pdfSha256;
      const bytes = edition ? readPublishedFile(database, edition.row.id, format) : null;
      if (!edition || !bytes || !sha256) return editionNotFoundPage(context, null);
      const entityTag = `"sha256-${sha256}"`;
      const headers = {
        ETag: entityTag,
        'Repr-Digest': `sha-256=:${base64OfHex(sha256)}:`,
        Digest: `sha-256=${base64OfHex(sha256)}`,
        'Cache-Control': 'public, max-age=86400',
        'X-Content-Type-Options': 'nosniff',
      };
      if (context.req.header('If-None-Match') === entityTag) return context.body(null, 304, headers);
      const asciiName = `T-${edition.row.bodyCode}-${edition.row.sequenceNumber}-${edition.row.year}.${format}`;
      return context.body(new Uint8Array(bytes), 200, {
        ...headers,
        'Content-Type': fileTypes[format],
        'Content-Disposition': contentDisposition(`${edition.number.replace('/', '／')}.${format}`, { fallback: asciiName }),
      });
    });
  }

  app.get('/t/:bodyCode/:edition/comment-table.docx', async (context) => {
    const edition = editionOfPath(database, context.req.param());
    const period = edition && isProcessDocumentPublic(edition.row, 'comment_table') ? commentPeriodOfEdition(database, edition.row) : undefined;
    if (!edition || !period) return editionNotFoundPage(context, null);
    const verifyAddress = new URL('/verify', publicUrl ?? new URL(context.req.url)).href;
    const table = buildCommentTable({ database, signingKey: ledgerSigningKey, standardId: edition.row.standardId, periodId: period.id, now: new Date(), bodyTimeZone, verifyAddress });
    const rendered = await renderCommentTable('docx', table);
    return context.body(new Uint8Array(rendered.bytes), 200, {
      'Content-Type': rendered.contentType,
      'Content-Disposition': contentDisposition(`${edition.number.replace('/', '／')} 征求意见汇总处理表.docx`, { fallback: rendered.asciiFileName }),
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    });
  });

  for (const format of ['docx', 'pdf'] as const) {
    app.get(`/t/:bodyCode/:edition/explanatory-statement.${format}`, async (context) => {
      const edition = editionOfPath(database, context.req.param());
      const file = edition && isProcessDocumentPublic(edition.row, 'explanatory_statement') ? await publishedExplanatoryStatementFile(database, pdfConverter, edition.row.id, format, bodyTimeZone) : null;
      if (!edition || !file) return editionNotFoundPage(context, null);
      return context.body(new Uint8Array(file.bytes), 200, {
        'Content-Type': file.contentType,
        'Content-Disposition': contentDisposition(file.fileName, { fallback: `T-${edition.row.bodyCode}-${edition.row.sequenceNumber}-${edition.row.year}-explanatory-statement.${format}` }),
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'public, max-age=86400',
      });
    });
  }

  app.get('/t/:bodyCode/:edition/review-minutes', async (context) => {
    const edition = editionOfPath(database, context.req.param());
    const review = edition && isProcessDocumentPublic(edition.row, 'review_minutes') ? passedReviewOfEdition(database, edition.row) : undefined;
    const standard = edition ? findStandardById(database, edition.row.standardId) : undefined;
    if (!edition || !review || !standard) return editionNotFoundPage(context, null);
    const facts = collectMinutesFacts({ database, ledgerSigningKey, review, standard, bodyTimeZone, now: new Date() });
    const { renderMinutesHtml } = await import('../../reviews/minutes/render-minutes-html');
    return context.body(renderMinutesHtml(facts), 200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    });
  });
}
