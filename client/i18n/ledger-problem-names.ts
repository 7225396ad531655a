import type { LedgerProblem, LedgerProblemCode } from '../../shared/api/ledger';
import type { MessageKey } from './chinese';
import { translate } from './translate';

const problemKeys: Record<LedgerProblemCode, MessageKey> = {
  record_missing: 'ledgerProblemRecordMissing',
  record_changed: 'ledgerProblemRecordChanged',
  record_not_canonical: 'ledgerProblemRecordChanged',
  record_malformed: 'ledgerProblemRecordChanged',
  record_reordered: 'ledgerProblemRecordReordered',
  record_inserted: 'ledgerProblemRecordInserted',
  chain_broken: 'ledgerProblemChainBroken',
  record_differs_from_checkpoint: 'ledgerProblemDiffersFromCheckpoint',
  records_removed_after_checkpoint: 'ledgerProblemRecordsRemoved',
  checkpoint_signature_invalid: 'ledgerProblemCheckpointChanged',
  checkpoint_signed_by_another_key: 'ledgerProblemCheckpointOtherKey',
  checkpoint_removed: 'ledgerProblemCheckpointRemoved',
  checkpoint_altered: 'ledgerProblemCheckpointChanged',
  export_malformed: 'ledgerProblemExportMalformed',
  record_outside_export_scope: 'ledgerProblemExportMalformed',
  inclusion_proof_invalid: 'ledgerProblemDiffersFromCheckpoint',
  standard_record_missing: 'ledgerProblemStandardRecordMissing',
  standard_records_missing_at_end: 'ledgerProblemStandardRecordsMissingAtEnd',
  standard_head_missing: 'ledgerProblemStandardHeadMissing',
  standard_head_invalid: 'ledgerProblemStandardHeadInvalid',
  table_row_differs: 'ledgerProblemTableRowDiffers',
  table_row_missing: 'ledgerProblemTableRowMissing',
  table_row_unrecorded: 'ledgerProblemTableRowUnrecorded',
};

/** What went wrong and where, in the current language, in one sentence. */
export function nameLedgerProblem(problem: LedgerProblem): string {
  const where = { sequence: problem.sequence, table: problem.table ?? '', rowId: problem.rowId ?? '', field: problem.field ?? '' };
  return translate(problemKeys[problem.code], where);
}

/** What went wrong and where, and whom to ask, in the current language. */
export function describeLedgerProblem(problem: LedgerProblem): string {
  return translate('ledgerVerifiedProblem', { problem: nameLedgerProblem(problem) });
}
