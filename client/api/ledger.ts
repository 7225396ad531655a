import { endpoints } from '../../shared/api/contract';
import type { LedgerExport, LedgerPublicKeyResponse, LedgerVerification, PublicCheckpointLookup, PublicExportVerification, SignedCheckpoint } from '../../shared/api/ledger';
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

export function lookUpCheckpoint(hash: string): Promise<PublicCheckpointLookup> {
  return callEndpoint(endpoints.publicCheckpointLookup, { pathParameters: { hash } });
}

export function verifyExportFile(exported: LedgerExport): Promise<PublicExportVerification> {
  return callEndpoint(endpoints.publicExportVerification, { body: exported });
}
