import type { KeyObject } from 'node:crypto';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { listScheduledBackups, backupFileNameAt } from './backup-file-names';
import { describeDatabaseFileCheck } from './check-database-file';
import { takeBackup } from './take-backup';

export interface BackupScheduleSettings {
  databasePath: string;
  ledgerKeyPath: string;
  publicKey: KeyObject;
  directory: string;
  intervalMilliseconds: number;
  /** How many checked backups to keep; older ones are removed after each new one. */
  retention: number;
}

export interface BackupSchedule {
  /** Stops the timer and waits for a backup under way to finish. */
  stop(): Promise<void>;
}

async function takeScheduledBackup(settings: BackupScheduleSettings): Promise<void> {
  mkdirSync(settings.directory, { recursive: true });
  const report = await takeBackup({ ...settings, destinationPath: join(settings.directory, backupFileNameAt(new Date())) });
  if (!report.check.ok) {
    // A backup that fails its checks must not count towards the retention and push out a good one.
    rmSync(report.destinationPath, { force: true });
    throw new Error(`the backup failed its checks and was removed: ${describeDatabaseFileCheck(report.check).join('; ')}`);
  }
  const backups = listScheduledBackups(settings.directory);
  for (const old of backups.slice(0, Math.max(0, backups.length - settings.retention))) if (existsSync(old)) rmSync(old);
}

/** Takes a checked backup into `directory` every interval, one at a time; a failure is logged and the next one is tried. */
export function startBackupSchedule(settings: BackupScheduleSettings): BackupSchedule {
  let running: Promise<void> = Promise.resolve();
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    running = takeScheduledBackup(settings)
      .catch((error: unknown) => console.error(`Scheduled backup into ${settings.directory} failed:`, error))
      .finally(() => {
        busy = false;
      });
  }, settings.intervalMilliseconds);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
