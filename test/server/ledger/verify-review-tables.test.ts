import type BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedUpClient } from '../../helpers/api-client';
import { meetingRequest, panelMembers, setUpReview, standardInTechnicalReview } from '../../helpers/review-setup';
import { createTemporaryDirectory } from '../../helpers/temporary-directory';
import { verifyCopyChangedBy as verifyDatabaseCopyChangedBy } from '../../helpers/verify-database-copy';
import { startTestServer, type TestServer } from '../../helpers/test-server';

const appendOnlyTriggers = ['review_ballots_refuse_update', 'review_ballots_refuse_delete', 'review_attendance_refuse_update', 'review_attendance_refuse_delete', 'review_motions_closed_are_final'];

/** A meeting voted and closed over HTTP, then copies of its database changed by someone with write access to the file. */
describe('ledger verification compares ballots, attendance and motion results with their records', () => {
  const copies = createTemporaryDirectory();
  let server: TestServer;
  let motionId = '';

  beforeAll(async () => {
    server = await startTestServer();
    const secretariat = await signedUpClient(server.url, 'tamper-secretary');
    const experts = await panelMembers(server, 'tamper-expert', 3);
    const standard = await standardInTechnicalReview(secretariat);
    const setUp = await setUpReview(standard, meetingRequest('group_typical'), experts);
    motionId = setUp.motionId;
    await secretariat.post(`/api/motions/${motionId}/open`, {});
    for (const expert of experts) await secretariat.post(`/api/reviews/${setUp.review.id}/attendance`, { username: expert.username, present: true });
    for (const [index, expert] of experts.entries()) {
      expect((await expert.client.post(`/api/motions/${motionId}/ballots`, index === 2 ? { vote: 'no', reason: '数据不足。' } : { vote: 'yes' })).status).toBe(201);
    }
    expect((await secretariat.post(`/api/motions/${motionId}/close`, {})).status).toBe(200);
  });
  afterAll(async () => {
    await server.stop();
    copies.remove();
  });

  function verifyCopyChangedBy(change: (sqlite: BetterSqlite3.Database) => void) {
    return verifyDatabaseCopyChangedBy(server.databasePath, copies.path, appendOnlyTriggers, change);
  }

  it('finds the untouched review tables in agreement with the log', () => {
    const result = verifyCopyChangedBy(() => undefined);
    expect(result.problem).toBeUndefined();
    expect(result.ok).toBe(true);
  });

  it('names a ballot turned from no to yes, a deleted ballot and a forged one', () => {
    expect(verifyCopyChangedBy((sqlite) => sqlite.prepare("UPDATE review_ballots SET vote = 'yes', reason = NULL WHERE vote = 'no'").run()).problem).toMatchObject({ code: 'table_row_differs', table: 'review_ballots', field: 'vote' });
    expect(verifyCopyChangedBy((sqlite) => sqlite.prepare("DELETE FROM review_ballots WHERE vote = 'no'").run()).problem).toMatchObject({ code: 'table_row_missing', table: 'review_ballots' });
    const forged = verifyCopyChangedBy((sqlite) =>
      sqlite.prepare("INSERT INTO review_ballots (id, motion_id, voter_id, vote, reason, entered_by, supersedes_id, cast_at) SELECT 'forged-ballot', motion_id, voter_id, 'yes', NULL, NULL, id, cast_at + 1 FROM review_ballots WHERE vote = 'no'").run(),
    );
    expect(forged.problem).toMatchObject({ code: 'table_row_unrecorded', table: 'review_ballots', rowId: 'forged-ballot' });
  });

  it('names attendance changed after the fact and a rewritten outcome', () => {
    expect(verifyCopyChangedBy((sqlite) => sqlite.prepare('UPDATE review_attendance SET present = 0').run()).problem).toMatchObject({ code: 'table_row_differs', table: 'review_attendance', field: 'present' });
    expect(verifyCopyChangedBy((sqlite) => sqlite.prepare("UPDATE review_motions SET outcome = 'passed' WHERE id = ?").run(motionId)).problem).toMatchObject({ code: 'table_row_differs', table: 'review_motion_results', rowId: motionId, field: 'outcome' });
  });
});
