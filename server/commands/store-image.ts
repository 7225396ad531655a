import { fileTypeFromBuffer } from 'file-type';
import { acceptedImageTypes, maximumImageBytes } from '../../shared/api/images';
import { generateRandomIdentifier } from '../auth/session-token';
import type { Database } from '../db/client';
import { insertImage, type ImageRecord } from '../db/repos/images';
import { DomainError } from '../errors';

export interface StoreImageProps {
  database: Database;
  standardId: string;
  uploadedBy: string;
  bytes: Uint8Array;
  now: Date;
}

function isAcceptedImageType(mime: string): mime is (typeof acceptedImageTypes)[number] {
  return (acceptedImageTypes as readonly string[]).includes(mime);
}

/** Stores a figure image after checking its size and its real type from its bytes, whatever the client claimed. */
export async function storeImage({ database, standardId, uploadedBy, bytes, now }: StoreImageProps): Promise<ImageRecord> {
  if (bytes.byteLength === 0) throw new DomainError('invalid_request', 'The image is empty.');
  if (bytes.byteLength > maximumImageBytes) {
    throw new DomainError('body_too_large', `Images may be at most ${maximumImageBytes / 1024 / 1024} MiB.`);
  }
  const detected = await fileTypeFromBuffer(bytes);
  if (!detected || !isAcceptedImageType(detected.mime)) {
    throw new DomainError('unsupported_media_type', 'Only PNG, JPEG, GIF and WebP images can be used as figures.');
  }
  const image: ImageRecord = {
    id: generateRandomIdentifier(12),
    standardId,
    contentType: detected.mime,
    bytes: Buffer.from(bytes),
    uploadedBy,
    createdAt: now,
  };
  insertImage(database, image);
  return image;
}
