import { create as contentDisposition } from 'content-disposition';
import { commentPeriodIdParametersSchema } from '../../../shared/api/comments';
import { reviewIdParametersSchema } from '../../../shared/api/reviews';
import { standardIdParametersSchema } from '../../../shared/api/standards';
import { versionIdParametersSchema } from '../../../shared/api/versions';
import { explanatoryStatementTitle } from '../../../shared/document/explanatory-statement/explanatory-statement-facts';
import { loadMembership } from '../../commands/load-membership';
import type { Database } from '../../db/client';
import { findVersion } from '../../db/repos/versions';
import { DomainError } from '../../errors';
import { liveExplanatoryStatementFacts } from '../../explanatory-statements/explanatory-statement-document-facts';
import { frozenExplanatoryStatementFile, type ExplanatoryStatementFile, type ExplanatoryStatementFormat } from '../../explanatory-statements/explanatory-statement-file';
import { currentExplanatoryStatementState } from '../../explanatory-statements/freeze-explanatory-statement';
import { openExplanatoryStatement } from '../../explanatory-statements/open-explanatory-statement';
import { refreshExplanatoryStatementFacts } from '../../explanatory-statements/refresh-explanatory-statement-facts';
import { cachedStatementPdf, statementPdfKey } from '../../explanatory-statements/statement-pdf-cache';
import { renderStandardDocx, wordContentType } from '../../exports/standard-document/render-standard-docx';
import { canRefreshExplanatoryStatementFacts, explanatoryStatementAccess } from '../../policies/explanatory-statement-policy';
import { requireReadablePeriodDraft } from '../comment-period-access';
import type { HttpApp, HttpDependencies } from '../http-environment';
import { requireVisibleReview } from '../review-access';
import { requireSession } from '../session-middleware';
import { requireStandard } from '../standard-access';
import { requireMaterials } from './review-material-routes';

const unsafeFileNameCharacters = /[\\/:*?"<>|\p{Cc}]+/gu;

function respondWithFile(file: ExplanatoryStatementFile, asciiName: string, format: ExplanatoryStatementFormat) {
  const safeName = file.fileName.replace(unsafeFileNameCharacters, ' ').replace(/\s+/g, ' ').trim().slice(0, 90);
  return {
    body: new Uint8Array(file.bytes),
    headers: {
      'Content-Type': file.contentType,
      'Content-Disposition': contentDisposition(safeName, { fallback: `${asciiName}.${format}` }),
      'X-Content-Type-Options': 'nosniff',
    },
  };
}

function requireStatementReader(database: Database, standardId: string, userId: string): void {
  if (explanatoryStatementAccess(loadMembership(database, standardId, userId)) === 'none') {
    throw new DomainError('not_found', 'This standard does not exist or you are not a member of it.');
  }
}

const missingStatement = () => new DomainError('not_found', 'This version was frozen without a 编制说明 (explanatory statement); only versions frozen by a stage move carry one.');

export function registerExplanatoryStatementRoutes(app: HttpApp, { database, liveDocuments, bodyTimeZone, pdfConverter }: HttpDependencies): void {
  async function versionFile(standardId: string, versionId: string, format: ExplanatoryStatementFormat) {
    const found = findVersion(database, standardId, versionId);
    if (!found) throw new DomainError('not_found', 'This version does not exist.');
    const file = await frozenExplanatoryStatementFile({ database, pdfConverter, version: found.version, format, timeZone: bodyTimeZone });
    if (!file) throw missingStatement();
    return respondWithFile(file, `explanatory-statement-${standardId}-${versionId}`, format);
  }

  for (const format of ['docx', 'pdf'] as const) {
    app.get(`/api/standards/:id/explanatory-statement.${format}`, async (context) => {
      const session = requireSession(context);
      const { id } = standardIdParametersSchema.parse(context.req.param());
      requireStatementReader(database, id, session.user.id);
      const standard = requireStandard(database, id);
      // Seeded now if nobody opened it yet, so that every later export (and its cached PDF) shows the same text.
      await openExplanatoryStatement({ database, liveDocuments, standard, timeZone: bodyTimeZone });
      const render = () => renderStandardDocx(liveExplanatoryStatementFacts(database, standard, new Date(), bodyTimeZone));
      const key = statementPdfKey(currentExplanatoryStatementState(database, standard, bodyTimeZone), `live\u0000${standard.title}`);
      const bytes = format === 'docx' ? await render() : await cachedStatementPdf(pdfConverter, key, render);
      const file = { bytes, contentType: format === 'docx' ? wordContentType : 'application/pdf', fileName: `${explanatoryStatementTitle(standard.title)}.${format}` };
      const response = respondWithFile(file, `explanatory-statement-${id}`, format);
      return context.body(response.body, 200, response.headers);
    });

    app.get(`/api/standards/:id/versions/:versionId/explanatory-statement.${format}`, async (context) => {
      const session = requireSession(context);
      const { id, versionId } = versionIdParametersSchema.parse(context.req.param());
      requireStatementReader(database, id, session.user.id);
      const response = await versionFile(id, versionId, format);
      return context.body(response.body, 200, response.headers);
    });

    /** Goes out with the 征求意见稿: whoever may read the period's draft reads the 编制说明 frozen with it. */
    app.get(`/api/comment-periods/:id/explanatory-statement.${format}`, async (context) => {
      const session = requireSession(context);
      const { id } = commentPeriodIdParametersSchema.parse(context.req.param());
      const { period } = requireReadablePeriodDraft(database, id, session.user.id, new Date());
      const response = await versionFile(period.standardId, period.versionId, format);
      return context.body(response.body, 200, response.headers);
    });

    /** Part of the review materials, under the same rule as the 送审稿. */
    app.get(`/api/reviews/:id/explanatory-statement.${format}`, async (context) => {
      const session = requireSession(context);
      const { id } = reviewIdParametersSchema.parse(context.req.param());
      const visible = requireVisibleReview(database, id, session.user.id);
      requireMaterials(visible);
      const response = await versionFile(visible.review.standardId, visible.review.versionId, format);
      return context.body(response.body, 200, response.headers);
    });
  }

  app.post('/api/standards/:id/explanatory-statement/refresh-facts', async (context) => {
    const session = requireSession(context);
    const { id } = standardIdParametersSchema.parse(context.req.param());
    const membership = loadMembership(database, id, session.user.id);
    requireStatementReader(database, id, session.user.id);
    if (!canRefreshExplanatoryStatementFacts(membership)) throw new DomainError('forbidden', 'Only the drafters of this standard may refresh the facts of its 编制说明.');
    const standard = requireStandard(database, id);
    const result = await refreshExplanatoryStatementFacts({ database, liveDocuments, standard, timeZone: bodyTimeZone });
    return context.json(result, 200);
  });
}
