import type { LintResponse, LintRulesResponse, OutlineResponse } from '../../../shared/api/document-structure';
import { standardIdParametersSchema } from '../../../shared/api/standards';
import { lintDocument } from '../../../shared/document/lint/lint-document';
import { describeLintRules } from '../../../shared/document/lint/lint-rules';
import { numberDocument } from '../../../shared/document/numbering';
import { outlineOf } from '../../../shared/document/outline';
import { readDraftDocument } from '../../commands/read-draft-structure';
import type { HttpApp, HttpDependencies } from '../http-environment';
import { requireSession } from '../session-middleware';
import { requireVisibleStandard } from '../standard-access';

export function registerDocumentStructureRoutes(app: HttpApp, { database }: HttpDependencies): void {
  app.get('/api/standards/:id/outline', (context) => {
    const session = requireSession(context);
    const { id } = standardIdParametersSchema.parse(context.req.param());
    requireVisibleStandard(database, id, session.user.id);
    const items = outlineOf(numberDocument(readDraftDocument(database, id))).map(({ id: itemId, kind, number, title, level }) => ({ id: itemId, kind, number, title, level }));
    return context.json({ items } satisfies OutlineResponse, 200);
  });

  app.get('/api/standards/:id/lint', (context) => {
    const session = requireSession(context);
    const { id } = standardIdParametersSchema.parse(context.req.param());
    requireVisibleStandard(database, id, session.user.id);
    const issues = lintDocument(readDraftDocument(database, id)).map(({ ruleId, severity, message, targetId }) => ({ ruleId, severity, message, targetId }));
    return context.json({ issues } satisfies LintResponse, 200);
  });

  const rules: LintRulesResponse = { rules: describeLintRules() };
  app.get('/api/lint-rules', (context) => context.json(rules, 200));
}
