export type BackupErrorCode =
  | 'destination_exists'
  | 'destination_is_key_file'
  | 'no_database'
  | 'no_signing_key'
  | 'key_copy_exists'
  | 'database_held'
  | 'target_is_live'
  | 'backup_failed_checks';

/** A backup or restore that was refused or failed, with a message an operator can act on. */
export class BackupError extends Error {
  constructor(
    readonly code: BackupErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'BackupError';
  }
}
