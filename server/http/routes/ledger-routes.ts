import type { LedgerPublicKeyResponse } from '../../../shared/api/ledger';
import { standardIdParametersSchema } from '../../../shared/api/standards';
import { DomainError } from '../../errors';
import { latestSignedCheckpoint } from '../../ledger/latest-checkpoint';
import { buildLedgerExport, buildStandardLedgerExport } from '../../ledger/ledger-export';
import { verifyLedger } from '../../ledger/verify-ledger';
import type { HttpApp, HttpDependencies } from '../http-environment';
import { presentLedgerVerification } from '../presenters/present-ledger-verification';
import { requireSession } from '../session-middleware';
import { requireVisibleStandard } from '../standard-access';

function attachmentName(scope: string, treeSize: number): string {
  return `attachment; filename="record-log-${scope}-${treeSize}.json"`;
}

/**
 * Verification and checkpoints reveal counts and hashes, never record content, so any signed-in user may ask. The
 * public key is public. A whole-log export holds every standard's records (site administrators); a standard's export
 * holds only its own records with inclusion proofs (its members).
 */
export function registerLedgerRoutes(app: HttpApp, { database, ledgerSigningKey }: HttpDependencies): void {
  app.get('/api/ledger/public-key', (context) => {
    const body: LedgerPublicKeyResponse = { algorithm: 'Ed25519', publicKey: ledgerSigningKey.publicKeyBase64, publicKeyPem: ledgerSigningKey.publicKeyPem };
    return context.json(body, 200);
  });

  app.get('/api/ledger/checkpoint', (context) => {
    requireSession(context);
    return context.json({ checkpoint: latestSignedCheckpoint(database, ledgerSigningKey, new Date()) }, 200);
  });

  app.get('/api/ledger/verify', (context) => {
    requireSession(context);
    const result = verifyLedger(database, ledgerSigningKey.publicKey);
    const checkpoint = result.ok ? latestSignedCheckpoint(database, ledgerSigningKey, new Date()) : result.latestCheckpoint;
    return context.json(presentLedgerVerification(result, ledgerSigningKey.publicKeyBase64, checkpoint), 200);
  });

  app.get('/api/ledger/export', (context) => {
    const session = requireSession(context);
    if (!session.user.isSiteAdministrator) throw new DomainError('forbidden', 'Only a site administrator can export every standard’s records; members can export their standard’s records.');
    const exported = buildLedgerExport(database, ledgerSigningKey, new Date());
    context.header('Content-Disposition', attachmentName('all', exported.checkpoint.treeSize));
    return context.json(exported, 200);
  });

  app.get('/api/standards/:id/ledger-export', (context) => {
    const session = requireSession(context);
    const { id } = standardIdParametersSchema.parse(context.req.param());
    requireVisibleStandard(database, id, session.user.id);
    const exported = buildStandardLedgerExport(database, ledgerSigningKey, id, new Date());
    context.header('Content-Disposition', attachmentName(id, exported.checkpoint.treeSize));
    return context.json(exported, 200);
  });
}
