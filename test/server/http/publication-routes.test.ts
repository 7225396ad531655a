import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DueReviewListResponse, Edition, NextNumberResponse, PeriodicReview, PublicationListResponse } from '../../../shared/api/publications';
import { createStandardAs, signedUpClient, type ApiClient } from '../../helpers/api-client';
import { approveAfterReview, backToTechnicalReview, standardInApproval } from '../../helpers/approval-setup';
import { ledgerRecordsOf } from '../../helpers/ledger-records-of';
import { startTestServer, type TestServer } from '../../helpers/test-server';

interface ErrorBody {
  error: { code: string; message: string };
}

const codeOf = (response: { body: unknown }): string => (response.body as ErrorBody).error.code;
const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
const thisYear = new Date().getFullYear();

function publishRequest(publishedOn: string, implementedOn: string, publishedProcessDocuments: string[] = ['comment_table']) {
  return { to: 'published', publishedOn, implementedOn, publishedProcessDocuments };
}

describe('numbering, publication and periodic review', () => {
  let server: TestServer;
  let secretariat: ApiClient;
  let drafter: ApiClient;
  let outsider: ApiClient;
  let administrator: ApiClient;

  async function editionsOf(standardId: string): Promise<PublicationListResponse> {
    const response = await secretariat.get(`/api/standards/${standardId}/publications`);
    expect(response.status).toBe(200);
    return response.body as PublicationListResponse;
  }

  async function stageOf(standardId: string): Promise<string> {
    return ((await secretariat.get(`/api/standards/${standardId}/stage`)).body as { stage: string }).stage;
  }

  beforeAll(async () => {
    server = await startTestServer();
    administrator = await signedUpClient(server.url, 'publication-admin', '站点管理员');
    secretariat = await signedUpClient(server.url, 'publication-secretary', '王秘书');
    drafter = await signedUpClient(server.url, 'publication-drafter', '李起草');
    outsider = await signedUpClient(server.url, 'publication-outsider');
  }, 60_000);
  afterAll(async () => {
    await server.stop();
  });

  let first: string;
  let second: string;
  let third: string;

  it('numbers in 批准 only, suggests the next free number, and keeps a sequence number to one standard', async () => {
    const drafting = await createStandardAs(secretariat, '尚在起草的标准');
    expect(codeOf(await secretariat.post(`/api/standards/${drafting}/number`, { sequenceNumber: '001', year: thisYear }))).toBe('wrong_stage');
    const withoutBody = (await secretariat.post('/api/standards', { title: '没有团体代号的标准' })).body as { id: string };
    const noBody = await secretariat.get(`/api/standards/${withoutBody.id}/number/next`);
    expect(noBody.status).toBe(422);
    expect(codeOf(noBody)).toBe('body_code_missing');

    first = (await standardInApproval(server, secretariat, 'numbering-a', '第一个标准')).standardId;
    second = (await standardInApproval(server, secretariat, 'numbering-b', '第二个标准')).standardId;
    third = (await standardInApproval(server, secretariat, 'numbering-c', '第三个标准')).standardId;
    await secretariat.post(`/api/standards/${first}/members`, { username: 'publication-drafter', role: 'drafter' });

    const suggested = (await secretariat.get(`/api/standards/${first}/number/next`)).body as NextNumberResponse;
    expect(suggested).toMatchObject({ bodyCode: 'CAS', sequenceNumber: '001', year: thisYear, number: `T/CAS 001—${thisYear}`, revision: false, replaces: null });

    expect((await drafter.post(`/api/standards/${first}/number`, { sequenceNumber: '012', year: 2026 })).status).toBe(403);
    expect((await outsider.post(`/api/standards/${first}/number`, { sequenceNumber: '012', year: 2026 })).status).toBe(404);
    expect((await secretariat.post(`/api/standards/${first}/number`, { sequenceNumber: '0', year: 2026 })).status).toBe(400);

    const assigned = await secretariat.post(`/api/standards/${first}/number`, { sequenceNumber: '012', year: 2026 });
    expect(assigned.status).toBe(200);
    expect(assigned.body).toMatchObject({ number: 'T/CAS 012—2026', status: null, replaces: null, publishedAt: null });
    // Re-assigned while still in 批准: the unpublished number changes and 012 is free again.
    const renumbered = (await secretariat.post(`/api/standards/${first}/number`, { sequenceNumber: '013', year: 2026 })).body as Edition;
    expect(renumbered).toMatchObject({ id: (assigned.body as Edition).id, number: 'T/CAS 013—2026' });
    expect((await editionsOf(first)).editions).toHaveLength(1);

    expect((await secretariat.post(`/api/standards/${second}/number`, { sequenceNumber: '012', year: 2026 })).status).toBe(200);
    for (const taken of [{ sequenceNumber: '013', year: 2026 }, { sequenceNumber: '13', year: 2025 }]) {
      const refused = await secretariat.post(`/api/standards/${third}/number`, taken);
      expect(refused.status).toBe(409);
      expect(codeOf(refused)).toBe('number_taken');
    }
    expect(((await secretariat.get(`/api/standards/${third}/number/next`)).body as NextNumberResponse).sequenceNumber).toBe('014');
    expect(((await secretariat.get(`/api/standards/${first}/number/next`)).body as NextNumberResponse).number).toBe('T/CAS 013—2026');
  }, 120_000);

  let firstEdition: Edition;

  it('publishes with dates: the stored files match their hashes, the record log has the publication, the row cannot change', async () => {
    const blocked = await secretariat.post(`/api/standards/${third}/stage`, publishRequest('2026-03-01', '2026-06-01'));
    expect(blocked.status).toBe(409);
    expect((blocked.body as ErrorBody).error.message).toContain('no_number_assigned');
    const gate = (await secretariat.get(`/api/standards/${third}/stage`)).body as { next: Array<{ to: string; blockedBy: { id: string } | null }> };
    expect(gate.next.find((next) => next.to === 'published')?.blockedBy?.id).toBe('no_number_assigned');

    expect((await secretariat.post(`/api/standards/${first}/stage`, { to: 'published' })).status).toBe(400);
    expect((await secretariat.post(`/api/standards/${first}/stage`, publishRequest('2026-03-01', '2026-02-01'))).status).toBe(400);
    expect((await secretariat.post(`/api/standards/${first}/stage`, publishRequest('2026-02-30', '2026-03-01'))).status).toBe(400);
    expect((await drafter.post(`/api/standards/${first}/stage`, publishRequest('2026-03-01', '2026-06-01'))).status).toBe(403);
    expect(await stageOf(first)).toBe('approval');

    // Published five years ago, so its 复审 is overdue now.
    const published = await secretariat.post(`/api/standards/${first}/stage`, publishRequest('2021-03-01', '2021-06-01', ['comment_table', 'review_minutes']));
    expect(published.status).toBe(200);
    expect(await stageOf(first)).toBe('published');

    const { editions } = await editionsOf(first);
    firstEdition = editions[0] as Edition;
    expect(firstEdition).toMatchObject({
      number: 'T/CAS 013—2026',
      status: 'current',
      publishedOn: '2021-03-01',
      implementedOn: '2021-06-01',
      reviewDueOn: '2026-03-01',
      publishedProcessDocuments: ['comment_table', 'review_minutes'],
      publishedBy: { displayName: '王秘书' },
    });
    expect(firstEdition.docxSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(firstEdition.pdfSha256).toMatch(/^[0-9a-f]{64}$/);

    for (const format of ['docx', 'pdf'] as const) {
      const response = await secretariat.fetchRaw(`/api/standards/${first}/publications/${firstEdition.id}/document.${format}`);
      expect(response.status).toBe(200);
      const bytes = new Uint8Array(await response.arrayBuffer());
      expect(sha256(bytes)).toBe(format === 'docx' ? firstEdition.docxSha256 : firstEdition.pdfSha256);
      expect(response.headers.get('content-disposition')).toContain(`T-CAS-013-2026.${format}`);
    }
    const pdf = new Uint8Array(await (await secretariat.fetchRaw(`/api/standards/${first}/publications/${firstEdition.id}/document.pdf`)).arrayBuffer());
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-');
    expect((await drafter.get(`/api/standards/${first}/publications/${firstEdition.id}/document.pdf`)).status).toBe(403);
    expect((await drafter.get(`/api/standards/${first}/publications`)).status).toBe(200);
    expect((await outsider.get(`/api/standards/${first}/publications`)).status).toBe(404);

    // The frozen version carries the published cover: the number, the dates and no draft label.
    const version = (await secretariat.get(`/api/standards/${first}/versions/${firstEdition.versionId}`)).body as { version: { name: string }; metadata: { sequenceNumber: string }; document: { content: Array<{ type: string; attrs: Record<string, string> }> } };
    expect(version.version.name).toBe('T/CAS 013—2026（发布）');
    expect(version.metadata.sequenceNumber).toBe('013');
    expect(version.document.content[0]).toMatchObject({ type: 'cover', attrs: { year: '2026', publicationDate: '2021-03-01', implementationDate: '2021-06-01', draftLabel: '' } });

    const records = ledgerRecordsOf(server.databasePath, firstEdition.id);
    expect(records.map((record) => record.kind)).toEqual(['standard.number_assigned', 'standard.number_assigned', 'standard.published']);
    expect(records.at(-1)?.payload).toMatchObject({ number: 'T/CAS 013—2026', versionId: firstEdition.versionId, publishedOn: '2021-03-01', implementedOn: '2021-06-01', docxSha256: firstEdition.docxSha256, pdfSha256: firstEdition.pdfSha256 });
    expect(((await secretariat.get('/api/ledger/verify')).body as { ok: boolean }).ok).toBe(true);

    const connection = new Database(server.databasePath);
    try {
      expect(() => connection.prepare('UPDATE publications SET year = 2030 WHERE id = ?').run(firstEdition.id)).toThrow('a published edition cannot be changed');
      expect(() => connection.prepare('UPDATE publications SET pdf = x\'00\' WHERE id = ?').run(firstEdition.id)).toThrow('a published edition cannot be changed');
      expect(() => connection.prepare('DELETE FROM publications WHERE id = ?').run(firstEdition.id)).toThrow('a published edition cannot be deleted');
    } finally {
      connection.close();
    }
    expect(codeOf(await secretariat.post(`/api/standards/${first}/number`, { sequenceNumber: '013', year: 2027 }))).toBe('wrong_stage');
  }, 120_000);

  it('lists overdue standards for their secretariat and for site administrators', async () => {
    const due = (await secretariat.get('/api/periodic-reviews/due')).body as DueReviewListResponse;
    expect(due.lookAheadDays).toBe(90);
    expect(due.standards).toHaveLength(1);
    expect(due.standards[0]).toMatchObject({ standardId: first, number: 'T/CAS 013—2026', title: '第一个标准', reviewDueOn: '2026-03-01', feedbackCount: 0 });
    expect(due.standards[0]?.daysOverdue).toBeGreaterThan(0);
    expect(((await drafter.get('/api/periodic-reviews/due')).body as DueReviewListResponse).standards).toEqual([]);
    expect(((await administrator.get('/api/periodic-reviews/due')).body as DueReviewListResponse).standards.map((entry) => entry.standardId)).toEqual([first]);
  });

  it('revises after 复审: back to 起草 with the published text, then the same sequence number with a later year replaces the old edition', async () => {
    expect((await drafter.post(`/api/standards/${first}/periodic-reviews`, {})).status).toBe(403);
    const started = await secretariat.post(`/api/standards/${first}/periodic-reviews`, { note: '到期复审' });
    expect(started.status).toBe(201);
    const review = started.body as PeriodicReview;
    expect(await stageOf(first)).toBe('periodic_review');
    expect(codeOf(await secretariat.post(`/api/standards/${first}/periodic-reviews`, {}))).toBe('wrong_stage');
    expect(codeOf(await secretariat.post(`/api/standards/${first}/stage`, { to: 'published' }))).toBe('stage_move_not_allowed');
    expect((await secretariat.post(`/api/standards/${first}/periodic-reviews/${review.id}/conclusion`, { conclusion: 'revise', note: '' })).status).toBe(400);

    const concluded = await secretariat.post(`/api/standards/${first}/periodic-reviews/${review.id}/conclusion`, { conclusion: 'revise', note: '部分技术指标需要更新。' });
    expect(concluded.status).toBe(200);
    expect(concluded.body).toMatchObject({ conclusion: 'revise', conclusionNote: '部分技术指标需要更新。', concludedBy: { displayName: '王秘书' } });
    expect(codeOf(await secretariat.post(`/api/standards/${first}/periodic-reviews/${review.id}/conclusion`, { conclusion: 'withdraw', note: '再来一次' }))).toBe('periodic_review_not_open');
    expect(await stageOf(first)).toBe('drafting');
    expect(ledgerRecordsOf(server.databasePath, review.id).map((record) => [record.kind, record.payload.conclusion ?? null])).toEqual([
      ['periodic_review.started', null],
      ['periodic_review.concluded', 'revise'],
    ]);

    type DocumentJson = { content: Array<{ type: string }> };
    const published = ((await secretariat.get(`/api/standards/${first}/versions/${firstEdition.versionId}`)).body as { document: DocumentJson }).document;
    const live = ((await secretariat.get(`/api/standards/${first}/document`)).body as { document: DocumentJson }).document;
    expect(live.content.slice(1)).toEqual(published.content.slice(1));
    expect(live.content[0]).toMatchObject({ type: 'cover', attrs: { draftLabel: '工作组讨论稿', publicationDate: '' } });
    const versions = ((await secretariat.get(`/api/standards/${first}/versions`)).body as { versions: Array<{ name: string }> }).versions;
    expect(versions[0]?.name).toBe('工作组讨论稿（复审 → 起草）');

    const standard = await backToTechnicalReview(secretariat, first);
    await approveAfterReview(server, standard, 'numbering-revision');
    const suggested = (await secretariat.get(`/api/standards/${first}/number/next`)).body as NextNumberResponse;
    expect(suggested).toMatchObject({ sequenceNumber: '013', year: Math.max(thisYear, 2027), revision: true, replaces: { id: firstEdition.id, number: 'T/CAS 013—2026' } });
    expect(codeOf(await secretariat.post(`/api/standards/${first}/number`, { sequenceNumber: '014', year: 2027 }))).toBe('edition_number_invalid');
    expect(codeOf(await secretariat.post(`/api/standards/${first}/number`, { sequenceNumber: '013', year: 2026 }))).toBe('edition_number_invalid');
    const revision = (await secretariat.post(`/api/standards/${first}/number`, { sequenceNumber: '013', year: 2027 })).body as Edition;
    expect(revision).toMatchObject({ number: 'T/CAS 013—2027', replaces: { id: firstEdition.id, number: 'T/CAS 013—2026' } });
    expect((await secretariat.post(`/api/standards/${first}/stage`, publishRequest('2027-01-10', '2027-04-01', []))).status).toBe(200);

    const { editions } = await editionsOf(first);
    expect(editions.map((edition) => [edition.number, edition.status, edition.replaces?.number ?? null, edition.replacedBy?.number ?? null])).toEqual([
      ['T/CAS 013—2027', 'current', 'T/CAS 013—2026', null],
      ['T/CAS 013—2026', 'replaced', null, 'T/CAS 013—2027'],
    ]);
    expect(editions[0]?.reviewDueOn).toBe('2032-01-10');
  }, 180_000);

  it('confirms after 复审 with a new due date, withdraws with the date, and never hands a withdrawn number out again', async () => {
    expect((await secretariat.post(`/api/standards/${second}/stage`, publishRequest('2021-05-01', '2021-05-01'))).status).toBe(200);
    const continued = (await secretariat.post(`/api/standards/${second}/periodic-reviews`, {})).body as PeriodicReview;
    expect((await secretariat.post(`/api/standards/${second}/periodic-reviews/${continued.id}/conclusion`, { conclusion: 'continue', note: '适用性良好，继续有效。' })).status).toBe(200);
    expect(await stageOf(second)).toBe('published');
    const renewed = (await editionsOf(second)).editions[0];
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
    expect(renewed?.reviewDueOn).toBe(`${Number(today.slice(0, 4)) + 5}${today.slice(4)}`);
    expect(((await secretariat.get('/api/periodic-reviews/due')).body as DueReviewListResponse).standards).toEqual([]);

    const withdrawal = (await secretariat.post(`/api/standards/${second}/periodic-reviews`, {})).body as PeriodicReview;
    const withdrawn = await secretariat.post(`/api/standards/${second}/periodic-reviews/${withdrawal.id}/conclusion`, { conclusion: 'withdraw', note: '已被国家标准取代。', withdrawnOn: '2026-12-31' });
    expect(withdrawn.status).toBe(200);
    expect(await stageOf(second)).toBe('withdrawn');
    expect((await editionsOf(second)).editions[0]).toMatchObject({ number: 'T/CAS 012—2026', status: 'withdrawn', withdrawnOn: '2026-12-31' });
    expect(ledgerRecordsOf(server.databasePath, withdrawal.id).at(-1)).toMatchObject({ kind: 'periodic_review.concluded', payload: { conclusion: 'withdraw', withdrawnOn: '2026-12-31' } });

    const reused = await secretariat.post(`/api/standards/${third}/number`, { sequenceNumber: '012', year: 2030 });
    expect(reused.status).toBe(409);
    expect(codeOf(reused)).toBe('number_taken');
  }, 120_000);
});
