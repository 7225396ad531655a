import type { chineseLedgerMessages } from './chinese-ledger-messages';

export const englishLedgerMessages: Record<keyof typeof chineseLedgerMessages, string> = {
  errorLedgerDamaged: 'The record log failed verification, so no checkpoint can be signed now. Ask the administrator to run npm run ledger:verify on the server to find out why.',
  ledgerTitle: 'Record log',
  ledgerExplanation: 'Submitting, editing and withdrawing comments, replies, dispositions and reactions, and opening, extending and closing comment periods are all written to a tamper-evident record log. The server signs the log’s root hash (a checkpoint) with the public key below; any change is found when the log is verified.',
  ledgerPublicKey: 'Server public key (Ed25519)',
  ledgerCheckpoint: 'Latest checkpoint',
  ledgerTreeSize: 'Records',
  ledgerRootHash: 'Root hash',
  ledgerCheckpointTime: 'Signed at',
  ledgerCheckpointHash: 'Checkpoint hash',
  ledgerNoRecords: 'The log has no records yet. Once a comment period opens or a comment is submitted, the signed checkpoint appears here.',
  ledgerVerifyNow: 'Verify now',
  ledgerVerifying: 'Verifying…',
  ledgerVerifiedOk: 'Verified: {entries} records intact; the hash chain and the signed checkpoints agree.',
  ledgerVerifiedProblem: 'Verification failed (record {sequence}): {message}',
};
