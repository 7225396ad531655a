import type { OutlineResponse } from '../../../shared/api/document-structure';
import { standardIdParametersSchema } from '../../../shared/api/standards';
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
}
