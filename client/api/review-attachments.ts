import { endpoints } from '../../shared/api/contract';
import type { reviewAttachmentContentTypes } from '../../shared/api/reviews';
import { attachmentSchema } from '../../shared/api/reviews';
import type { z } from 'zod';
import { ApiError } from './api-error';
import { endpointAddress } from './call-endpoint';
import { errorFromResponse } from './error-from-response';
import { isSuccessful, uploadRawBody, type UploadProgress } from './upload-raw-body';

export type ReviewAttachment = z.infer<typeof attachmentSchema>;
export type ReviewAttachmentContentType = (typeof reviewAttachmentContentTypes)[number];

const contentTypesByExtension: Record<string, ReviewAttachmentContentType> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
};

/** The content type from the file's name; browsers do not all know the Office content types. */
export function reviewAttachmentContentType(fileName: string): ReviewAttachmentContentType | null {
  const extension = fileName.toLowerCase().split('.').at(-1) ?? '';
  return contentTypesByExtension[extension] ?? null;
}

/** Adds a file to the review materials, sent as the raw body with its name in the query. */
export async function uploadReviewAttachment(reviewId: string, file: File, contentType: ReviewAttachmentContentType, onProgress: UploadProgress): Promise<ReviewAttachment> {
  const address = endpointAddress(endpoints.addReviewAttachment, { id: reviewId }, { filename: file.name });
  const answer = await uploadRawBody(address, contentType, file, onProgress);
  if (!isSuccessful(answer)) throw errorFromResponse(new Response(null, { status: answer.status, statusText: answer.statusText }), answer.payload);
  const parsed = attachmentSchema.safeParse(answer.payload);
  if (!parsed.success) throw new ApiError(answer.status, 'unexpected_response', parsed.error.message);
  return parsed.data;
}
