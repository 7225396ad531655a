import type { LedgerPublicKeyResponse } from '../../../shared/api/ledger';
import { standardIdParametersSchema } from '../../../shared/api/standards';
import { DomainError } from '../../errors';
import { latestSignedCheckpoint } from '../../ledger/latest-checkpoint';
import { buildLedgerExport, buildStandardLedgerExport } from '../../ledger/ledger-export';
import { verifyLedger } from '../../ledger/verify-ledger';
import { SlidingWindowLimit } from '../../rate-limit/sliding-window-limit';
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
  // Verification and exports read every record: these limits keep anyone with an account from tying the server up.
  const wholeLogReadsPerAccount = new SlidingWindowLimit(6, 60_000);
  const wholeLogReadsOverall = new SlidingWindowLimit(30, 60_000);

  function countWholeLogRead(userId: string): void {
    const now = Date.now();
    if (wholeLogReadsPerAccount.isBlocked(userId, now) || wholeLogReadsOverall.isBlocked('everyone', now)) {
      throw new DomainError('too_many_requests', 'The record log was verified or exported many times in the last minute; wait a minute and try again.');
    }
    wholeLogReadsPerAccount.record(userId, now);
    wholeLogReadsOverall.record('everyone', now);
  }

  app.get('/api/ledger/public-key', (context) => {
    const body: LedgerPublicKeyResponse = { algorithm: 'Ed25519', publicKey: ledgerSigningKey.publicKeyBase64, publicKeyPem: ledgerSigningKey.publicKeyPem };
    return context.json(body, 200);
  });

  app.get('/api/ledger/checkpoint', (context) => {
    requireSession(context);
    return context.json({ checkpoint: latestSignedCheckpoint(database, ledgerSigningKey, new Date()) }, 200);
  });

  app.get('/api/ledger/verify', (context) => {
    countWholeLogRead(requireSession(context).user.id);
    const result = verifyLedger(database, ledgerSigningKey.publicKey);
    const checkpoint = result.ok ? latestSignedCheckpoint(database, ledgerSigningKey, new Date()) : result.latestCheckpoint;
    return context.json(presentLedgerVerification(result, ledgerSigningKey.publicKeyBase64, checkpoint), 200);
  });

  app.get('/api/ledger/export', (context) => {
    const session = requireSession(context);
    if (!session.user.isSiteAdministrator) throw new DomainError('forbidden', 'Only a site administrator can export every standard’s records; members can export their standard’s records.');
    countWholeLogRead(session.user.id);
    const exported = buildLedgerExport(database, ledgerSigningKey, new Date());
    context.header('Content-Disposition', attachmentName('all', exported.checkpoint.treeSize));
    return context.json(exported, 200);
  });

  app.get('/api/standards/:id/ledger-export', (context) => {
    const session = requireSession(context);
    const { id } = standardIdParametersSchema.parse(context.req.param());
    requireVisibleStandard(database, id, session.user.id);
    countWholeLogRead(session.user.id);
    const exported = buildStandardLedgerExport(database, ledgerSigningKey, id, new Date());
    context.header('Content-Disposition', attachmentName(id, exported.checkpoint.treeSize));
    return context.json(exported, 200);
  });
}
