import { createStandardRequestSchema, standardIdParametersSchema, standardListQuerySchema, type StandardListResponse } from '../../../shared/api/standards';
import { standardMatchesQuery } from '../../../shared/search/standard-search';
import { createStandard } from '../../commands/create-standard';
import { listMyStandards } from '../../commands/list-my-standards';
import type { HttpApp, HttpDependencies } from '../http-environment';
import { presentStandard } from '../presenters/present-standard';
import { readJsonBody } from '../request-body';
import { requireSession } from '../session-middleware';
import { requireStandard, requireVisibleStandard } from '../standard-access';

export function registerStandardRoutes(app: HttpApp, { database }: HttpDependencies): void {
  app.post('/api/standards', async (context) => {
    const session = requireSession(context);
    const request = await readJsonBody(context, createStandardRequestSchema);
    const standard = createStandard({ database, creatorId: session.user.id, request, now: new Date() });
    return context.json(presentStandard(standard, { role: 'secretariat' }), 201);
  });

  app.get('/api/standards', (context) => {
    const session = requireSession(context);
    const { q } = standardListQuerySchema.parse(context.req.query());
    const standards = listMyStandards(database, session.user.id)
      .filter(({ standard }) => q === undefined || q === '' || standardMatchesQuery(standard, q))
      .map(({ standard, membership }) => presentStandard(standard, membership));
    return context.json({ standards } satisfies StandardListResponse, 200);
  });

  app.get('/api/standards/:id', (context) => {
    const session = requireSession(context);
    const { id } = standardIdParametersSchema.parse(context.req.param());
    const membership = requireVisibleStandard(database, id, session.user.id);
    return context.json(presentStandard(requireStandard(database, id), membership), 200);
  });
}
