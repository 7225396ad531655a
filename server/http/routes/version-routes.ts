import { standardIdParametersSchema } from '../../../shared/api/standards';
import { createVersionRequestSchema, versionIdParametersSchema, type LiveDraftDocumentResponse, type VersionDocumentResponse } from '../../../shared/api/versions';
import { freezeVersion } from '../../commands/freeze-version';
import { readLiveDraft } from '../../commands/read-live-draft';
import { restoreVersion } from '../../commands/restore-version';
import { findUserById } from '../../db/repos/users';
import { findVersion, listVersionsOfStandard } from '../../db/repos/versions';
import { documentOfVersionState } from '../../documents/version-document';
import { DomainError } from '../../errors';
import { canFreezeVersion, canRestoreVersion } from '../../policies/standard-policy';
import type { HttpApp, HttpDependencies } from '../http-environment';
import { presentOutline } from '../presenters/present-outline';
import { presentVersion } from '../presenters/present-version';
import { readJsonBody } from '../request-body';
import { requireSession } from '../session-middleware';
import { requireStandard, requireVisibleStandard } from '../standard-access';

export function registerVersionRoutes(app: HttpApp, { database, liveDocuments, bodyTimeZone }: HttpDependencies): void {
  function requireVersion(standardId: string, versionId: string) {
    const found = findVersion(database, standardId, versionId);
    if (!found) throw new DomainError('not_found', 'This version does not exist.');
    return found;
  }

  app.post('/api/standards/:id/versions', async (context) => {
    const session = requireSession(context);
    const { id } = standardIdParametersSchema.parse(context.req.param());
    if (!canFreezeVersion(requireVisibleStandard(database, id, session.user.id))) throw new DomainError('forbidden', 'Only people who edit this draft can freeze versions.');
    const { name } = await readJsonBody(context, createVersionRequestSchema);
    const version = freezeVersion({ database, standard: requireStandard(database, id), createdBy: session.user.id, name, reason: 'manual', now: new Date(), timeZone: bodyTimeZone });
    return context.json(presentVersion(version, session.user), 201);
  });

  app.get('/api/standards/:id/versions', (context) => {
    const session = requireSession(context);
    const { id } = standardIdParametersSchema.parse(context.req.param());
    requireVisibleStandard(database, id, session.user.id);
    return context.json({ versions: listVersionsOfStandard(database, id).map(({ version, creator }) => presentVersion(version, creator)) }, 200);
  });

  app.get('/api/standards/:id/document', (context) => {
    const session = requireSession(context);
    const { id } = standardIdParametersSchema.parse(context.req.param());
    requireVisibleStandard(database, id, session.user.id);
    const standard = requireStandard(database, id);
    const body: LiveDraftDocumentResponse = {
      metadata: { title: standard.title, titleEn: standard.titleEn, bodyCode: standard.bodyCode, sequenceNumber: standard.sequenceNumber },
      document: readLiveDraft(database, id).toJSON() as Record<string, unknown>,
    };
    return context.json(body, 200);
  });

  app.get('/api/standards/:id/versions/:versionId', (context) => {
    const session = requireSession(context);
    const { id, versionId } = versionIdParametersSchema.parse(context.req.param());
    requireVisibleStandard(database, id, session.user.id);
    const { version, creator } = requireVersion(id, versionId);
    const body: VersionDocumentResponse = {
      version: presentVersion(version, creator),
      metadata: version.metadata,
      document: documentOfVersionState(new Uint8Array(version.state)).toJSON() as Record<string, unknown>,
    };
    return context.json(body, 200);
  });

  app.get('/api/standards/:id/versions/:versionId/outline', (context) => {
    const session = requireSession(context);
    const { id, versionId } = versionIdParametersSchema.parse(context.req.param());
    requireVisibleStandard(database, id, session.user.id);
    const { version } = requireVersion(id, versionId);
    return context.json(presentOutline(documentOfVersionState(new Uint8Array(version.state))), 200);
  });

  app.post('/api/standards/:id/versions/:versionId/restore', async (context) => {
    const session = requireSession(context);
    const { id, versionId } = versionIdParametersSchema.parse(context.req.param());
    if (!canRestoreVersion(requireVisibleStandard(database, id, session.user.id))) throw new DomainError('forbidden', 'Only people who edit this draft can restore versions.');
    const { version } = requireVersion(id, versionId);
    const safetyCopy = await restoreVersion({ database, liveDocuments, standard: requireStandard(database, id), version, restoredBy: session.user.id, now: new Date() });
    const creator = findUserById(database, safetyCopy.createdBy) ?? session.user;
    return context.json(presentVersion(safetyCopy, creator), 200);
  });
}
