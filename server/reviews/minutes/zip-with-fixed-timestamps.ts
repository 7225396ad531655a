import { ZipFile } from 'yazl';
import { bodyDateTimeKey } from '../../../shared/time/body-time';
import { unpackCheckedZip } from '../../imports/checked-zip';

/**
 * The wall-clock time of `instant` in the zone, as a local `Date`. Zip entries hold an MS-DOS date read from local
 * fields, so building it this way makes the bytes the same whatever zone the server runs in.
 */
function localDateShowingBodyClock(instant: Date, timeZone: string): Date {
  const [date = '', time = ''] = bodyDateTimeKey(instant, timeZone).split(' ');
  const [year, month, day] = date.split('-').map(Number);
  const [hour, minute] = time.split(':').map(Number);
  return new Date(year ?? 1980, (month ?? 1) - 1, day ?? 1, hour ?? 0, minute ?? 0);
}

function collect(zip: ZipFile): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    zip.outputStream.on('error', reject);
  });
}

/**
 * Rewrites a zip archive with every entry stamped `instant` (on the body's clock) instead of the moment it was packed,
 * entries in the same order, so the same content always gives the same bytes.
 */
export async function zipWithFixedTimestamps(bytes: Uint8Array, instant: Date, timeZone: string): Promise<Uint8Array> {
  const entries = await unpackCheckedZip(bytes, () => true);
  const mtime = localDateShowingBodyClock(instant, timeZone);
  const zip = new ZipFile();
  const output = collect(zip);
  for (const [name, content] of entries) zip.addBuffer(content, name, { mtime, forceDosTimestamp: true });
  zip.end();
  return output;
}
