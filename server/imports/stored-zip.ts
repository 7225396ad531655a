import yazl from 'yazl';
import { DomainError } from '../errors';

/**
 * Packs already checked entries again without compression, so that a library reading the archive afterwards
 * (exceljs inflates whole entries with no limit) only copies bytes that `unpackCheckedZip` has measured.
 */
export async function storedZipOf(entries: ReadonlyMap<string, Buffer>): Promise<Buffer> {
  const zipFile = new yazl.ZipFile();
  try {
    for (const [name, content] of entries) zipFile.addBuffer(content, name, { compress: false });
  } catch {
    throw new DomainError('upload_rejected', 'The file holds parts with names that documents never use.');
  }
  zipFile.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zipFile.outputStream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks);
}
