import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { ledgerVerificationSchema } from '../../../shared/api/ledger';
import { loggedInClient, signedUpClient, type ApiClient } from '../../helpers/api-client';
import { startChildServer, type ChildServer } from '../../helpers/child-server';
import { correspondenceRequest, setUpReview, standardInTechnicalReview } from '../../helpers/review-setup';
import { createTemporaryDirectory } from '../../helpers/temporary-directory';

const acknowledgementsBeforeKill = 60;
const voters = 8;

describe('ballots under kill -9', () => {
  const directory = createTemporaryDirectory();
  const databasePath = join(directory.path, 'normdraft.db');
  let server: ChildServer | null = null;

  afterEach(async () => {
    await server?.kill('SIGKILL');
    directory.remove();
  });

  it('keeps every acknowledged ballot and its record, and the chain verifies after the restart', async () => {
    const running = await startChildServer(databasePath);
    server = running;
    const secretariat = await signedUpClient(running.url, 'kill-secretary');
    const experts: Array<{ username: string; client: ApiClient }> = [];
    for (let index = 1; index <= voters; index += 1) experts.push({ username: `kill-expert-${index}`, client: await signedUpClient(running.url, `kill-expert-${index}`) });
    const standard = await standardInTechnicalReview(secretariat, '断电中的函审');
    // Correspondence ballots under this rule set may be changed until the close, so each member keeps voting.
    const { motionId } = await setUpReview(standard, correspondenceRequest('correspondence_national', 3_600_000, 600_000), experts);
    expect((await secretariat.post(`/api/motions/${motionId}/open`, {})).status).toBe(200);

    const acknowledged: string[] = [];
    let killed = false;
    async function voteUntilKilled(voter: (typeof experts)[number]): Promise<void> {
      for (let attempt = 0; !killed; attempt += 1) {
        const body = attempt % 2 === 0 ? { vote: 'yes' } : { vote: 'no', reason: `第 ${attempt} 次改票。` };
        const response = await voter.client.post(`/api/motions/${motionId}/ballots`, body).catch(() => null);
        if (response === null) return;
        if (response.status === 201) acknowledged.push((response.body as { id: string }).id);
        if (acknowledged.length >= acknowledgementsBeforeKill && !killed) {
          killed = true;
          await running.kill('SIGKILL');
        }
      }
    }
    await Promise.all(experts.map((voter) => voteUntilKilled(voter)));
    expect(acknowledged.length).toBeGreaterThanOrEqual(acknowledgementsBeforeKill);

    const sqlite = new BetterSqlite3(databasePath, { readonly: true });
    try {
      const stored = new Set((sqlite.prepare('SELECT id FROM review_ballots').all() as Array<{ id: string }>).map((row) => row.id));
      const recorded = new Set((sqlite.prepare("SELECT subject_id FROM ledger_records WHERE kind = 'vote.cast'").all() as Array<{ subject_id: string }>).map((row) => row.subject_id));
      expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
      expect(acknowledged.filter((id) => !recorded.has(id))).toEqual([]);
      expect([...stored].filter((id) => !recorded.has(id))).toEqual([]);
    } finally {
      sqlite.close();
    }

    server = await startChildServer(databasePath);
    const verification = ledgerVerificationSchema.parse((await (await loggedInClient(server.url, 'kill-secretary')).get('/api/ledger/verify')).body);
    expect(verification.problem).toBeUndefined();
    expect(verification).toMatchObject({ ok: true });
  });
});
