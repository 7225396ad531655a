import { standardIdParametersSchema } from '../../../shared/api/standards';
import { stageMoveRequestSchema } from '../../../shared/api/versions';
import { moveStage } from '../../commands/move-stage';
import { stageGateFacts } from '../../commands/stage-gates';
import { listMemberChanges } from '../../db/repos/members';
import { listStageMoves } from '../../db/repos/stage-moves';
import { DomainError } from '../../errors';
import { canMoveStage } from '../../policies/standard-policy';
import { publishStandard } from '../../publications/commands/publish-standard';
import type { HttpApp, HttpDependencies } from '../http-environment';
import { presentStageOverview } from '../presenters/present-stage-overview';
import { readJsonBody } from '../request-body';
import { requireSession } from '../session-middleware';
import { requireStandard, requireVisibleStandard } from '../standard-access';

export function registerStageRoutes(app: HttpApp, { database, liveDocuments, bodyTimeZone, pdfConverter, periodicReviewIntervalYears }: HttpDependencies): void {
  app.get('/api/standards/:id/stage', (context) => {
    const session = requireSession(context);
    const { id } = standardIdParametersSchema.parse(context.req.param());
    const membership = requireVisibleStandard(database, id, session.user.id);
    return context.json(presentStageOverview(requireStandard(database, id), listStageMoves(database, id), listMemberChanges(database, id), canMoveStage(membership), stageGateFacts(database, id), new Date(), bodyTimeZone), 200);
  });

  app.post('/api/standards/:id/stage', async (context) => {
    const session = requireSession(context);
    const { id } = standardIdParametersSchema.parse(context.req.param());
    const membership = requireVisibleStandard(database, id, session.user.id);
    if (!canMoveStage(membership)) throw new DomainError('forbidden', 'Only the secretariat moves a standard between stages.');
    const request = await readJsonBody(context, stageMoveRequestSchema);
    const standard = requireStandard(database, id);
    const { to, note } = request;
    if (to === 'periodic_review' || standard.stage === 'periodic_review') {
      throw new DomainError('stage_move_not_allowed', 'A periodic review (复审) is started and concluded under Periodic reviews (/api/standards/{id}/periodic-reviews), which records it.');
    }
    if (to === 'published') {
      await publishStandard({
        database,
        liveDocuments,
        pdfConverter,
        standard,
        publishedBy: session.user.id,
        publishedOn: request.publishedOn,
        implementedOn: request.implementedOn,
        publishedProcessDocuments: request.publishedProcessDocuments,
        note,
        now: new Date(),
        bodyTimeZone,
        periodicReviewIntervalYears,
      });
    } else {
      await moveStage({ database, liveDocuments, standard, movedBy: session.user.id, to, note, now: new Date(), bodyTimeZone });
    }
    return context.json(presentStageOverview(requireStandard(database, id), listStageMoves(database, id), listMemberChanges(database, id), true, stageGateFacts(database, id), new Date(), bodyTimeZone), 200);
  });
}
