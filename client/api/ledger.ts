import { endpoints } from '../../shared/api/contract';
import type { LedgerPublicKeyResponse, LedgerVerification, SignedCheckpoint } from '../../shared/api/ledger';
import { callEndpoint } from './call-endpoint';

export async function fetchLedgerCheckpoint(): Promise<SignedCheckpoint> {
  const { checkpoint } = await callEndpoint(endpoints.ledgerCheckpoint);
  return checkpoint;
}

export function fetchLedgerPublicKey(): Promise<LedgerPublicKeyResponse> {
  return callEndpoint(endpoints.ledgerPublicKey);
}

export function verifyLedgerNow(): Promise<LedgerVerification> {
  return callEndpoint(endpoints.ledgerVerify);
}
