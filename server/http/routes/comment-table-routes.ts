import { create as contentDisposition } from 'content-disposition';
import { commentTableQuerySchema } from '../../../shared/api/comment-table';
import { standardIdParametersSchema } from '../../../shared/api/standards';
import { buildCommentTable } from '../../commands/build-comment-table';
import { DomainError } from '../../errors';
import { renderCommentTable } from '../../exports/render-comment-table';
import { canReadStandardComments } from '../../policies/comment-policy';
import type { HttpApp, HttpDependencies } from '../http-environment';
import { requireSession } from '../session-middleware';
import { requireVisibleStandard } from '../standard-access';

export function registerCommentTableRoutes(app: HttpApp, { database, ledgerSigningKey, publicUrl, bodyTimeZone }: HttpDependencies): void {
  app.get('/api/standards/:id/comment-table', async (context) => {
    const session = requireSession(context);
    const { id } = standardIdParametersSchema.parse(context.req.param());
    const membership = requireVisibleStandard(database, id, session.user.id);
    if (!canReadStandardComments(membership)) throw new DomainError('forbidden', 'Only members read the comments.');
    const { format, periodId } = commentTableQuerySchema.parse(context.req.query());
    const table = buildCommentTable({ database, signingKey: ledgerSigningKey, standardId: id, periodId, now: new Date(), bodyTimeZone, verifyAddress: new URL('/verify', publicUrl ?? new URL(context.req.url)).href });
    const rendered = await renderCommentTable(format, table);
    return context.body(new Uint8Array(rendered.bytes), 200, {
      'Content-Type': rendered.contentType,
      'Content-Disposition': contentDisposition(rendered.fileName, { fallback: rendered.asciiFileName }),
      'X-Content-Type-Options': 'nosniff',
    });
  });
}
