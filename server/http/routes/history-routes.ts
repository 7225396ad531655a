import { standardIdParametersSchema } from '../../../shared/api/standards';
import { clauseHistoryQuerySchema, type ClauseHistoryResponse } from '../../../shared/api/versions';
import { documentNameForStandard } from '../../../shared/collab/document-name';
import { listClauseEdits } from '../../db/repos/clause-edits';
import type { HttpApp, HttpDependencies } from '../http-environment';
import { requireSession } from '../session-middleware';
import { requireVisibleStandard } from '../standard-access';

export function registerHistoryRoutes(app: HttpApp, { database }: HttpDependencies): void {
  app.get('/api/standards/:id/history', (context) => {
    const session = requireSession(context);
    const { id } = standardIdParametersSchema.parse(context.req.param());
    requireVisibleStandard(database, id, session.user.id);
    const { clauseId } = clauseHistoryQuerySchema.parse(context.req.query());
    const entries = listClauseEdits(database, documentNameForStandard(id), clauseId).map(({ edit, user }) => ({
      clauseId: edit.clauseId,
      user: { id: user.id, displayName: user.displayName },
      editedAt: edit.editedAt.toISOString(),
    }));
    return context.json({ entries } satisfies ClauseHistoryResponse, 200);
  });
}
