import type BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedUpClient } from '../../helpers/api-client';
import { createTemporaryDirectory } from '../../helpers/temporary-directory';
import { verifyCopyChangedBy as verifyDatabaseCopyChangedBy } from '../../helpers/verify-database-copy';
import { startServerWithStandard, type TestServer } from '../../helpers/test-server';

const appendOnlyTriggers = ['comment_dispositions_refuse_update', 'comment_dispositions_refuse_delete', 'comment_reactions_refuse_update', 'comment_reactions_refuse_delete'];

/**
 * A whole round over HTTP (period, comments, an edit, a public reply and an internal note, dispositions, a reaction),
 * then copies of its database changed the way someone with write access to the file would: triggers dropped, plain SQL.
 */
describe('ledger verification compares the comment tables with the records that created them', () => {
  const copies = createTemporaryDirectory();
  let server: TestServer;
  const ids = { period: '', comments: [] as string[], publicReply: '', dispositions: [] as string[], reaction: '' };

  beforeAll(async () => {
    const started = await startServerWithStandard();
    server = started.server;
    const { secretariat, standardId } = started;
    const outline = (await secretariat.get(`/api/standards/${standardId}/outline`)).body as { items: Array<{ id: string | null; title: string }> };
    const clauseId = outline.items.find((item) => item.title === '范围')?.id ?? '';
    const versionId = ((await secretariat.post(`/api/standards/${standardId}/versions`, { name: '征求意见稿' })).body as { id: string }).id;
    expect((await secretariat.post(`/api/standards/${standardId}/stage`, { to: 'public_comment' })).status).toBe(200);
    const opened = await secretariat.post(`/api/standards/${standardId}/comment-periods`, { versionId, endsAt: new Date(Date.now() + 3_600_000).toISOString() });
    ids.period = (opened.body as { id: string }).id;
    const stakeholder = await signedUpClient(server.url, 'stakeholder', '张工');
    await stakeholder.request('PUT', '/api/me/stakeholder-profile', { fullName: '张工', organisation: '某检测研究院', email: 'zhang@example.com' });
    for (const comment of ['范围过窄。', '错别字。']) {
      const submitted = await stakeholder.post(`/api/comment-periods/${ids.period}/comments`, { clauseId, type: 'te', comment });
      expect(submitted.status).toBe(201);
      ids.comments.push((submitted.body as { id: string }).id);
    }
    const [first, second] = ids.comments;
    expect((await stakeholder.request('PUT', `/api/comments/${second}`, { type: 'ed', comment: '错别字：“应”写成了“因”。' })).status).toBeLessThan(300);
    const reply = await secretariat.post(`/api/comments/${first}/replies`, { body: '已在第1章收窄范围。', visibility: 'public' });
    expect(reply.status).toBe(201);
    ids.publicReply = (reply.body as { id: string }).id;
    expect((await secretariat.post(`/api/comments/${first}/replies`, { body: '内部：与召集人确认。', visibility: 'internal' })).status).toBe(201);
    for (const [commentId, body] of [
      [first, { decision: 'not_accepted', reason: '范围已覆盖该情形。' }],
      [first, { decision: 'partially_accepted', reason: '部分补充。' }],
      [second, { decision: 'accepted' }],
    ] as const) {
      const decided = await secretariat.post(`/api/comments/${commentId}/dispositions`, body);
      expect(decided.status).toBe(201);
      ids.dispositions.push((decided.body as { id: string }).id);
    }
    const reaction = await stakeholder.post(`/api/comments/${first}/reactions`, { satisfied: false, note: '仍希望扩大范围。' });
    expect(reaction.status).toBe(201);
    ids.reaction = (reaction.body as { id: string }).id;
  });

  afterAll(async () => {
    await server.stop();
    copies.remove();
  });

  function verifyCopyChangedBy(change: (sqlite: BetterSqlite3.Database) => void) {
    return verifyDatabaseCopyChangedBy(server.databasePath, copies.path, appendOnlyTriggers, change);
  }

  it('finds the untouched tables in agreement with the log (internal notes have no record and are not compared)', () => {
    const result = verifyCopyChangedBy(() => undefined);
    expect(result.problem).toBeUndefined();
    expect(result.ok).toBe(true);
  });

  it('names the first disposition row that was rewritten, and the field', () => {
    const result = verifyCopyChangedBy((sqlite) => sqlite.prepare("UPDATE comment_dispositions SET decision = 'accepted', reason = NULL").run());
    expect(result).toMatchObject({ ok: false, problem: { code: 'table_row_differs', table: 'comment_dispositions', rowId: ids.dispositions[0], field: 'decision' } });
    expect(result.problem?.message).toBe(`Row ${ids.dispositions[0]} of comment_dispositions does not agree with the record log: its decision is "accepted", the records (from record ${result.problem?.sequence} on) say "not_accepted".`);
  });

  it('names a comment whose text was changed, checking it against the edit that came after the submission', () => {
    const changedFirst = verifyCopyChangedBy((sqlite) => sqlite.prepare("UPDATE comments SET comment = '同意全文。' WHERE id = ?").run(ids.comments[0]));
    expect(changedFirst.problem).toMatchObject({ code: 'table_row_differs', table: 'comments', rowId: ids.comments[0], field: 'comment' });
    const revertedEdit = verifyCopyChangedBy((sqlite) => sqlite.prepare("UPDATE comments SET comment = '错别字。' WHERE id = ?").run(ids.comments[1]));
    expect(revertedEdit.problem).toMatchObject({ code: 'table_row_differs', table: 'comments', rowId: ids.comments[1], field: 'comment' });
  });

  it('names a deleted public reply', () => {
    const result = verifyCopyChangedBy((sqlite) => sqlite.prepare('DELETE FROM comment_replies WHERE id = ?').run(ids.publicReply));
    expect(result.problem).toMatchObject({ code: 'table_row_missing', table: 'comment_replies', rowId: ids.publicReply });
    expect(result.problem?.message).toContain('is missing from the table');
  });

  it('names a row that no record created', () => {
    const result = verifyCopyChangedBy((sqlite) =>
      sqlite
        .prepare("INSERT INTO comment_dispositions (id, comment_id, decision, reason, change_clause_id, change_from_version_id, change_to_version_id, supersedes_id, decided_by, decided_at) SELECT 'forged00001', comment_id, 'accepted', NULL, NULL, NULL, NULL, id, decided_by, decided_at + 1 FROM comment_dispositions WHERE id = ?")
        .run(ids.dispositions[2]),
    );
    expect(result.problem).toMatchObject({ code: 'table_row_unrecorded', table: 'comment_dispositions', rowId: 'forged00001', sequence: 0 });
  });

  it('names a changed reaction, a moved period end and a withdrawal undone', () => {
    expect(verifyCopyChangedBy((sqlite) => sqlite.prepare('UPDATE comment_reactions SET satisfied = 1 WHERE id = ?').run(ids.reaction)).problem).toMatchObject({ table: 'comment_reactions', rowId: ids.reaction, field: 'satisfied' });
    expect(verifyCopyChangedBy((sqlite) => sqlite.prepare('UPDATE comment_periods SET ends_at = ends_at - 60000 WHERE id = ?').run(ids.period)).problem).toMatchObject({ table: 'comment_periods', rowId: ids.period, field: 'endsAt' });
    expect(verifyCopyChangedBy((sqlite) => sqlite.prepare("UPDATE comments SET status = 'withdrawn' WHERE id = ?").run(ids.comments[1])).problem).toMatchObject({ table: 'comments', rowId: ids.comments[1], field: 'withdrawn' });
  });
});
