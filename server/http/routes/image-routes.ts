import { uploadedImageSchema } from '../../../shared/api/images';
import { standardIdParametersSchema } from '../../../shared/api/standards';
import { storeImage } from '../../commands/store-image';
import { findImageById } from '../../db/repos/images';
import { DomainError } from '../../errors';
import { canEditDraft } from '../../policies/standard-policy';
import type { HttpApp, HttpDependencies } from '../http-environment';
import { requireSession } from '../session-middleware';
import { requireVisibleStandard } from '../standard-access';

export function registerImageRoutes(app: HttpApp, { database }: HttpDependencies): void {
  app.post(
    '/api/standards/:id/images',
    async (context) => {
      const session = requireSession(context);
      const { id } = standardIdParametersSchema.parse(context.req.param());
      if (!canEditDraft(requireVisibleStandard(database, id, session.user.id))) throw new DomainError('forbidden', 'Only people who edit this draft can add figures.');
      const bytes = new Uint8Array(await context.req.arrayBuffer());
      const image = await storeImage({ database, standardId: id, uploadedBy: session.user.id, bytes, now: new Date() });
      return context.json(uploadedImageSchema.parse({ id: image.id, contentType: image.contentType, size: image.bytes.byteLength }), 201);
    },
  );

  app.get('/api/images/:imageId', (context) => {
    const session = requireSession(context);
    const image = findImageById(database, context.req.param('imageId'));
    if (!image) throw new DomainError('not_found', 'This image does not exist.');
    requireVisibleStandard(database, image.standardId, session.user.id);
    return context.body(new Uint8Array(image.bytes), 200, {
      'Content-Type': image.contentType,
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
      'Cache-Control': 'private, max-age=31536000, immutable',
    });
  });
}
