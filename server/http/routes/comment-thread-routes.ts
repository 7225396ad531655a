import { assignCommentRequestSchema, commentIdParametersSchema, replyRequestSchema, type Reply } from '../../../shared/api/comments';
import { assignComment } from '../../commands/assign-comment';
import { replyToComment } from '../../commands/reply-to-comment';
import { listCommentReplies } from '../../db/repos/comment-replies';
import { DomainError } from '../../errors';
import { canAssignComment, canReplyToComment, visibleReplyKinds } from '../../policies/comment-policy';
import { requireVisibleComment } from '../comment-access';
import type { HttpApp, HttpDependencies } from '../http-environment';
import { presentReply } from '../presenters/present-reply';
import { readJsonBody } from '../request-body';
import { requireSession } from '../session-middleware';

export function registerCommentThreadRoutes(app: HttpApp, { database }: HttpDependencies): void {
  app.get('/api/comments/:id/replies', (context) => {
    const session = requireSession(context);
    const { id } = commentIdParametersSchema.parse(context.req.param());
    const { comment, membership } = requireVisibleComment(database, id, session.user.id);
    const kinds = visibleReplyKinds(membership, session.user.id, comment);
    const replies = listCommentReplies(database, id)
      .filter(({ reply }) => kinds.has(reply.visibility))
      .map(({ reply, authorName }) => presentReply(reply, authorName));
    return context.json({ replies } satisfies { replies: Reply[] }, 200);
  });

  app.post('/api/comments/:id/replies', async (context) => {
    const session = requireSession(context);
    const { id } = commentIdParametersSchema.parse(context.req.param());
    const { comment, membership } = requireVisibleComment(database, id, session.user.id);
    if (!canReplyToComment(membership)) throw new DomainError('forbidden', 'Only the drafting working group replies to comments.');
    const request = await readJsonBody(context, replyRequestSchema);
    const reply = replyToComment({ database, commentId: id, standardId: comment.standardId, authorId: session.user.id, request, now: new Date() });
    return context.json(presentReply(reply, session.user.displayName), 201);
  });

  app.put('/api/comments/:id/assignee', async (context) => {
    const session = requireSession(context);
    const { id } = commentIdParametersSchema.parse(context.req.param());
    const { comment, membership } = requireVisibleComment(database, id, session.user.id);
    if (!canAssignComment(membership)) throw new DomainError('forbidden', 'Only the secretariat or the convenor assigns comments.');
    const { username } = await readJsonBody(context, assignCommentRequestSchema);
    const assignee = assignComment(database, comment, username, new Date());
    return context.json({ assignee: assignee ? { id: assignee.id, displayName: assignee.displayName } : null }, 200);
  });
}
