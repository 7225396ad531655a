import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { ledgerVerificationSchema } from '../../../shared/api/ledger';
import { createStandardAs, loggedInClient, signedUpClient, type ApiClient } from '../../helpers/api-client';
import { startChildServer, type ChildServer } from '../../helpers/child-server';
import { createTemporaryDirectory } from '../../helpers/temporary-directory';

const acknowledgementsBeforeKill = 60;
const requestsInFlight = 4;

/** A standard in 征求意见 with an open period and `count` comments from a registered stakeholder. */
async function standardWithComments(server: ChildServer, count: number): Promise<{ secretariat: ApiClient; commentIds: string[] }> {
  const secretariat = await signedUpClient(server.url, 'secretary');
  const standardId = await createStandardAs(secretariat);
  const outline = (await secretariat.get(`/api/standards/${standardId}/outline`)).body as { items: Array<{ id: string | null; title: string }> };
  const clauseId = outline.items.find((item) => item.title === '范围')?.id ?? '';
  const versionId = ((await secretariat.post(`/api/standards/${standardId}/versions`, { name: '征求意见稿' })).body as { id: string }).id;
  expect((await secretariat.post(`/api/standards/${standardId}/stage`, { to: 'public_comment' })).status).toBe(200);
  const period = await secretariat.post(`/api/standards/${standardId}/comment-periods`, { versionId, endsAt: new Date(Date.now() + 3600_000).toISOString() });
  const periodId = (period.body as { id: string }).id;
  const stakeholder = await signedUpClient(server.url, 'stakeholder');
  await stakeholder.request('PUT', '/api/me/stakeholder-profile', { fullName: '张工', organisation: '某检测研究院', email: 'zhang@example.com' });
  const commentIds: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const submitted = await stakeholder.post(`/api/comment-periods/${periodId}/comments`, { clauseId, type: 'te', comment: `第 ${index + 1} 条意见。` });
    expect(submitted.status).toBe(201);
    commentIds.push((submitted.body as { id: string }).id);
  }
  return { secretariat, commentIds };
}

describe('dispositions under kill -9', () => {
  const directory = createTemporaryDirectory();
  const databasePath = join(directory.path, 'normdraft.db');
  let server: ChildServer | null = null;

  afterEach(async () => {
    await server?.kill('SIGKILL');
    directory.remove();
  });

  it('keeps the record of every acknowledged disposition, and the chain stays intact', async () => {
    const running = await startChildServer(databasePath);
    server = running;
    const { secretariat, commentIds } = await standardWithComments(running, 5);

    const acknowledged: string[] = [];
    let killed = false;
    async function decideUntilKilled(worker: number): Promise<void> {
      for (let attempt = 0; !killed; attempt += 1) {
        const commentId = commentIds[(worker + attempt) % commentIds.length] ?? '';
        const response = await secretariat.post(`/api/comments/${commentId}/dispositions`, { decision: attempt % 2 === 0 ? 'accepted' : 'pending' }).catch(() => null);
        if (response === null) return;
        if (response.status === 201) acknowledged.push((response.body as { id: string }).id);
        if (acknowledged.length >= acknowledgementsBeforeKill && !killed) {
          killed = true;
          await running.kill('SIGKILL');
        }
      }
    }
    await Promise.all(Array.from({ length: requestsInFlight }, (_, worker) => decideUntilKilled(worker)));
    expect(acknowledged.length).toBeGreaterThanOrEqual(acknowledgementsBeforeKill);

    const sqlite = new BetterSqlite3(databasePath, { readonly: true });
    try {
      const recorded = new Set((sqlite.prepare("SELECT subject_id FROM ledger_records WHERE kind = 'disposition.recorded'").all() as Array<{ subject_id: string }>).map((row) => row.subject_id));
      expect(acknowledged.filter((id) => !recorded.has(id))).toEqual([]);
    } finally {
      sqlite.close();
    }

    server = await startChildServer(databasePath);
    const verification = ledgerVerificationSchema.parse((await (await loggedInClient(server.url, 'secretary')).get('/api/ledger/verify')).body);
    expect(verification.problem).toBeUndefined();
    expect(verification).toMatchObject({ ok: true });
    expect(verification.entries).toBeGreaterThanOrEqual(acknowledged.length + commentIds.length + 1);
  });
});
