import { ApiError } from './api-error';

/** A share between 0 and 1 of the bytes sent so far. */
export type UploadProgress = (share: number) => void;

export interface UploadAnswer {
  status: number;
  statusText: string;
  /** The parsed JSON body, or undefined when the body was not JSON. */
  payload: unknown;
}

export interface UploadControls {
  /** Aborting it aborts the request; the promise then rejects with an `AbortError`. */
  signal?: AbortSignal;
  /** Called once the whole body has been sent, while the server is still working on its answer. */
  onSent?: () => void;
}

function parseJson(text: string): unknown {
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed;
  } catch {
    return undefined;
  }
}

/**
 * Sends a file as the raw request body and answers with the status and the JSON body, whatever the status.
 * XMLHttpRequest rather than fetch, because only it reports upload progress.
 */
export function uploadRawBody(address: string, contentType: string, body: Blob, onProgress: UploadProgress, controls: UploadControls = {}): Promise<UploadAnswer> {
  return new Promise((resolve, reject) => {
    const { signal, onSent } = controls;
    if (signal?.aborted) {
      reject(new DOMException('The upload was cancelled.', 'AbortError'));
      return;
    }
    const request = new XMLHttpRequest();
    request.open('POST', address);
    request.setRequestHeader('Content-Type', contentType);
    request.setRequestHeader('Accept', 'application/json');
    request.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    });
    if (onSent) request.upload.addEventListener('load', onSent);
    request.addEventListener('abort', () => reject(new DOMException('The upload was cancelled.', 'AbortError')));
    signal?.addEventListener('abort', () => request.abort(), { once: true });
    request.addEventListener('error', () => reject(new ApiError(0, 'network_error', 'The upload did not reach the server.')));
    request.addEventListener('load', () => resolve({ status: request.status, statusText: request.statusText, payload: parseJson(request.responseText) }));
    request.send(body);
  });
}

/** True for a 2xx answer. */
export function isSuccessful(answer: UploadAnswer): boolean {
  return answer.status >= 200 && answer.status < 300;
}
