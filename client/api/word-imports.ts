import type { z } from 'zod';
import { draftImportResponseSchema, standardImportResponseSchema, wordDocumentContentType, type DraftImportResponse, type StandardImportResponse } from '../../shared/api/word-import';
import { endpoints } from '../../shared/api/contract';
import { ApiError } from './api-error';
import { endpointAddress } from './call-endpoint';
import { errorFromResponse } from './error-from-response';
import { isSuccessful, uploadRawBody, type UploadAnswer } from './upload-raw-body';

/** Where an import stands: the file still going up, or the server reading it and building the draft. */
export type WordImportPhase = { step: 'uploading'; share: number } | { step: 'processing' };

export type WordImportOutcome<Response> = { kind: 'imported'; response: Response } | { kind: 'cancelled' };

export interface RunningWordImport<Response> {
  outcome: Promise<WordImportOutcome<Response>>;
  /** Aborts the request; the outcome is then `cancelled`. */
  cancel: () => void;
}

/** True for a file whose name says it is a .docx; browsers do not all know its content type. */
export function isWordDocumentName(fileName: string): boolean {
  return fileName.toLowerCase().endsWith('.docx');
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

function uploadWordDocument<Schema extends z.ZodType>(address: string, file: Blob, schema: Schema, onPhase: (phase: WordImportPhase) => void): RunningWordImport<z.output<Schema>> {
  const controller = new AbortController();
  const upload = async (): Promise<WordImportOutcome<z.output<Schema>>> => {
    onPhase({ step: 'uploading', share: 0 });
    let answer: UploadAnswer;
    try {
      // Some browsers report the last byte as progress and only later (or never) as the upload's end.
      answer = await uploadRawBody(address, wordDocumentContentType, file, (share) => onPhase(share >= 1 ? { step: 'processing' } : { step: 'uploading', share }), {
        signal: controller.signal,
        onSent: () => onPhase({ step: 'processing' }),
      });
    } catch (error) {
      if (isAbort(error)) return { kind: 'cancelled' };
      throw error;
    }
    if (!isSuccessful(answer)) throw errorFromResponse(new Response(null, { status: answer.status, statusText: answer.statusText }), answer.payload);
    const parsed = schema.safeParse(answer.payload);
    if (!parsed.success) throw new ApiError(answer.status, 'unexpected_response', parsed.error.message);
    return { kind: 'imported', response: parsed.data };
  };
  return { outcome: upload(), cancel: () => controller.abort() };
}

/** Creates a new standard from a .docx; the person importing it becomes its secretariat. */
export function importStandardFromWord(file: Blob, onPhase: (phase: WordImportPhase) => void): RunningWordImport<StandardImportResponse> {
  return uploadWordDocument(endpointAddress(endpoints.importStandardFromWord), file, standardImportResponseSchema, onPhase);
}

/** Replaces the live draft with a .docx, after the server has frozen the current draft as a safety version. */
export function replaceDraftFromWord(standardId: string, file: Blob, onPhase: (phase: WordImportPhase) => void): RunningWordImport<DraftImportResponse> {
  return uploadWordDocument(endpointAddress(endpoints.replaceDraftFromWord, { id: standardId }), file, draftImportResponseSchema, onPhase);
}
