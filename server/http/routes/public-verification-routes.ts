import { checkpointHashParametersSchema, ledgerExportSchema, maximumLedgerExportBytes } from '../../../shared/api/ledger';
import { lookUpCheckpoint, verifyExportPublicly } from '../../commands/verify-publicly';
import { DomainError } from '../../errors';
import { SlidingWindowLimit } from '../../rate-limit/sliding-window-limit';
import type { HttpApp, HttpDependencies } from '../http-environment';
import { readJsonBody } from '../request-body';

/** An export of a large standard is several megabytes; larger uploads are refused before they are read. */

/**
 * The public verification page's API, without sign-in: anyone holding a table can check its checkpoint hash, and anyone
 * holding an export can check it. Answers carry counts, hashes and times only.
 */
export function registerPublicVerificationRoutes(app: HttpApp, { database, ledgerSigningKey }: HttpDependencies): void {
  // Checking an export hashes every record in it; without sign-in this bounds what strangers can make the server do.
  const exportChecksOverall = new SlidingWindowLimit(60, 60_000);
  app.get('/api/public/checkpoints/:hash', (context) => {
    const { hash } = checkpointHashParametersSchema.parse(context.req.param());
    return context.json(lookUpCheckpoint(database, ledgerSigningKey, hash), 200);
  });

  app.post('/api/public/verify-export', async (context) => {
    const now = Date.now();
    if (exportChecksOverall.isBlocked('everyone', now)) throw new DomainError('too_many_requests', 'Many exports were checked in the last minute; wait a minute and try again.');
    exportChecksOverall.record('everyone', now);
    const exported = await readJsonBody(context, ledgerExportSchema, maximumLedgerExportBytes);
    return context.json(verifyExportPublicly(database, ledgerSigningKey, exported), 200);
  });
}
