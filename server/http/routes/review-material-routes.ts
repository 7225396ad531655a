import { create as contentDisposition } from 'content-disposition';
import { reviewAttachmentContentTypes, attachmentParametersSchema, attachmentQuerySchema, attachmentSchema, minutesQuerySchema, reviewIdParametersSchema } from '../../../shared/api/reviews';
import { commentTableQuerySchema } from '../../../shared/api/comment-table';
import type { VersionDocumentResponse } from '../../../shared/api/versions';
import { buildCommentTable } from '../../commands/build-comment-table';
import { findAttachment } from '../../db/repos/reviews';
import { findVersion } from '../../db/repos/versions';
import { documentOfVersionState } from '../../documents/version-document';
import { DomainError } from '../../errors';
import { renderCommentTable } from '../../exports/render-comment-table';
import { canManageReview } from '../../policies/review-policy';
import { addAttachment } from '../../reviews/commands/add-attachment';
import { collectMinutesFacts } from '../../reviews/minutes/collect-minutes-facts';
import type { HttpApp, HttpDependencies } from '../http-environment';
import { presentVersion } from '../presenters/present-version';
import { requireVisibleReview, type VisibleReview } from '../review-access';
import { requireSession } from '../session-middleware';

/** The panel reads the materials once they are available; the working group reads them all along. */
export function requireMaterials(visible: VisibleReview): void {
  if (visible.place.membership === null && visible.review.materialsPublishedAt === null) {
    throw new DomainError('materials_not_published', 'The secretariat has not made the review materials available yet.');
  }
}

const strictFileHeaders = { 'X-Content-Type-Options': 'nosniff', 'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'" };

export function registerReviewMaterialRoutes(app: HttpApp, { database, ledgerSigningKey, publicUrl, bodyTimeZone }: HttpDependencies): void {
  app.get('/api/reviews/:id/document', (context) => {
    const session = requireSession(context);
    const { id } = reviewIdParametersSchema.parse(context.req.param());
    const visible = requireVisibleReview(database, id, session.user.id);
    requireMaterials(visible);
    const found = findVersion(database, visible.review.standardId, visible.review.versionId);
    if (!found) throw new DomainError('not_found', 'The version under review is missing.');
    const body: VersionDocumentResponse = {
      version: presentVersion(found.version, found.creator),
      metadata: found.version.metadata,
      document: documentOfVersionState(new Uint8Array(found.version.state)).toJSON() as Record<string, unknown>,
    };
    return context.json(body, 200);
  });

  app.get('/api/reviews/:id/comment-table', async (context) => {
    const session = requireSession(context);
    const { id } = reviewIdParametersSchema.parse(context.req.param());
    const visible = requireVisibleReview(database, id, session.user.id);
    requireMaterials(visible);
    const { format } = commentTableQuerySchema.pick({ format: true }).parse(context.req.query());
    const table = buildCommentTable({ database, signingKey: ledgerSigningKey, standardId: visible.review.standardId, periodId: undefined, now: new Date(), bodyTimeZone, verifyAddress: new URL('/verify', publicUrl ?? new URL(context.req.url)).href });
    const rendered = await renderCommentTable(format, table);
    return context.body(new Uint8Array(rendered.bytes), 200, {
      'Content-Type': rendered.contentType,
      'Content-Disposition': contentDisposition(rendered.fileName, { fallback: rendered.asciiFileName }),
      'X-Content-Type-Options': 'nosniff',
    });
  });

  app.post('/api/reviews/:id/attachments', async (context) => {
    const session = requireSession(context);
    const { id } = reviewIdParametersSchema.parse(context.req.param());
    const { review, place } = requireVisibleReview(database, id, session.user.id);
    if (!canManageReview(place)) throw new DomainError('forbidden', 'Only the secretariat adds review materials.');
    const { filename } = attachmentQuerySchema.parse(context.req.query());
    const contentType = (context.req.header('content-type') ?? '').split(';')[0]?.trim() ?? '';
    if (!(reviewAttachmentContentTypes as readonly string[]).includes(contentType)) {
      throw new DomainError('unsupported_media_type', 'Attach a PDF, Word (.docx), Excel (.xlsx), PNG or JPEG file, with its Content-Type.');
    }
    const content = new Uint8Array(await context.req.arrayBuffer());
    const attachment = addAttachment({ database, review, actorId: session.user.id, filename, contentType, content, now: new Date() });
    return context.json(attachmentSchema.parse({ id: attachment.id, filename: attachment.filename, contentType: attachment.contentType, bytes: attachment.size, sha256: attachment.sha256, uploadedAt: attachment.uploadedAt.toISOString() }), 201);
  });

  app.get('/api/reviews/:id/attachments/:attachmentId', (context) => {
    const session = requireSession(context);
    const { id, attachmentId } = attachmentParametersSchema.parse(context.req.param());
    const visible = requireVisibleReview(database, id, session.user.id);
    requireMaterials(visible);
    const attachment = findAttachment(database, id, attachmentId);
    if (!attachment) throw new DomainError('not_found', 'This attachment does not exist.');
    return context.body(new Uint8Array(attachment.content), 200, {
      ...strictFileHeaders,
      'Content-Type': attachment.contentType,
      'Content-Disposition': contentDisposition(attachment.filename, { type: 'attachment' }),
    });
  });

  app.get('/api/reviews/:id/minutes', async (context) => {
    const session = requireSession(context);
    const { id } = reviewIdParametersSchema.parse(context.req.param());
    const visible = requireVisibleReview(database, id, session.user.id);
    const { format } = minutesQuerySchema.parse(context.req.query());
    const facts = collectMinutesFacts({ database, ledgerSigningKey, review: visible.review, standard: visible.standard, bodyTimeZone, now: new Date() });
    if (format === 'html') {
      const { renderMinutesHtml } = await import('../../reviews/minutes/render-minutes-html');
      return context.body(renderMinutesHtml(facts), 200, { ...strictFileHeaders, 'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'", 'Content-Type': 'text/html; charset=utf-8' });
    }
    // The Word writer is loaded the first time minutes are asked for, not at every start.
    const { renderMinutesDocx } = await import('../../reviews/minutes/render-minutes-docx');
    const bytes = await renderMinutesDocx(facts);
    const name = `${visible.standard.title}-${visible.review.kind === 'meeting' ? '会议纪要' : '函审结论'}.docx`;
    return context.body(new Uint8Array(bytes), 200, {
      ...strictFileHeaders,
      'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'Content-Disposition': contentDisposition(name, { fallback: `review-${id}-minutes.docx` }),
    });
  });
}
