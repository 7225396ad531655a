import { catalogueQuerySchema, publicBodyParametersSchema } from '../../../shared/api/public-standards';
import { DomainError } from '../../errors';
import { renderCatalogueFeed } from '../../public-standards/atom-feed';
import { renderCataloguePage } from '../../public-standards/html/catalogue-page';
import { presentPublicStandard } from '../../public-standards/present-public-standard';
import { catalogueAddress } from '../../public-standards/public-addresses';
import { listCatalogueEditions, searchCatalogue } from '../../public-standards/search-catalogue';
import type { HttpApp, HttpDependencies } from '../http-environment';
import { editionOfPath } from '../public-edition-access';
import { canonicalAddress, editionNotFoundPage, publicHtml, publicPageLanguage, unreadableQueryPage } from '../public-page-responses';

/** The issuing body's name as its newest publication prints it, its code while it has none. */
function issuingBodyOf(editions: ReturnType<typeof listCatalogueEditions>, bodyCode: string): string {
  const newest = [...editions].sort((left, right) => (right.row.publishedAt?.getTime() ?? 0) - (left.row.publishedAt?.getTime() ?? 0))[0];
  return newest?.text.cover.issuingBody || `T/${bodyCode}`;
}

/** The public catalogue (HTML and JSON), the Atom feed of new publications and the public record as JSON: no account needed. */
export function registerPublicCatalogueRoutes(app: HttpApp, { database, publicUrl }: HttpDependencies): void {
  app.get('/api/public/standards', (context) => {
    const query = catalogueQuerySchema.parse(context.req.query());
    return context.json(searchCatalogue(database, query), 200);
  });

  app.get('/api/public/standards/:bodyCode/:edition', (context) => {
    const edition = editionOfPath(database, context.req.param());
    if (!edition) throw new DomainError('not_found', 'No published standard has this number.');
    return context.json(presentPublicStandard(database, edition), 200);
  });

  app.get('/t/:bodyCode/feed.atom', (context) => {
    const parsed = publicBodyParametersSchema.safeParse(context.req.param());
    if (!parsed.success) return editionNotFoundPage(context, null);
    const { bodyCode } = parsed.data;
    const editions = listCatalogueEditions(database, bodyCode);
    const origin = publicUrl?.origin ?? new URL(context.req.url).origin;
    return context.body(renderCatalogueFeed({ bodyCode, issuingBody: issuingBodyOf(editions, bodyCode), editions, origin }), 200, {
      'Content-Type': 'application/atom+xml; charset=utf-8',
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'public, max-age=300',
    });
  });

  app.get('/t/:bodyCode', (context) => {
    const parameters = publicBodyParametersSchema.safeParse(context.req.param());
    if (!parameters.success) return editionNotFoundPage(context, null);
    const { bodyCode } = parameters.data;
    const query = catalogueQuerySchema.safeParse({ ...context.req.query(), bodyCode });
    if (!query.success) return unreadableQueryPage(context, bodyCode);
    const catalogue = searchCatalogue(database, query.data);
    const issuingBody = issuingBodyOf(listCatalogueEditions(database, bodyCode), bodyCode);
    const language = publicPageLanguage(context);
    return publicHtml(context, renderCataloguePage({ bodyCode, issuingBody, catalogue, language, canonical: canonicalAddress(publicUrl, catalogueAddress(bodyCode), language) }));
  });
}
