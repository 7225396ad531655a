import { createHash } from 'node:crypto';
import type { LibreOfficeConverter } from '../exports/pdf/libreoffice-converter';

const maximumEntries = 32;
const cache = new Map<string, Promise<Uint8Array>>();

/** A key for the content a PDF is made from: the same statement state under the same title gives the same PDF. */
export function statementPdfKey(state: Uint8Array, title: string): string {
  return createHash('sha256').update(state).update('\u0000').update(title).digest('hex');
}

/**
 * LibreOffice takes a second or more per file and converts one file at a time, so the PDF of a statement whose
 * content has not changed (every frozen one, and a live one nobody is editing) is made once and kept.
 */
export function cachedStatementPdf(converter: LibreOfficeConverter, key: string, docx: () => Promise<Uint8Array>): Promise<Uint8Array> {
  const cached = cache.get(key);
  if (cached) return cached;
  const made = docx().then((bytes) => converter.convertDocxToPdf(bytes));
  cache.set(key, made);
  made.catch(() => cache.delete(key));
  while (cache.size > maximumEntries) {
    const oldest = cache.keys().next().value;
    if (oldest === undefined) break;
    cache.delete(oldest);
  }
  return made;
}
