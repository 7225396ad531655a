import { create as contentDisposition } from 'content-disposition';
import { standardIdParametersSchema } from '../../../shared/api/standards';
import { versionIdParametersSchema } from '../../../shared/api/versions';
import { findVersion } from '../../db/repos/versions';
import { DomainError } from '../../errors';
import { collectLiveDraftDocumentFacts, collectVersionDocumentFacts } from '../../exports/standard-document/collect-standard-document-facts';
import { renderStandardDocx, wordContentType } from '../../exports/standard-document/render-standard-docx';
import type { HttpApp, HttpDependencies } from '../http-environment';
import { requireSession } from '../session-middleware';
import { requireStandard, requireVisibleStandard } from '../standard-access';

/** Characters no file system takes in a name, and control characters. */
const unsafeFileNameCharacters = /[\\/:*?"<>|\p{Cc}]+/gu;

function safeName(text: string): string {
  return text.replace(unsafeFileNameCharacters, ' ').replace(/\s+/g, ' ').trim().slice(0, 80);
}

const pdfContentType = 'application/pdf';

function downloadFile(bytes: Uint8Array, contentType: string, fileName: string, asciiFileName: string) {
  return {
    body: new Uint8Array(bytes),
    headers: {
      'Content-Type': contentType,
      'Content-Disposition': contentDisposition(fileName, { fallback: asciiFileName }),
      'X-Content-Type-Options': 'nosniff',
    },
  };
}

type Format = 'docx' | 'pdf';

export function registerStandardDocumentRoutes(app: HttpApp, { database, bodyTimeZone, pdfConverter }: HttpDependencies): void {
  /** The Word file, or the PDF LibreOffice makes of it. */
  async function fileOf(docx: Uint8Array, format: Format, name: string, asciiName: string) {
    if (format === 'docx') return downloadFile(docx, wordContentType, `${name}.docx`, `${asciiName}.docx`);
    return downloadFile(await pdfConverter.convertDocxToPdf(docx), pdfContentType, `${name}.pdf`, `${asciiName}.pdf`);
  }

  for (const format of ['docx', 'pdf'] as const) {
    app.get(`/api/standards/:id/document.${format}`, async (context) => {
      const session = requireSession(context);
      const { id } = standardIdParametersSchema.parse(context.req.param());
      requireVisibleStandard(database, id, session.user.id);
      const standard = requireStandard(database, id);
      const docx = await renderStandardDocx(collectLiveDraftDocumentFacts({ database, standard, now: new Date(), timeZone: bodyTimeZone }));
      const file = await fileOf(docx, format, safeName(standard.title), `standard-${id}`);
      return context.body(file.body, 200, file.headers);
    });

    app.get(`/api/standards/:id/versions/:versionId/document.${format}`, async (context) => {
      const session = requireSession(context);
      const { id, versionId } = versionIdParametersSchema.parse(context.req.param());
      requireVisibleStandard(database, id, session.user.id);
      const found = findVersion(database, id, versionId);
      if (!found) throw new DomainError('not_found', 'This version does not exist.');
      const { version } = found;
      const docx = await renderStandardDocx(collectVersionDocumentFacts({ database, version, timeZone: bodyTimeZone }));
      const file = await fileOf(docx, format, `${safeName(version.metadata.title)} ${safeName(version.name)}`, `standard-${id}-version-${versionId}`);
      return context.body(file.body, 200, file.headers);
    });
  }
}
