import { z } from 'zod';
import { commentImportContentTypes, commentImportResponseSchema, importRowProblemSchema, type CommentImportFileKind, type CommentImportResponse, type ImportRowProblem } from '../../shared/api/comment-import';
import { endpoints } from '../../shared/api/contract';
import { ApiError } from './api-error';
import { endpointAddress } from './call-endpoint';
import { errorFromResponse } from './error-from-response';
import { isSuccessful, uploadRawBody, type UploadProgress } from './upload-raw-body';

/** Either the comments were imported, or nothing was and these rows are why. */
export type CommentImportOutcome = { kind: 'imported'; result: CommentImportResponse } | { kind: 'rows_invalid'; rows: ImportRowProblem[] };

const rowsInvalidBodySchema = z.object({ error: z.object({ code: z.literal('import_rows_invalid'), rows: z.array(importRowProblemSchema) }) });

/** The file kind from its name; browsers do not all know the Office content types. */
export function commentImportFileKind(fileName: string): CommentImportFileKind | null {
  const extension = fileName.toLowerCase().split('.').at(-1);
  return extension === 'docx' || extension === 'xlsx' ? extension : null;
}

/** Uploads a commenting template as the raw body, reporting the upload's progress. */
export async function uploadCommentTemplate(periodId: string, file: Blob, kind: CommentImportFileKind, onProgress: UploadProgress): Promise<CommentImportOutcome> {
  const answer = await uploadRawBody(endpointAddress(endpoints.importComments, { id: periodId }), commentImportContentTypes[kind], file, onProgress);
  const rowsInvalid = rowsInvalidBodySchema.safeParse(answer.payload);
  if (rowsInvalid.success) return { kind: 'rows_invalid', rows: rowsInvalid.data.error.rows };
  if (!isSuccessful(answer)) throw errorFromResponse(new Response(null, { status: answer.status, statusText: answer.statusText }), answer.payload);
  const parsed = commentImportResponseSchema.safeParse(answer.payload);
  if (!parsed.success) throw new ApiError(answer.status, 'unexpected_response', parsed.error.message);
  return { kind: 'imported', result: parsed.data };
}
