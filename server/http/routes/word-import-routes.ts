import type { Context } from 'hono';
import { standardIdParametersSchema } from '../../../shared/api/standards';
import { wordDocumentContentType, type DraftImportResponse, type StandardImportResponse } from '../../../shared/api/word-import';
import { cancelledImport, importStandardFromWord } from '../../commands/import-standard-from-word';
import { replaceDraftFromWord } from '../../commands/replace-draft-from-word';
import { DomainError } from '../../errors';
import { canEditDraft } from '../../policies/standard-policy';
import type { HttpApp, HttpDependencies, HttpVariables } from '../http-environment';
import { requireSession } from '../session-middleware';
import { requireStandard, requireVisibleStandard } from '../standard-access';

async function wordFileOf(context: Context<{ Variables: HttpVariables }>): Promise<Uint8Array> {
  const mediaType = (context.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
  if (mediaType !== wordDocumentContentType) {
    throw new DomainError('unsupported_media_type', `Upload the Word file as the request body with Content-Type ${wordDocumentContentType}.`);
  }
  try {
    return new Uint8Array(await context.req.arrayBuffer());
  } catch (error) {
    // The person closed the upload (cancelled it) before it was all sent.
    if (context.req.raw.signal.aborted) throw cancelledImport();
    throw error;
  }
}

export function registerWordImportRoutes(app: HttpApp, { database, liveDocuments, wordImportLimits }: HttpDependencies): void {
  app.post('/api/standards/imports', async (context) => {
    const session = requireSession(context);
    const bytes = await wordFileOf(context);
    const signal = context.req.raw.signal;
    const { standard, report } = await importStandardFromWord({ database, creatorId: session.user.id, bytes, limits: wordImportLimits, now: new Date(), isCancelled: () => signal.aborted });
    return context.json({ standardId: standard.id, report } satisfies StandardImportResponse, 201);
  });

  app.post('/api/standards/:id/draft-imports', async (context) => {
    const session = requireSession(context);
    const { id } = standardIdParametersSchema.parse(context.req.param());
    if (!canEditDraft(requireVisibleStandard(database, id, session.user.id))) throw new DomainError('forbidden', 'Only people who edit this draft can replace it with a Word file.');
    const bytes = await wordFileOf(context);
    const signal = context.req.raw.signal;
    const { safetyVersion, report } = await replaceDraftFromWord({
      database,
      liveDocuments,
      standard: requireStandard(database, id),
      importedBy: session.user.id,
      bytes,
      limits: wordImportLimits,
      now: new Date(),
      isCancelled: () => signal.aborted,
    });
    return context.json({ versionId: safetyVersion.id, report } satisfies DraftImportResponse, 200);
  });
}
