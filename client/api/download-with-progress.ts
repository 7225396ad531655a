import { ApiError } from './api-error';
import { errorFromResponse } from './error-from-response';

export interface DownloadedFile {
  blob: Blob;
  fileName: string;
}

/** The name the server gives the file (RFC 6266 `filename*`, else `filename`), or the fallback. */
export function fileNameOfDisposition(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const extended = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (extended?.[1]) {
    try {
      return decodeURIComponent(extended[1]);
    } catch {
      return fallback;
    }
  }
  return /filename="?([^";]+)"?/i.exec(disposition)?.[1] ?? fallback;
}

/**
 * Fetches a file the server makes on request, telling `onProgress` the share received (null while the server is still
 * making it, or when it does not say how large the file is).
 */
export async function downloadWithProgress(address: string, fallbackName: string, onProgress: (received: number | null) => void): Promise<DownloadedFile> {
  onProgress(null);
  let response: Response;
  try {
    response = await fetch(address, { credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'network_error', 'The server could not be reached.');
  }
  if (!response.ok) throw errorFromResponse(response, await response.json().catch(() => null));
  const total = Number(response.headers.get('content-length'));
  const chunks: Uint8Array[] = [];
  let received = 0;
  const reader = response.body?.getReader();
  if (reader) {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      received += value.byteLength;
      onProgress(total > 0 ? Math.min(1, received / total) : null);
    }
  }
  const blob = new Blob(chunks as BlobPart[], { type: response.headers.get('content-type') ?? 'application/octet-stream' });
  return { blob, fileName: fileNameOfDisposition(response.headers.get('content-disposition'), fallbackName) };
}
