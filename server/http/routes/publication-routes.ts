import { create as contentDisposition } from 'content-disposition';
import { assignNumberRequestSchema, publicationParametersSchema } from '../../../shared/api/publications';
import { standardIdParametersSchema } from '../../../shared/api/standards';
import { formatStandardNumber } from '../../../shared/domain/publication-status';
import { listPeriodicReviewsOfStandard } from '../../db/repos/periodic-reviews';
import { findPublicationOfStandard, listPublicationsOfStandard } from '../../db/repos/publications';
import { DomainError } from '../../errors';
import { wordContentType } from '../../exports/standard-document/render-standard-docx';
import { canManagePublications, canReadPublications } from '../../policies/publication-policy';
import { assignNumber } from '../../publications/commands/assign-number';
import { suggestNextNumber } from '../../publications/commands/suggest-next-number';
import type { HttpApp, HttpDependencies } from '../http-environment';
import { presentEdition, presentPublicationList } from '../presenters/present-publications';
import { readJsonBody } from '../request-body';
import { requireSession } from '../session-middleware';
import { requireStandard, requireVisibleStandard } from '../standard-access';

const fileTypes = {
  docx: { contentType: wordContentType, column: 'docx' },
  pdf: { contentType: 'application/pdf', column: 'pdf' },
} as const;

export function registerPublicationRoutes(app: HttpApp, { database, liveDocuments, bodyTimeZone }: HttpDependencies): void {
  app.post('/api/standards/:id/number', async (context) => {
    const session = requireSession(context);
    const { id } = standardIdParametersSchema.parse(context.req.param());
    if (!canManagePublications(requireVisibleStandard(database, id, session.user.id))) throw new DomainError('forbidden', 'Only the secretariat assigns the standard number.');
    const { sequenceNumber, year } = await readJsonBody(context, assignNumberRequestSchema);
    const edition = await assignNumber({ database, liveDocuments, standard: requireStandard(database, id), assignedBy: session.user.id, sequenceNumber, year, now: new Date() });
    return context.json(presentEdition(database, edition, listPublicationsOfStandard(database, id)), 200);
  });

  app.get('/api/standards/:id/number/next', (context) => {
    const session = requireSession(context);
    const { id } = standardIdParametersSchema.parse(context.req.param());
    if (!canReadPublications(requireVisibleStandard(database, id, session.user.id))) throw new DomainError('forbidden', 'Only members read the numbering.');
    return context.json(suggestNextNumber(database, requireStandard(database, id), new Date(), bodyTimeZone), 200);
  });

  app.get('/api/standards/:id/publications', (context) => {
    const session = requireSession(context);
    const { id } = standardIdParametersSchema.parse(context.req.param());
    const membership = requireVisibleStandard(database, id, session.user.id);
    if (!canReadPublications(membership)) throw new DomainError('forbidden', 'Only members read the editions.');
    return context.json(presentPublicationList(database, listPublicationsOfStandard(database, id), listPeriodicReviewsOfStandard(database, id), canManagePublications(membership)), 200);
  });

  for (const format of ['docx', 'pdf'] as const) {
    app.get(`/api/standards/:id/publications/:publicationId/document.${format}`, (context) => {
      const session = requireSession(context);
      const { id, publicationId } = publicationParametersSchema.parse(context.req.param());
      if (!canManagePublications(requireVisibleStandard(database, id, session.user.id))) throw new DomainError('forbidden', 'Only the secretariat downloads the published files here; anyone can on the public page.');
      const edition = findPublicationOfStandard(database, id, publicationId);
      const bytes = edition?.[fileTypes[format].column];
      if (!edition || edition.publishedAt === null || !bytes) throw new DomainError('not_found', 'This edition does not exist or is not published yet.');
      const number = formatStandardNumber(edition.bodyCode, edition.sequenceNumber, edition.year);
      const asciiName = `T-${edition.bodyCode}-${edition.sequenceNumber}-${edition.year}.${format}`;
      return context.body(new Uint8Array(bytes), 200, {
        'Content-Type': fileTypes[format].contentType,
        'Content-Disposition': contentDisposition(`${number.replace('/', '／')}.${format}`, { fallback: asciiName }),
        'X-Content-Type-Options': 'nosniff',
      });
    });
  }
}
