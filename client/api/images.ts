import type { UploadedImage } from '../../shared/api/images';
import { uploadedImageSchema } from '../../shared/api/images';
import { ApiError } from './api-error';
import { errorFromResponse } from './error-from-response';

/** A share between 0 and 1 of the bytes sent so far. */
export type UploadProgress = (share: number) => void;

function parseJson(text: string): unknown {
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed;
  } catch {
    return undefined;
  }
}

/**
 * Uploads a figure image as the raw request body. XMLHttpRequest rather than fetch, because only it reports
 * upload progress.
 */
export function uploadImage(standardId: string, file: Blob, onProgress: UploadProgress): Promise<UploadedImage> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', `/api/standards/${encodeURIComponent(standardId)}/images`);
    request.setRequestHeader('Content-Type', file.type || 'application/octet-stream');
    request.setRequestHeader('Accept', 'application/json');
    request.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    });
    request.addEventListener('error', () => reject(new ApiError(0, 'network_error', 'The upload did not reach the server.')));
    request.addEventListener('load', () => {
      const payload = parseJson(request.responseText);
      if (request.status < 200 || request.status >= 300) {
        reject(errorFromResponse(new Response(null, { status: request.status, statusText: request.statusText }), payload));
        return;
      }
      const parsed = uploadedImageSchema.safeParse(payload);
      if (!parsed.success) reject(new ApiError(request.status, 'unexpected_response', parsed.error.message));
      else resolve(parsed.data);
    });
    request.send(file);
  });
}
