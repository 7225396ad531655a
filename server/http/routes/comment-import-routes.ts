import { commentImportContentTypes, type CommentImportFileKind, type CommentImportResponse } from '../../../shared/api/comment-import';
import { commentPeriodIdParametersSchema } from '../../../shared/api/comments';
import { importComments } from '../../commands/import-comments';
import { readCommentTemplateFacts } from '../../commands/read-comment-template-facts';
import { DomainError } from '../../errors';
import { blankCommentTemplate } from '../../imports/blank-comment-template';
import { clientAddress } from '../client-address';
import { requireCommentPeriod, requireReadablePeriodDraft } from '../comment-period-access';
import type { HttpApp, HttpDependencies } from '../http-environment';
import { requireSession } from '../session-middleware';

function fileKindOf(contentType: string | undefined): CommentImportFileKind {
  const mediaType = (contentType ?? '').split(';')[0]?.trim().toLowerCase();
  const kind = (Object.keys(commentImportContentTypes) as CommentImportFileKind[]).find((candidate) => commentImportContentTypes[candidate] === mediaType);
  if (!kind) throw new DomainError('unsupported_media_type', 'Upload the template as a Word (.docx) or Excel (.xlsx) file, with its Content-Type.');
  return kind;
}

export function registerCommentImportRoutes(app: HttpApp, { database, commentSubmissionLimits }: HttpDependencies): void {
  /** An upload counts as one submission for the per-account and per-address limits, whatever its outcome; the row cap bounds the rest. */
  app.post(
    '/api/comment-periods/:id/comment-imports',
    async (context) => {
      const session = requireSession(context);
      const { id } = commentPeriodIdParametersSchema.parse(context.req.param());
      const { period } = requireCommentPeriod(database, id);
      const kind = fileKindOf(context.req.header('content-type'));
      const now = Date.now();
      const address = clientAddress(context);
      if (commentSubmissionLimits.perAccount.isBlocked(session.user.id, now) || commentSubmissionLimits.perAddress.isBlocked(address, now)) {
        throw new DomainError('too_many_requests', 'Too many submissions in a short time; wait a minute and try again.');
      }
      commentSubmissionLimits.perAccount.record(session.user.id, now);
      commentSubmissionLimits.perAddress.record(address, now);
      const bytes = new Uint8Array(await context.req.arrayBuffer());
      const imported = await importComments({ database, period, authorId: session.user.id, file: { bytes, kind }, now: new Date(now) });
      const response: CommentImportResponse = { imported: imported.length, comments: imported.map(({ comment, clauseNumber }) => ({ id: comment.id, clauseNumber })) };
      return context.json(response, 201);
    },
  );

  app.get('/api/comment-periods/:id/comment-template.xlsx', async (context) => {
    const session = requireSession(context);
    const { id } = commentPeriodIdParametersSchema.parse(context.req.param());
    const workbook = await blankCommentTemplate(readCommentTemplateFacts(requireReadablePeriodDraft(database, id, session.user.id, new Date())));
    return context.body(workbook.slice().buffer, 200, {
      'Content-Type': commentImportContentTypes.xlsx,
      'Content-Disposition': `attachment; filename="comment-template.xlsx"; filename*=UTF-8''${encodeURIComponent('意见汇总表.xlsx')}`,
    });
  });
}
