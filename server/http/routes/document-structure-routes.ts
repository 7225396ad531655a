import type { LintResponse, LintRulesResponse } from '../../../shared/api/document-structure';
import { standardIdParametersSchema } from '../../../shared/api/standards';
import { lintDocument } from '../../../shared/document/lint/lint-document';
import { describeLintRules } from '../../../shared/document/lint/lint-rules';
import { readLiveDraft } from '../../commands/read-live-draft';
import type { HttpApp, HttpDependencies } from '../http-environment';
import { presentOutline } from '../presenters/present-outline';
import { requireSession } from '../session-middleware';
import { requireVisibleStandard } from '../standard-access';

export function registerDocumentStructureRoutes(app: HttpApp, { database }: HttpDependencies): void {
  app.get('/api/standards/:id/outline', (context) => {
    const session = requireSession(context);
    const { id } = standardIdParametersSchema.parse(context.req.param());
    requireVisibleStandard(database, id, session.user.id);
    return context.json(presentOutline(readLiveDraft(database, id)), 200);
  });

  app.get('/api/standards/:id/lint', (context) => {
    const session = requireSession(context);
    const { id } = standardIdParametersSchema.parse(context.req.param());
    requireVisibleStandard(database, id, session.user.id);
    const issues = lintDocument(readLiveDraft(database, id)).map(({ ruleId, severity, message, targetId }) => ({ ruleId, severity, message, targetId }));
    return context.json({ issues } satisfies LintResponse, 200);
  });

  const rules: LintRulesResponse = { rules: describeLintRules() };
  app.get('/api/lint-rules', (context) => context.json(rules, 200));
}
