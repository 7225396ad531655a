import { complaintIdParametersSchema, complaintListResponseSchema, complaintSchema, complaintStepRequestSchema, lodgeComplaintRequestSchema, myComplaintParametersSchema } from '../../../shared/api/complaints';
import { publicEditionParametersSchema } from '../../../shared/api/feedback';
import { standardIdParametersSchema } from '../../../shared/api/standards';
import { loadMembership } from '../../commands/load-membership';
import { findComplaintById, listComplaintsOfComplainant, listComplaintsOfStandard } from '../../db/repos/complaints';
import { DomainError } from '../../errors';
import { lodgeComplaint } from '../../feedback/commands/lodge-complaint';
import { takeComplaintStep } from '../../feedback/commands/take-complaint-step';
import { requirePublishedEdition } from '../../feedback/published-edition';
import { canHandleComplaints, canLodgeComplaint, canReadComplaint } from '../../policies/complaint-policy';
import { clientAddress } from '../client-address';
import type { HttpApp, HttpDependencies } from '../http-environment';
import { takeSubmission } from '../submission-limits';
import { presentComplaint } from '../presenters/present-complaint';
import { readJsonBody } from '../request-body';
import { requireSession } from '../session-middleware';
import { requireVisibleStandard } from '../standard-access';

const noSuchComplaint = 'There is no such complaint, or it is not yours to read.';

export function registerComplaintRoutes(app: HttpApp, { database, bodyTimeZone, complaintAnswerDays, commentSubmissionLimits }: HttpDependencies): void {
  app.post('/api/public/standards/:bodyCode/:edition/complaints', async (context) => {
    const session = requireSession(context);
    if (!canLodgeComplaint(true)) throw new DomainError('forbidden', 'Sign in to lodge a complaint.');
    const { bodyCode, edition: segment } = publicEditionParametersSchema.parse(context.req.param());
    const edition = requirePublishedEdition(database, bodyCode, segment);
    const request = await readJsonBody(context, lodgeComplaintRequestSchema);
    takeSubmission(commentSubmissionLimits, session.user.id, clientAddress(context), Date.now(), 'complaints');
    const now = new Date();
    const complaint = lodgeComplaint({ database, edition, complainantId: session.user.id, request, bodyTimeZone, complaintAnswerDays, now });
    return context.json(complaintSchema.parse(presentComplaint(database, complaint, bodyTimeZone, now)), 201);
  });

  app.get('/api/standards/:id/complaints', (context) => {
    const session = requireSession(context);
    const { id } = standardIdParametersSchema.parse(context.req.param());
    if (!canHandleComplaints(requireVisibleStandard(database, id, session.user.id))) throw new DomainError('forbidden', 'Only the secretariat handles complaints.');
    const now = new Date();
    const complaints = listComplaintsOfStandard(database, id).map((complaint) => presentComplaint(database, complaint, bodyTimeZone, now));
    return context.json(complaintListResponseSchema.parse({ complaints }), 200);
  });

  app.post('/api/standards/:id/complaints/:complaintId/steps', async (context) => {
    const session = requireSession(context);
    const { id, complaintId } = complaintIdParametersSchema.parse(context.req.param());
    if (!canHandleComplaints(requireVisibleStandard(database, id, session.user.id))) throw new DomainError('forbidden', 'Only the secretariat handles complaints.');
    const complaint = findComplaintById(database, complaintId);
    if (!complaint || complaint.standardId !== id) throw new DomainError('not_found', 'This standard has no such complaint.');
    const request = await readJsonBody(context, complaintStepRequestSchema);
    const now = new Date();
    takeComplaintStep({ database, complaintId, takenBy: session.user.id, request, now });
    return context.json(complaintSchema.parse(presentComplaint(database, findComplaintById(database, complaintId) ?? complaint, bodyTimeZone, now)), 200);
  });

  app.get('/api/me/complaints', (context) => {
    const session = requireSession(context);
    const now = new Date();
    const complaints = listComplaintsOfComplainant(database, session.user.id).map((complaint) => presentComplaint(database, complaint, bodyTimeZone, now));
    return context.json(complaintListResponseSchema.parse({ complaints }), 200);
  });

  app.get('/api/me/complaints/:complaintId', (context) => {
    const session = requireSession(context);
    const { complaintId } = myComplaintParametersSchema.parse(context.req.param());
    const complaint = findComplaintById(database, complaintId);
    const viewer = { userId: session.user.id, membership: complaint ? loadMembership(database, complaint.standardId, session.user.id) : null };
    if (!complaint || !canReadComplaint(viewer, complaint.lodgedBy)) throw new DomainError('not_found', noSuchComplaint);
    return context.json(complaintSchema.parse(presentComplaint(database, complaint, bodyTimeZone, new Date())), 200);
  });
}
