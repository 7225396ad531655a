import { DomainError } from '../../errors';

/** A .docx the import cannot read, with what to do in both languages (the English text is also the error's message). */
export function wordFileRefused(zh: string, en: string, code: 'upload_rejected' | 'body_too_large' = 'upload_rejected'): DomainError {
  return new DomainError(code, en, { explanation: { zh, en } });
}
