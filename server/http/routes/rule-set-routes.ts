import { createRuleSetRequestSchema, defaultRuleSetRequestSchema, ruleSetListResponseSchema } from '../../../shared/api/reviews';
import { DomainError } from '../../errors';
import { canManageRuleSets } from '../../policies/review-policy';
import { createRuleSet } from '../../reviews/commands/create-rule-set';
import { setDefaultRuleSet } from '../../reviews/commands/set-default-rule-set';
import { defaultRuleSetId, listRuleSetCatalogue } from '../../reviews/rule-set-catalogue';
import type { HttpApp, HttpDependencies } from '../http-environment';
import { presentRuleSet } from '../presenters/present-review';
import { readJsonBody } from '../request-body';
import { requireSession } from '../session-middleware';

export function registerRuleSetRoutes(app: HttpApp, { database }: HttpDependencies): void {
  const catalogue = () =>
    ruleSetListResponseSchema.parse({ ruleSets: listRuleSetCatalogue(database).map(({ ruleSet, preset }) => presentRuleSet(ruleSet, preset)), defaultRuleSetId: defaultRuleSetId(database) });

  app.get('/api/rule-sets', (context) => {
    requireSession(context);
    return context.json(catalogue(), 200);
  });

  app.post('/api/rule-sets', async (context) => {
    const session = requireSession(context);
    if (!canManageRuleSets(session.user)) throw new DomainError('forbidden', 'Only a site administrator defines rule sets.');
    const request = await readJsonBody(context, createRuleSetRequestSchema);
    createRuleSet({ database, actorId: session.user.id, request, now: new Date() });
    return context.json(catalogue(), 201);
  });

  app.put('/api/site-settings/default-rule-set', async (context) => {
    const session = requireSession(context);
    if (!canManageRuleSets(session.user)) throw new DomainError('forbidden', 'Only a site administrator sets the default rule set.');
    const request = await readJsonBody(context, defaultRuleSetRequestSchema);
    setDefaultRuleSet({ database, actorId: session.user.id, ruleSetId: request.ruleSetId, now: new Date() });
    return context.json(catalogue(), 200);
  });
}
