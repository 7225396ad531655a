import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Complaint, ComplaintListResponse } from '../../../shared/api/complaints';
import { addDaysToDate } from '../../../shared/domain/complaint-progress';
import { bodyDateKey } from '../../../shared/time/body-time';
import { ApiClient, signedUpClient } from '../../helpers/api-client';
import { ledgerRecordsOf } from '../../helpers/ledger-records-of';
import { publishedEditionForTest, type PublishedEditionForTest } from '../../helpers/published-edition';
import { startTestServer, type TestServer } from '../../helpers/test-server';

interface ErrorBody {
  error: { code: string; message: string };
}

const codeOf = (response: { body: unknown }): string => (response.body as ErrorBody).error.code;
const privateContact = 'li.si@example.cn 13912345678';
// UTC+14: for ten hours of every UTC day the calendar date there is already tomorrow's, so a UTC date would be wrong.
const bodyTimeZone = 'Pacific/Kiritimati';

describe('complaints about published standards', () => {
  let server: TestServer;
  let secretariat: ApiClient;
  let drafter: ApiClient;
  let complainant: ApiClient;
  let outsider: ApiClient;
  let published: PublishedEditionForTest;
  let sameBody: PublishedEditionForTest;
  let otherBody: PublishedEditionForTest;
  let unpublished: PublishedEditionForTest;

  const complaintsPath = (edition: PublishedEditionForTest) => `/api/public/standards/${edition.bodyCode}/${edition.edition}/complaints`;
  const stepsPath = (complaint: Complaint) => `/api/standards/${complaint.standardId}/complaints/${complaint.id}/steps`;

  beforeAll(async () => {
    server = await startTestServer({ BODY_TIME_ZONE: bodyTimeZone, COMPLAINT_ANSWER_DAYS: '20' });
    secretariat = await signedUpClient(server.url, 'complaint-secretary', '王秘书');
    drafter = await signedUpClient(server.url, 'complaint-drafter', '李起草');
    complainant = await signedUpClient(server.url, 'complaint-complainant', '赵投诉');
    outsider = await signedUpClient(server.url, 'complaint-outsider', '路人');
    published = await publishedEditionForTest(server.databasePath, secretariat, { sequenceNumber: '012', year: 2026 });
    sameBody = await publishedEditionForTest(server.databasePath, secretariat, { title: '第二项标准', sequenceNumber: '020', year: 2025 });
    otherBody = await publishedEditionForTest(server.databasePath, secretariat, { title: '另一团体的标准', bodyCode: 'ZJB', sequenceNumber: '001', year: 2026 });
    unpublished = await publishedEditionForTest(server.databasePath, secretariat, { title: '未发布', sequenceNumber: '030', year: 2026, published: false });
    await secretariat.post(`/api/standards/${published.standardId}/members`, { username: 'complaint-drafter', role: 'drafter' });
  }, 60_000);
  afterAll(async () => {
    await server.stop();
  });

  it('takes complaints only from signed-in people and only about a published edition', async () => {
    const request = { about: 'standard', text: '标准与现行法规冲突。' };
    expect((await new ApiClient(server.url).post(complaintsPath(published), request)).status).toBe(401);
    expect((await complainant.post(complaintsPath(unpublished), request)).status).toBe(404);
    expect((await complainant.post('/api/public/standards/CWA/012-2024/complaints', request)).status).toBe(404);
    expect((await complainant.post(complaintsPath(published), { about: 'weather', text: 'x' })).status).toBe(400);
    expect((await complainant.post(complaintsPath(published), { about: 'process', text: '' })).status).toBe(400);
  });

  let first: Complaint;

  it('gives gapless case numbers per body and year, and the due date in the body time zone', async () => {
    const before = new Date();
    const lodged = await complainant.post(complaintsPath(published), { about: 'process', text: '我提交的意见被忽略，没有处理理由。', contact: privateContact });
    const after = new Date();
    expect(lodged.status).toBe(201);
    first = lodged.body as Complaint;
    const receivedOn = bodyDateKey(new Date(first.receivedAt), bodyTimeZone);
    expect([bodyDateKey(before, bodyTimeZone), bodyDateKey(after, bodyTimeZone)]).toContain(receivedOn);
    const year = receivedOn.slice(0, 4);
    expect(first).toMatchObject({ caseNumber: `TS-CWA-${year}-0001`, status: 'received', receivedOn, answerDueOn: addDaysToDate(receivedOn, 20), overdue: false, contact: privateContact, steps: [], answer: null });

    const second = (await outsider.post(complaintsPath(sameBody), { about: 'standard', text: '条款3.2错误。' })).body as Complaint;
    const third = (await complainant.post(complaintsPath(published), { about: 'standard', text: '第二次投诉。' })).body as Complaint;
    const elsewhere = (await complainant.post(complaintsPath(otherBody), { about: 'standard', text: '别的团体。' })).body as Complaint;
    expect([second.caseNumber, third.caseNumber, elsewhere.caseNumber]).toEqual([`TS-CWA-${year}-0002`, `TS-CWA-${year}-0003`, `TS-ZJB-${year}-0001`]);

    const records = ledgerRecordsOf(server.databasePath, first.id);
    expect(records.map((record) => [record.kind, record.actor?.username])).toEqual([['complaint.lodged', 'complaint-complainant']]);
    expect(records[0]?.payload).toMatchObject({ caseNumber: first.caseNumber, about: 'process', answerDueOn: first.answerDueOn, standardNumber: 'T/CWA 012—2026' });
    expect(JSON.stringify(records)).not.toContain('13912345678');
  });

  it('moves a case one step at a time, refusing skipped steps, and records who took each step', async () => {
    const skipped = await secretariat.post(stepsPath(first), { status: 'answered', answer: '已处理。' });
    expect(skipped.status).toBe(409);
    expect(codeOf(skipped)).toBe('complaint_step_out_of_order');
    expect(codeOf(await secretariat.post(stepsPath(first), { status: 'closed' }))).toBe('complaint_step_out_of_order');
    expect((await drafter.post(stepsPath(first), { status: 'under_review' })).status).toBe(403);
    expect((await complainant.post(stepsPath(first), { status: 'under_review' })).status).toBe(404);
    expect((await secretariat.post(`/api/standards/${sameBody.standardId}/complaints/${first.id}/steps`, { status: 'under_review' })).status).toBe(404);

    const reviewing = await secretariat.post(stepsPath(first), { status: 'under_review', note: '已转技术委员会。' });
    expect(reviewing.status).toBe(200);
    expect(reviewing.body).toMatchObject({ status: 'under_review', steps: [{ status: 'under_review', note: '已转技术委员会。', takenBy: { displayName: '王秘书' } }] });
    const withoutAnswer = await secretariat.post(stepsPath(first), { status: 'answered' });
    expect(withoutAnswer.status).toBe(422);
    expect(codeOf(withoutAnswer)).toBe('answer_required');
    const answered = await secretariat.post(stepsPath(first), { status: 'answered', answer: '经核查，该意见已补充处理理由并公开。' });
    expect(answered.body).toMatchObject({ status: 'answered', answer: '经核查，该意见已补充处理理由并公开。' });
    expect((await secretariat.post(stepsPath(first), { status: 'closed' })).status).toBe(200);
    expect(codeOf(await secretariat.post(stepsPath(first), { status: 'closed' }))).toBe('complaint_step_out_of_order');

    const records = ledgerRecordsOf(server.databasePath, first.id);
    expect(records.map((record) => [record.kind, record.payload.status ?? null, record.actor?.username])).toEqual([
      ['complaint.lodged', null, 'complaint-complainant'],
      ['complaint.step_recorded', 'under_review', 'complaint-secretary'],
      ['complaint.step_recorded', 'answered', 'complaint-secretary'],
      ['complaint.step_recorded', 'closed', 'complaint-secretary'],
    ]);
    expect(records[2]?.payload).toMatchObject({ caseNumber: first.caseNumber, from: 'under_review', answer: '经核查，该意见已补充处理理由并公开。' });
  });

  it('shows the progress to the complainant and the secretariat only, and keeps the contact out of the log', async () => {
    const mine = (await complainant.get('/api/me/complaints')).body as ComplaintListResponse;
    const year = first.receivedOn.slice(0, 4);
    expect(mine.complaints.map((complaint) => complaint.caseNumber).sort()).toEqual([`TS-CWA-${year}-0001`, `TS-CWA-${year}-0003`, `TS-ZJB-${year}-0001`]);
    const one = await complainant.get(`/api/me/complaints/${first.id}`);
    expect(one.status).toBe(200);
    expect(one.body).toMatchObject({ status: 'closed', contact: privateContact, answer: '经核查，该意见已补充处理理由并公开。' });
    expect((one.body as Complaint).steps.map((step) => step.status)).toEqual(['under_review', 'answered', 'closed']);

    expect((await outsider.get(`/api/me/complaints/${first.id}`)).status).toBe(404);
    expect((await drafter.get(`/api/me/complaints/${first.id}`)).status).toBe(404);
    expect((await secretariat.get(`/api/me/complaints/${first.id}`)).status).toBe(200);
    expect(JSON.stringify((await outsider.get('/api/me/complaints')).body)).not.toContain('13912345678');
    expect((await drafter.get(`/api/standards/${published.standardId}/complaints`)).status).toBe(403);
    expect((await outsider.get(`/api/standards/${published.standardId}/complaints`)).status).toBe(404);

    const exported = await secretariat.get(`/api/standards/${published.standardId}/ledger-export`);
    expect(JSON.stringify(exported.body)).toContain('complaint.step_recorded');
    expect(JSON.stringify(exported.body)).not.toContain('13912345678');
  });

  it('marks cases past their due date as overdue in the secretariat list until they are answered', async () => {
    const connection = new Database(server.databasePath);
    const me = (await complainant.get('/api/auth/me')).body as { user: { id: string } };
    try {
      connection.pragma('busy_timeout = 5000');
      connection
        .prepare(
          `INSERT INTO complaints (id, standard_id, publication_id, body_code, case_year, case_sequence, case_number, about, text, contact, lodged_by, received_at, received_on, answer_due_on, status)
           VALUES ('old-case', ?, ?, 'CWA', 2025, 1, 'TS-CWA-2025-0001', 'standard', '去年的投诉。', NULL, ?, ?, '2025-10-01', '2025-10-31', 'received')`,
        )
        .run(published.standardId, published.publicationId, me.user.id, Date.parse('2025-10-01T02:00:00Z'));
    } finally {
      connection.close();
    }
    const listed = (await secretariat.get(`/api/standards/${published.standardId}/complaints`)).body as ComplaintListResponse;
    expect(listed.complaints.map((complaint) => [complaint.caseNumber, complaint.overdue])).toEqual([
      ['TS-CWA-2025-0001', true],
      [first.caseNumber, false],
      [listed.complaints[2]?.caseNumber, false],
    ]);
    expect(listed.complaints[1]?.contact).toBe(privateContact);
  });
});
