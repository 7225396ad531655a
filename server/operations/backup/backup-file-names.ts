import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const prefix = 'normdraft-';
const suffix = '.db';
/** normdraft-2026-12-08T01-48-28.123Z.db: a UTC time, with dashes for colons so every file system accepts it. */
const backupFileName = /^normdraft-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}\.\d{3}Z\.db$/;

export function backupFileNameAt(time: Date): string {
  return `${prefix}${time.toISOString().replaceAll(':', '-')}${suffix}`;
}

/** The scheduled backups in `directory`, oldest first (the names sort by time). */
export function listScheduledBackups(directory: string): string[] {
  return readdirSync(directory)
    .filter((name) => backupFileName.test(name))
    .sort()
    .map((name) => join(directory, name));
}
