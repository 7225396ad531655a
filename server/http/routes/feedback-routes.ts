import { answerFeedbackRequestSchema, feedbackIdParametersSchema, feedbackListResponseSchema, myFeedbackResponseSchema, publicEditionOutlineResponseSchema, publicEditionParametersSchema, submitFeedbackRequestSchema } from '../../../shared/api/feedback';
import { standardIdParametersSchema } from '../../../shared/api/standards';
import { findFeedbackOfStandard, listFeedbackOfSender, listFeedbackOfStandard } from '../../db/repos/implementation-feedback';
import { loadMembership } from '../../commands/load-membership';
import { DomainError } from '../../errors';
import { answerFeedback } from '../../feedback/commands/answer-feedback';
import { submitFeedback } from '../../feedback/commands/submit-feedback';
import { documentOfPublishedEdition, requirePublishedEdition } from '../../feedback/published-edition';
import { canHandleFeedback, canSeeFeedbackContact, canSendFeedback } from '../../policies/feedback-policy';
import { clientAddress } from '../client-address';
import type { HttpApp, HttpDependencies } from '../http-environment';
import { takeSubmission } from '../submission-limits';
import { presentFeedback, presentFeedbackList } from '../presenters/present-feedback';
import { presentOutline } from '../presenters/present-outline';
import { readJsonBody } from '../request-body';
import { requireSession } from '../session-middleware';
import { requireVisibleStandard } from '../standard-access';

export function registerFeedbackRoutes(app: HttpApp, { database, complaintAnswerDays, commentSubmissionLimits }: HttpDependencies): void {
  /** The outline a feedback form offers: public, like the published text itself. */
  app.get('/api/public/standards/:bodyCode/:edition/outline', (context) => {
    const { bodyCode, edition: segment } = publicEditionParametersSchema.parse(context.req.param());
    const edition = requirePublishedEdition(database, bodyCode, segment);
    const outline = presentOutline(documentOfPublishedEdition(database, edition));
    return context.json(
      publicEditionOutlineResponseSchema.parse({
        standardNumber: edition.number,
        title: edition.standard.title,
        titleEn: edition.standard.titleEn,
        publishedOn: edition.publication.publishedOn,
        outline: outline.items,
        elements: outline.elements,
        complaintAnswerDays,
      }),
      200,
    );
  });

  app.post('/api/public/standards/:bodyCode/:edition/feedback', async (context) => {
    const session = requireSession(context);
    if (!canSendFeedback(true)) throw new DomainError('forbidden', 'Sign in to send feedback.');
    const { bodyCode, edition: segment } = publicEditionParametersSchema.parse(context.req.param());
    const edition = requirePublishedEdition(database, bodyCode, segment);
    const request = await readJsonBody(context, submitFeedbackRequestSchema);
    takeSubmission(commentSubmissionLimits, session.user.id, clientAddress(context), Date.now(), 'feedback submissions');
    const feedback = submitFeedback({ database, edition, senderId: session.user.id, request, now: new Date() });
    return context.json(presentFeedback(database, feedback, true), 201);
  });

  app.get('/api/standards/:id/feedback', (context) => {
    const session = requireSession(context);
    const { id } = standardIdParametersSchema.parse(context.req.param());
    if (!canHandleFeedback(requireVisibleStandard(database, id, session.user.id))) throw new DomainError('forbidden', 'Only the secretariat reads the implementation feedback.');
    return context.json(feedbackListResponseSchema.parse(presentFeedbackList(database, listFeedbackOfStandard(database, id))), 200);
  });

  app.post('/api/standards/:id/feedback/:feedbackId/answer', async (context) => {
    const session = requireSession(context);
    const { id, feedbackId } = feedbackIdParametersSchema.parse(context.req.param());
    if (!canHandleFeedback(requireVisibleStandard(database, id, session.user.id))) throw new DomainError('forbidden', 'Only the secretariat answers implementation feedback.');
    const feedback = findFeedbackOfStandard(database, id, feedbackId);
    if (!feedback) throw new DomainError('not_found', 'This standard has no such feedback.');
    const { answer } = await readJsonBody(context, answerFeedbackRequestSchema);
    answerFeedback({ database, feedback, answeredBy: session.user.id, answer, now: new Date() });
    const answered = findFeedbackOfStandard(database, id, feedbackId) ?? feedback;
    return context.json(presentFeedback(database, answered, true), 200);
  });

  app.get('/api/me/feedback', (context) => {
    const session = requireSession(context);
    const feedback = listFeedbackOfSender(database, session.user.id).map((item) => {
      const viewer = { userId: session.user.id, membership: loadMembership(database, item.standardId, session.user.id) };
      return presentFeedback(database, item, canSeeFeedbackContact(viewer, item.submittedBy));
    });
    return context.json(myFeedbackResponseSchema.parse({ feedback }), 200);
  });
}
