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
};

/** What went wrong and where, in the current language. */
export function describeLedgerProblem(problem: LedgerProblem): string {
  return translate('ledgerVerifiedProblem', { problem: translate(problemKeys[problem.code], { sequence: problem.sequence }) });
}
