import type { UploadedImage } from '../../shared/api/images';
import { uploadedImageSchema } from '../../shared/api/images';
import { ApiError } from './api-error';
import { errorFromResponse } from './error-from-response';
import { isSuccessful, uploadRawBody, type UploadProgress } from './upload-raw-body';

/** Uploads a figure image as the raw request body, reporting the upload's progress. */
export async function uploadImage(standardId: string, file: Blob, onProgress: UploadProgress): Promise<UploadedImage> {
  const answer = await uploadRawBody(`/api/standards/${encodeURIComponent(standardId)}/images`, file.type || 'application/octet-stream', file, onProgress);
  if (!isSuccessful(answer)) throw errorFromResponse(new Response(null, { status: answer.status, statusText: answer.statusText }), answer.payload);
  const parsed = uploadedImageSchema.safeParse(answer.payload);
  if (!parsed.success) throw new ApiError(answer.status, 'unexpected_response', parsed.error.message);
  return parsed.data;
}
