import { findImageOfStandard, standardHasImage } from '../../db/repos/public-standards';
import { isEditionImagePublic } from '../../policies/public-standard-policy';
import { renderDocumentHtml } from '../../public-standards/document-html/render-document-html';
import { publicStylesheet } from '../../public-standards/html/public-stylesheet';
import { renderStandardPage } from '../../public-standards/html/standard-page';
import { presentPublicStandard } from '../../public-standards/present-public-standard';
import { editionImageAddress, editionPageAddress, publicStylesheetAddress } from '../../public-standards/public-addresses';
import type { HttpApp, HttpDependencies } from '../http-environment';
import { bodyCodeOfPath, editionOfPath } from '../public-edition-access';
import { canonicalAddress, editionNotFoundPage, publicHtml, publicPageLanguage } from '../public-page-responses';
import { registerPublicDownloadRoutes } from './public-download-routes';

/**
 * The permanent public pages of published editions (no account needed), rendered on the server so they work without
 * JavaScript and can be indexed; registered before the single-page app so these paths never fall through to it.
 */
export function registerPublicStandardPageRoutes(app: HttpApp, dependencies: HttpDependencies): void {
  const { database, publicUrl } = dependencies;

  app.get(publicStylesheetAddress, (context) =>
    context.body(publicStylesheet, 200, { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'public, max-age=3600', 'X-Content-Type-Options': 'nosniff' }),
  );

  registerPublicDownloadRoutes(app, dependencies);

  app.get('/t/:bodyCode/:edition/images/:imageId', (context) => {
    const edition = editionOfPath(database, context.req.param());
    const imageId = context.req.param('imageId');
    if (!edition || !isEditionImagePublic(edition.row, edition.text.figureImageIds, imageId)) return editionNotFoundPage(context, null);
    const image = findImageOfStandard(database, edition.row.standardId, imageId);
    if (!image) return editionNotFoundPage(context, null);
    return context.body(new Uint8Array(image.bytes), 200, {
      'Content-Type': image.contentType,
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
      'Cache-Control': 'public, max-age=31536000, immutable',
    });
  });

  app.get('/t/:bodyCode/:edition', (context) => {
    const edition = editionOfPath(database, context.req.param());
    if (!edition) return editionNotFoundPage(context, bodyCodeOfPath(context.req.param()));
    const standard = presentPublicStandard(database, edition);
    const fullText = renderDocumentHtml(edition.text.document, {
      numbering: edition.text.numbering,
      imageAddress: (imageId) => (standardHasImage(database, edition.row.standardId, imageId) ? editionImageAddress(edition.row, imageId) : null),
    });
    const language = publicPageLanguage(context);
    return publicHtml(context, renderStandardPage({ standard, fullText, language, canonical: canonicalAddress(publicUrl, editionPageAddress(edition.row), language) }));
  });
}
