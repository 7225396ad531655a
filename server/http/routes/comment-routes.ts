import { commentIdParametersSchema, commentPeriodIdParametersSchema, editCommentRequestSchema, stakeholderProfileSchema, standardCommentsQuerySchema, submitCommentRequestSchema, type CommentListResponse } from '../../../shared/api/comments';
import { standardIdParametersSchema } from '../../../shared/api/standards';
import { referenceNamerOf } from '../../../shared/document/element-references';
import { commentMatchesQuery } from '../../../shared/search/comment-search';
import { numberDocument } from '../../../shared/document/numbering';
import { editComment, withdrawComment } from '../../commands/change-comment';
import { decisionsOfComments } from '../../commands/comment-decisions';
import { listMyComments } from '../../commands/list-my-comments';
import { readLiveDraft } from '../../commands/read-live-draft';
import { submitComment } from '../../commands/submit-comment';
import { listCommentsOfStandard } from '../../db/repos/comments';
import { findStakeholderProfile, saveStakeholderProfile } from '../../db/repos/stakeholder-profiles';
import { DomainError } from '../../errors';
import { canReadStandardComments } from '../../policies/comment-policy';
import { clientAddress } from '../client-address';
import { requireCommentPeriod } from '../comment-period-access';
import type { HttpApp, HttpDependencies } from '../http-environment';
import { presentComment } from '../presenters/present-comment';
import { readJsonBody } from '../request-body';
import { requireSession } from '../session-middleware';
import { requireVisibleStandard } from '../standard-access';

export function registerCommentRoutes(app: HttpApp, { database, commentSubmissionLimits }: HttpDependencies): void {
  app.get('/api/me/stakeholder-profile', (context) => {
    const session = requireSession(context);
    const profile = findStakeholderProfile(database, session.user.id);
    if (!profile) throw new DomainError('not_found', 'You have not registered as a commenter yet.');
    return context.json({ fullName: profile.fullName, organisation: profile.organisation, email: profile.email, ...(profile.phone ? { phone: profile.phone } : {}) }, 200);
  });

  app.put('/api/me/stakeholder-profile', async (context) => {
    const session = requireSession(context);
    const profile = await readJsonBody(context, stakeholderProfileSchema);
    saveStakeholderProfile(database, { userId: session.user.id, ...profile, phone: profile.phone ?? null, updatedAt: new Date() });
    return context.json(profile, 200);
  });

  app.post('/api/comment-periods/:id/comments', async (context) => {
    const session = requireSession(context);
    const { id } = commentPeriodIdParametersSchema.parse(context.req.param());
    const { period } = requireCommentPeriod(database, id);
    const request = await readJsonBody(context, submitCommentRequestSchema);
    const now = Date.now();
    const address = clientAddress(context);
    if (commentSubmissionLimits.perAccount.isBlocked(session.user.id, now) || commentSubmissionLimits.perAddress.isBlocked(address, now)) {
      throw new DomainError('too_many_requests', 'Too many comments in a short time; wait a minute and try again.');
    }
    const { comment, clauseNumber } = submitComment({ database, period, authorId: session.user.id, request, now: new Date(now) });
    commentSubmissionLimits.perAccount.record(session.user.id, now);
    commentSubmissionLimits.perAddress.record(address, now);
    return context.json({ id: comment.id, clauseNumber }, 201);
  });

  app.get('/api/me/comments', (context) => {
    const session = requireSession(context);
    const mine = listMyComments(database, session.user.id);
    const decisions = decisionsOfComments(database, mine.map(({ row }) => row.comment.id));
    const comments = mine.map(({ row, clauseNumber, clauseNumberOf }) => presentComment(row, clauseNumber, decisions.get(row.comment.id), clauseNumberOf));
    return context.json({ comments } satisfies CommentListResponse, 200);
  });

  app.put('/api/comments/:id', async (context) => {
    const session = requireSession(context);
    const { id } = commentIdParametersSchema.parse(context.req.param());
    editComment(database, id, session.user.id, await readJsonBody(context, editCommentRequestSchema), new Date());
    return context.json({}, 200);
  });

  app.post('/api/comments/:id/withdraw', (context) => {
    const session = requireSession(context);
    const { id } = commentIdParametersSchema.parse(context.req.param());
    withdrawComment(database, id, session.user.id, new Date());
    return context.json({}, 200);
  });

  app.get('/api/standards/:id/comments', (context) => {
    const session = requireSession(context);
    const { id } = standardIdParametersSchema.parse(context.req.param());
    if (!canReadStandardComments(requireVisibleStandard(database, id, session.user.id))) throw new DomainError('forbidden', 'Only members read the comments.');
    const { q } = standardCommentsQuerySchema.parse(context.req.query());
    const draft = readLiveDraft(database, id);
    const numbering = numberDocument(draft);
    const clauseNumberOf = referenceNamerOf(draft, numbering);
    // Document order: where each commented element stands in the live draft now; detached comments come last.
    const positionOf = (clauseId: string) => numbering.byId.get(clauseId)?.position ?? Number.MAX_SAFE_INTEGER;
    const rows = listCommentsOfStandard(database, id).filter(
      (row) => q === undefined || q === '' || commentMatchesQuery({ ...row.comment, organisation: row.organisation, displayName: row.displayName, clauseNumber: clauseNumberOf(row.comment.clauseId) }, q),
    );
    const decisions = decisionsOfComments(database, rows.map((row) => row.comment.id));
    const comments = rows
      .map((row) => presentComment(row, clauseNumberOf(row.comment.clauseId), decisions.get(row.comment.id), clauseNumberOf))
      .sort((left, right) => positionOf(left.clauseId) - positionOf(right.clauseId) || left.createdAt.localeCompare(right.createdAt));
    return context.json({ comments } satisfies CommentListResponse, 200);
  });
}
