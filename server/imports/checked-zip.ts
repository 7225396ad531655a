import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import { DomainError } from '../errors';

export interface ZipLimits {
  maximumEntries: number;
  /** The sum of the uncompressed sizes that the central directory declares. */
  maximumTotalBytes: number;
  /** Uncompressed size over compressed size, checked for entries above `ratioCheckedAboveBytes`. */
  maximumEntryRatio: number;
  ratioCheckedAboveBytes: number;
}

/** Far above any real commenting template, far below what would hurt the server. */
export const templateZipLimits: ZipLimits = {
  maximumEntries: 2000,
  maximumTotalBytes: 50 * 1024 * 1024,
  maximumEntryRatio: 200,
  ratioCheckedAboveBytes: 1024 * 1024,
};

function rejected(message: string): DomainError {
  return new DomainError('upload_rejected', message);
}

function openZip(bytes: Uint8Array): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { lazyEntries: true, autoClose: false, validateEntrySizes: true, decodeStrings: true }, (error, zipFile) => {
      if (error) reject(rejected('The file is not a Word (.docx) or Excel (.xlsx) file: it is not a readable zip archive.'));
      else resolve(zipFile);
    });
  });
}

/** Reads the central directory only: names and declared sizes, no file data. */
function listEntries(zipFile: yauzl.ZipFile, limits: ZipLimits): Promise<yauzl.Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: yauzl.Entry[] = [];
    zipFile.on('entry', (entry: yauzl.Entry) => {
      entries.push(entry);
      if (entries.length > limits.maximumEntries) reject(rejected(`The file holds more than ${limits.maximumEntries} parts.`));
      else zipFile.readEntry();
    });
    zipFile.on('end', () => resolve(entries));
    zipFile.on('error', () => reject(rejected('The zip archive inside the file is damaged.')));
    zipFile.readEntry();
  });
}

function checkDeclaredSizes(entries: yauzl.Entry[], limits: ZipLimits): void {
  let totalBytes = 0;
  for (const entry of entries) {
    if (entry.isEncrypted()) throw rejected('The file is encrypted; save it without a password and upload it again.');
    totalBytes += entry.uncompressedSize;
    const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
    if (entry.uncompressedSize > limits.ratioCheckedAboveBytes && ratio > limits.maximumEntryRatio) {
      throw rejected(`The file is refused: one of its parts unpacks to ${Math.round(ratio)} times its packed size, which real documents never do.`);
    }
  }
  if (totalBytes > limits.maximumTotalBytes) {
    throw rejected(`The file is refused: it would unpack to more than ${limits.maximumTotalBytes / 1024 / 1024} MiB.`);
  }
}

function openReadStream(zipFile: yauzl.ZipFile, entry: yauzl.Entry): Promise<Readable> {
  return new Promise((resolve, reject) => {
    zipFile.openReadStream(entry, (error, stream) => {
      if (error) reject(rejected(`The part ${entry.fileName} of the file cannot be unpacked.`));
      else resolve(stream);
    });
  });
}

/** yauzl stops the stream with an error as soon as an entry inflates past its declared size, so nothing grows unbounded. */
async function readEntry(zipFile: yauzl.ZipFile, entry: yauzl.Entry): Promise<Buffer> {
  const stream = await openReadStream(zipFile, entry);
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  } catch {
    throw rejected(`The part ${entry.fileName} of the file is damaged or does not match its declared size.`);
  }
  return Buffer.concat(chunks);
}

/**
 * Unpacks an Office file (a zip archive) safely: the central directory's declared sizes are checked against the
 * limits before any byte is inflated, then each wanted entry is inflated and held to its declared size.
 * Every problem is an `upload_rejected` error.
 */
export async function unpackCheckedZip(bytes: Uint8Array, wanted: (name: string) => boolean, limits: ZipLimits = templateZipLimits): Promise<Map<string, Buffer>> {
  const zipFile = await openZip(bytes);
  try {
    if (zipFile.entryCount > limits.maximumEntries) throw rejected(`The file holds more than ${limits.maximumEntries} parts.`);
    const entries = await listEntries(zipFile, limits);
    checkDeclaredSizes(entries, limits);
    const contents = new Map<string, Buffer>();
    for (const entry of entries) {
      if (entry.fileName.endsWith('/') || !wanted(entry.fileName)) continue;
      contents.set(entry.fileName, await readEntry(zipFile, entry));
    }
    return contents;
  } finally {
    zipFile.close();
  }
}
