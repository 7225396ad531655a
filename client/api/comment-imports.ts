import { z } from 'zod';
import { commentImportContentTypes, commentImportResponseSchema, importRowProblemSchema, type CommentImportFileKind, type CommentImportResponse, type ImportRowProblem } from '../../shared/api/comment-import';
import { endpoints } from '../../shared/api/contract';
import { ApiError } from './api-error';
import { endpointAddress } from './call-endpoint';
import { errorFromResponse } from './error-from-response';

/** Either the comments were imported, or nothing was and these rows are why. */
export type CommentImportOutcome = { kind: 'imported'; result: CommentImportResponse } | { kind: 'rows_invalid'; rows: ImportRowProblem[] };

const rowsInvalidBodySchema = z.object({ error: z.object({ code: z.literal('import_rows_invalid'), rows: z.array(importRowProblemSchema) }) });

/** The file kind from its name; browsers do not all know the Office content types. */
export function commentImportFileKind(fileName: string): CommentImportFileKind | null {
  const extension = fileName.toLowerCase().split('.').at(-1);
  return extension === 'docx' || extension === 'xlsx' ? extension : null;
}

function parseJson(text: string): unknown {
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed;
  } catch {
    return undefined;
  }
}

/** Uploads a commenting template as the raw body. XMLHttpRequest rather than fetch, because only it reports upload progress. */
export function uploadCommentTemplate(periodId: string, file: Blob, kind: CommentImportFileKind, onProgress: (share: number) => void): Promise<CommentImportOutcome> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', endpointAddress(endpoints.importComments, { id: periodId }));
    request.setRequestHeader('Content-Type', commentImportContentTypes[kind]);
    request.setRequestHeader('Accept', 'application/json');
    request.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    });
    request.addEventListener('error', () => reject(new ApiError(0, 'network_error', 'The upload did not reach the server.')));
    request.addEventListener('load', () => {
      const payload = parseJson(request.responseText);
      const rowsInvalid = rowsInvalidBodySchema.safeParse(payload);
      if (rowsInvalid.success) return resolve({ kind: 'rows_invalid', rows: rowsInvalid.data.error.rows });
      if (request.status < 200 || request.status >= 300) {
        return reject(errorFromResponse(new Response(null, { status: request.status, statusText: request.statusText }), payload));
      }
      const parsed = commentImportResponseSchema.safeParse(payload);
      if (parsed.success) resolve({ kind: 'imported', result: parsed.data });
      else reject(new ApiError(request.status, 'unexpected_response', parsed.error.message));
    });
    request.send(file);
  });
}
